import { i18n, type GeneratedI18nStructure } from '#i18n';
import type { GuideState } from '@/lib/guide/schema';
import { FINE_GRAINED_STEP_IDS, FINE_GRAINED_STEP_ORDER, RENEWAL_STEP_ORDER, STEP_IDS, type AnyStepId, type FineGrainedStepId } from '@/lib/steps/ids';
import { stepById } from '@/lib/steps/index';
import type { GuideStepId } from '@/lib/steps/define-step';
import type { TokenKind } from '@/lib/token-kinds';

export type ItemStatus = 'done' | 'current' | 'todo';

export interface ChecklistItem {
  id: AnyStepId;
  number: number;
  title: string;
  status: ItemStatus;
  /** When GitHub shows this step only in some situations, which ones; the guide skips it otherwise. */
  onlyWhen: string | undefined;
}

/** The prerequisite is listed first but is not a numbered step of the tour. */
export const PREREQUISITE = {
  get title() {
    return stepTitle('verify-email');
  },
  /** On the host the guide runs on (or will). */
  page: 'emails',
} as const;

const ONLY_WHEN: Partial<Record<AnyStepId, Extract<keyof GeneratedI18nStructure, `popup.onlyIf${string}`>>> = {
  'open-personal-access-tokens': 'popup.onlyIfCollapsed',
  'confirm-access': 'popup.onlyIfAsked',
  'open-token': 'popup.onlyIfIdUnknown',
  'open-regenerate': 'popup.onlyIfIdUnknown',
  'authorize-sso': 'popup.onlyIfSso',
};

/** What decides the list: the step, whether it is a renewal, and which kind of token the guide makes. */
export type ChecklistState = Pick<GuideState, 'stepId'> & Partial<Pick<GuideState, 'kind'>> & { tokenKind?: TokenKind };

/** The titles of the fine-grained guide's own steps (as its callouts name them); the shared ones keep the classic tour's. */
const FINE_GRAINED_TITLES: Record<FineGrainedStepId, Extract<keyof GeneratedI18nStructure, `fgSteps.${string}.title`>> = {
  'open-tokens-fine-grained': 'fgSteps.openTokensFineGrained.title',
  'fg-generate-new-token': 'fgSteps.generateNewToken.title',
  'fg-name': 'fgSteps.name.title',
  'fg-resource-owner': 'fgSteps.resourceOwner.title',
  'fg-expiration': 'fgSteps.expiration.title',
  'fg-repository-access': 'fgSteps.repositoryAccess.title',
  'fg-permissions': 'fgSteps.permissions.title',
  'fg-generate-token': 'fgSteps.generateToken.title',
  'fg-copy-token': 'fgSteps.copyToken.title',
};

/**
 * Every step in its guide's order (the creation tour, a renewal's, or the fine-grained token's):
 * those before the current one are done.
 */
export function checklistItems(state: ChecklistState): ChecklistItem[] {
  const order = stepOrder(state);
  const current = state.stepId ? order.indexOf(state.stepId) : -1;
  return order.map((id, index) => ({
    id,
    number: index + 1,
    title: stepTitle(id),
    status: index < current ? 'done' : index === current ? 'current' : 'todo',
    onlyWhen: onlyWhen(id),
  }));
}

function stepOrder(state: ChecklistState): readonly AnyStepId[] {
  if (state.kind === 'renew') return RENEWAL_STEP_ORDER;
  return state.tokenKind === 'fine-grained' ? FINE_GRAINED_STEP_ORDER : STEP_IDS;
}

function stepTitle(id: GuideStepId): string {
  if (isFineGrainedStep(id)) return i18n.t(FINE_GRAINED_TITLES[id]);
  const step = stepById(id);
  return step ? i18n.t(step.title) : id;
}

function isFineGrainedStep(id: string): id is FineGrainedStepId {
  return (FINE_GRAINED_STEP_IDS as readonly string[]).includes(id);
}

function onlyWhen(id: AnyStepId): string | undefined {
  const key = ONLY_WHEN[id];
  return key && i18n.t(key);
}

/** Steps on the page that shows the new token, or after it, in either kind's guide. */
const RESULT_STEPS = ['copy-token', 'fg-copy-token', 'store-token'] as const;

/**
 * The token exists once the user pressed "Generate token", or once a page shows the result,
 * which also covers a submit the guide did not see (the page was still loading the guide).
 */
export function hasGeneratedToken(state: Pick<GuideState, 'active' | 'generatedAt' | 'stepId'>): boolean {
  if (!state.active) return false;
  return state.generatedAt !== null || (RESULT_STEPS as readonly (string | null)[]).includes(state.stepId);
}
