import { htmlResponse, redirect } from '../http';
import { fineGrainedFormPage } from '../pages/fine-grained-form';
import { FINE_GRAINED_LIST_PATH, fineGrainedListPage } from '../pages/fine-grained-list';
import type { Route } from '../routes';
import type { ReplicaState } from '../state';
import { sudoGate } from '../sudo';
import { fineGrainedRegeneratePage, fineGrainedTokenPage } from '../pages/fine-grained-token';
import type { ListedFineGrainedToken } from '../state';
import type { ReplicaResponse } from '../options';
import { createFineGrainedToken, regenerateFineGrainedToken } from './actions';
import { prefillFineGrained } from './form-values';

/** Creating a fine-grained token is as sensitive as a classic one: the same sudo gate, back to the page asked for. */
const gate = (state: ReplicaState, url: URL) => sudoGate(state, url.pathname, url.pathname + url.search);

function list(state: ReplicaState) {
  const shown = state.pendingFineGrainedResult;
  state.pendingFineGrainedResult = undefined;
  return htmlResponse(fineGrainedListPage(state, shown));
}

type WithToken = (state: ReplicaState, token: ListedFineGrainedToken, url: URL, form: URLSearchParams) => ReplicaResponse | undefined;

/** A handler for /settings/personal-access-tokens/<id>/…; an unknown id is a 404. */
const withToken = (handle: WithToken): Route[2] => (state, { url, form, match }) => {
  const token = state.fineGrained.find((candidate) => candidate.id === Number(match[1]));
  return token && handle(state, token, url, form);
};

/** Fine-grained tokens (UI reference §17): the list, the form behind sudo, creation, a token's page and regeneration. */
export const FINE_GRAINED_ROUTES: Route[] = [
  ['GET', /^\/settings\/personal-access-tokens$/, list],
  ['GET', /^\/settings\/personal-access-tokens\/new$/, (state, { url }) => gate(state, url) ?? htmlResponse(fineGrainedFormPage(state, prefillFineGrained(state, url)))],
  ['POST', /^\/settings\/personal-access-tokens$/, (state, { url, form }) => gate(state, url) ?? createFineGrainedToken(state, form)],
  ['GET', /^\/settings\/personal-access-tokens\/(\d+)$/, withToken((state, token) => htmlResponse(fineGrainedTokenPage(state, token)))],
  ['GET', /^\/settings\/personal-access-tokens\/(\d+)\/regenerate$/, withToken((state, token, url) => gate(state, url) ?? htmlResponse(fineGrainedRegeneratePage(state, token)))],
  ['POST', /^\/settings\/personal-access-tokens\/(\d+)\/regenerate$/, withToken((state, token, url, form) => gate(state, url) ?? regenerateFineGrainedToken(state, token, form))],
];

/** The beta-era link to the list (`/settings/tokens?type=beta`, §4, §14), still answered with the list. */
export function betaListRedirect(state: ReplicaState, url: URL) {
  return url.searchParams.get('type') === 'beta' ? redirect(state, FINE_GRAINED_LIST_PATH) : undefined;
}
