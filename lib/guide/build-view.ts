import { i18n } from '#i18n';
import type { PageFacts } from '../github/page';
import { findTokenForm } from '../github/find';
import { readTickedScopes } from '../github/token-form';
import { positionIn, RENEWAL_STEP_ORDER, STEP_IDS, type GuideKind } from '../steps/ids';
import type { StepDefinition } from '../steps/define-step';
import type { FormPlan } from './form-plan';
import { type AssistResult, extraScopes } from './form-assistant';
import type { GuideView } from './view';
import { explainFormError } from './form-error';
import { readSsoOrgs } from '../github/sso';

interface ViewInput {
  /** Which guide runs: each counts its own steps (ids.ts). */
  kind?: GuideKind;
  step: StepDefinition;
  target: Element | undefined;
  recovery: boolean;
  facts: PageFacts;
  notices: string[];
  plan: FormPlan;
  /** The settings' plan: its notice is said on every form page, whichever plan the form is checked against. */
  settingsPlan: FormPlan;
}

/** Turn the moment's facts into what the callout shows. */
export function buildView({ kind = 'create', step, target, recovery, facts, notices, plan, settingsPlan }: ViewInput): GuideView {
  const form = facts.kind === 'token-form' ? findTokenForm(document) : undefined;
  const ticked = form ? readTickedScopes(form) : [];
  return {
    step,
    ...positionIn(kind === 'renew' ? RENEWAL_STEP_ORDER : STEP_IDS, step.id),
    target,
    recovery,
    satisfied: step.isSatisfied?.(document) ?? false,
    notices: [
      ...explainFormError(facts.formError, location.origin),
      ...(form && settingsPlan.notice ? [settingsPlan.notice] : []),
      ...notices,
      ...(step.id === 'authorize-sso' && target ? namedOrgs(target) : []),
    ],
    scopes: step.id === 'review-scopes' && form ? { ticked, extra: extraScopes(form, plan) } : undefined,
  };
}

/** Once "Configure SSO" is open (the target is then its menu): the organizations it lists, by name. */
function namedOrgs(target: Element): string[] {
  const orgs = readSsoOrgs(target);
  return orgs.length ? [i18n.t('sso.orgs', { orgs: orgs.join(', ') })] : [];
}

/** The offer's answer after Apply: what changed; "already matched" only when nothing beyond the plan is ticked. */
export function describeOffer(result: AssistResult): string[] {
  const notices = describeAssist(result, false);
  if (notices.length > 0) return notices;
  return [result.extraScopes.length > 0 ? i18n.t('offer.presetAlreadyTicked') : i18n.t('offer.alreadyMatched')];
}

/** What the guide did to the form, in words: a prefilled form that differed is never fixed silently. */
export function describeAssist({ fixed, missingScopes }: AssistResult, fastPath: boolean): string[] {
  const notices: string[] = [];
  if (fixed.length) {
    const changes = fixed.join(', ');
    notices.push(fastPath ? i18n.t('assist.summaryFastPath', { changes }) : i18n.t('assist.summary', { changes }));
  }
  if (missingScopes.length) notices.push(i18n.t('assist.missingScopes', { scopes: missingScopes.join(', ') }));
  return notices;
}
