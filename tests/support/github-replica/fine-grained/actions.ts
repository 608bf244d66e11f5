import { fakeFineGrainedToken } from '../fake-token';
import { htmlResponse, redirect } from '../http';
import type { ReplicaResponse } from '../options';
import { fineGrainedFormPage } from '../pages/fine-grained-form';
import { fineGrainedRegeneratePage } from '../pages/fine-grained-token';
import { FINE_GRAINED_LIST_PATH } from '../pages/fine-grained-list';
import { renderFlash } from '../pages/layout';
import type { ListedFineGrainedToken, ReplicaState } from '../state';
import { expirationRefusal, storedExpiration } from '../token-actions';
import { readFineGrainedForm, type FineGrainedFormValues } from './form-values';

/** GitHub's checks in the order a user meets them, worded as the classic form's (§11.6) [I: never captured]. */
function refusal(state: ReplicaState, values: FineGrainedFormValues): string | undefined {
  if (values.name.trim() === '') return 'Validation failed: Name can&#39;t be blank';
  if (state.fineGrained.some((token) => token.name === values.name)) return 'Validation failed: Name has already been taken';
  if (values.installTarget === 'selected' && values.repositories.length === 0) return 'Validation failed: Select at least one repository';
  return expirationRefusal(values);
}

export function createFineGrainedToken(state: ReplicaState, form: URLSearchParams): ReplicaResponse {
  const values = readFineGrainedForm(state, form);
  const problem = refusal(state, values);
  if (problem) return htmlResponse(fineGrainedFormPage(state, values, renderFlash('flash-error', problem)), 422);
  const { name, description, targetName, installTarget, repositories, permissions } = values;
  const listed: ListedFineGrainedToken = {
    id: state.nextId++, name, description, targetName, expiration: storedExpiration(values), installTarget, repositories, permissions,
  };
  const token = fakeFineGrainedToken();
  state.fineGrained.unshift(listed);
  const { id: _id, ...record } = listed;
  state.createdFineGrained.push({ ...record, token });
  state.pendingFineGrainedResult = { id: listed.id, token };
  return redirect(state, FINE_GRAINED_LIST_PATH);
}

/** A new value for the same token: name, owner, repositories and permissions kept, the expiration from the form. */
export function regenerateFineGrainedToken(state: ReplicaState, listed: ListedFineGrainedToken, form: URLSearchParams): ReplicaResponse {
  const values = readFineGrainedForm(state, form);
  const problem = expirationRefusal(values);
  if (problem) return htmlResponse(fineGrainedRegeneratePage(state, listed, values, renderFlash('flash-error', problem)), 422);
  listed.expiration = storedExpiration(values);
  const token = fakeFineGrainedToken();
  const { id, ...record } = listed;
  state.regeneratedFineGrained.push({ ...record, id, hostname: state.site.hostname, token });
  state.pendingFineGrainedResult = { id, token };
  return redirect(state, FINE_GRAINED_LIST_PATH);
}
