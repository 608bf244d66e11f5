import type { PageFacts } from '../github/page';
import { findTokenForm } from '../github/find';
import { readTickedScopes } from '../github/token-form';
import { UNVERIFIED_ERROR_TEXT } from '../github/selectors';
import { STEP_IDS, type StepId } from '../steps/ids';
import type { StepDefinition } from '../steps/define-step';
import type { FormPlan } from './form-plan';
import { type AssistResult, extraScopes } from './form-assistant';
import type { GuideView } from './view';
import { DESTINATIONS } from '../github/urls';

interface ViewInput {
  step: StepDefinition;
  target: Element | undefined;
  recovery: boolean;
  facts: PageFacts;
  notices: string[];
  plan: FormPlan;
}

/** Turn the moment's facts into what the callout shows. */
export function buildView({ step, target, recovery, facts, notices, plan }: ViewInput): GuideView {
  const form = facts.kind === 'token-form' ? findTokenForm(document) : undefined;
  const ticked = form ? readTickedScopes(form) : [];
  return {
    step,
    number: STEP_IDS.indexOf(step.id as StepId) + 1,
    total: STEP_IDS.length,
    target,
    recovery,
    satisfied: step.isSatisfied?.(document) ?? false,
    notices: [...explainFormError(facts.formError), ...notices],
    scopes: step.id === 'review-scopes' && form ? { ticked, extra: extraScopes(form, plan) } : undefined,
  };
}

/** GitHub refused the form: say why in plain words and what to do. */
export function explainFormError(error: string | undefined): string[] {
  if (!error) return [];
  if (/already been taken/i.test(error)) {
    return ['GitHub says this note is already used by another of your tokens. Choose a different note, then continue.'];
  }
  if (/can.t be blank/i.test(error)) return ['GitHub needs a note: type what this token is for.'];
  if (UNVERIFIED_ERROR_TEXT.test(error)) {
    return [`GitHub refused because your e-mail address is not verified yet. Verify it at ${DESTINATIONS.emails}, then come back.`];
  }
  return [`GitHub says: ${error}`];
}

/** What the guide did to the form, in words: a prefilled form that differed is never fixed silently. */
export function describeAssist({ fixed, missingScopes }: AssistResult, fastPath: boolean): string[] {
  const notices: string[] = [];
  if (fixed.length) {
    const lead = fastPath ? 'The prefilled form differed from what you asked for, so PAT Pilot' : 'PAT Pilot';
    notices.push(`${lead} ${fixed.join(', ')}.`);
  }
  if (missingScopes.length) notices.push(`Could not tick ${missingScopes.join(', ')} on this page: tick it yourself if you need it.`);
  return notices;
}
