import { i18n } from '#i18n';
import { FINE_GRAINED_STEP_ORDER, positionIn } from '../steps/ids';
import { explainFormError } from '../guide/form-error';
import type { MomentView } from '../guide/flavor';
import type { GuideView } from '../guide/view';
import { findFineGrainedForm } from '../github/fine-grained-find';
import { countSelectedRepositories, readFormPermissions, readName, readRepositoryAccess } from '../github/fine-grained-form';
import { permissionLabel } from '../github/permissions';
import { explainFormPermissions } from './permission-notes';
import { accessWords, describeDifferences } from './differences';
import { readFormFacts } from './assistant';
import type { FineGrainedPlan } from './plan';
import type { GuideState } from '../guide/schema';
import { FINE_GRAINED_RENEWAL_STEP_ORDER } from './renewal-order';

/** The fine-grained callout: its own step count, the form's refusal, the assistance, and each step's own notes. */
export function buildFineGrainedView({ step, target, recovery, facts, notices }: MomentView, state: Pick<GuideState, 'kind'>, plan: FineGrainedPlan | undefined): GuideView {
  const form = facts.kind === 'fg-token-form' ? findFineGrainedForm(document) : undefined;
  return {
    step,
    ...positionIn(state.kind === 'renew' ? FINE_GRAINED_RENEWAL_STEP_ORDER : FINE_GRAINED_STEP_ORDER, step.id),
    target,
    recovery,
    satisfied: step.isSatisfied?.(document) ?? false,
    notices: [...explainFormError(facts.formError, location.origin), ...notices, ...(form ? stepNotes(step.id, form, plan) : [])],
  };
}

function stepNotes(id: string, form: HTMLFormElement, plan: FineGrainedPlan | undefined): string[] {
  if (id === 'fg-repository-access' && readRepositoryAccess(form) === 'selected' && countSelectedRepositories(form) === 0) {
    return [i18n.t('fgSteps.repositoryAccess.notSelected')];
  }
  if (id === 'fg-name' && plan && !readName(form).trim()) return [i18n.t('fgAssist.suggestedName', { name: plan.name })];
  if (id !== 'fg-permissions') return [];
  const permissions = readFormPermissions(form);
  // The taught path fills no permission: the callout says which ones the user's preset asks for.
  if (!permissions.length) return [i18n.t('fgSteps.permissions.none'), ...(plan ? toAdd(plan) : [])];
  // What differs from the plan in permissions only: name and expiration had their own steps.
  const differences = plan ? describeDifferences({ ...readFormFacts(form), name: plan.name, description: plan.description, owner: '', expiration: '' }, plan) : [];
  return [...explainFormPermissions(permissions), ...(differences.length ? [`${i18n.t('fgAssist.differs')} ${differences.join('; ')}.`] : [])];
}

/** The plan's permissions as the user adds them on the form: GitHub's label and its access words. */
function toAdd(plan: FineGrainedPlan): string[] {
  const grants = plan.permissions.filter((grant) => grant.key !== 'metadata');
  if (!grants.length) return [];
  const permissions = grants.map((grant) => i18n.t('fgAssist.permission', { permission: permissionLabel(grant.key), access: accessWords(grant.access) })).join(', ');
  return [i18n.t('fgAssist.toAdd', { permissions })];
}
