import { i18n } from '#i18n';
import type { GuideState } from '../guide/schema';
import { chooseOnlySelectRepositories, readDescription, readFineGrainedExpiration, readFormPermissions, readName, readOwner, readRepositoryAccess } from '../github/fine-grained-form';
import { describeDifferences, type FineGrainedFormFacts } from './differences';
import type { FineGrainedPlan } from './plan';

export function readFormFacts(form: HTMLFormElement): FineGrainedFormFacts {
  return {
    name: readName(form),
    description: readDescription(form),
    owner: readOwner(form),
    expiration: readFineGrainedExpiration(form),
    permissions: readFormPermissions(form),
  };
}

/** GitHub ticks "Public repositories" (or nothing) on a new form: no choice of the user's. */
const isGitHubsDefault = (access: string | undefined) => access === undefined || access === 'none';

/**
 * On arrival at the fine-grained form: pick "Only select repositories" over GitHub's default when the user chose nothing
 * (the template URL cannot), and say how the form differs from the plan. Never submits, never changes what the user chose.
 * `plan` is undefined when there is nothing to check against (the taught path on a form without parameters).
 */
export function assistFineGrainedForm(form: HTMLFormElement, state: GuideState, plan: FineGrainedPlan | undefined): string[] {
  const notices: string[] = [];
  if (!state.repositoryAccessChosen && isGitHubsDefault(readRepositoryAccess(form)) && chooseOnlySelectRepositories(form)) {
    notices.push(i18n.t('fgAssist.choseSelected'));
  }
  if (!plan) return notices;
  if (plan.notice) notices.push(plan.notice);
  const differences = describeDifferences(readFormFacts(form), plan);
  if (differences.length) notices.push(`${i18n.t('fgAssist.differs')} ${differences.join('; ')}.`);
  return notices;
}
