import { i18n, type GeneratedI18nStructure } from '#i18n';
import type { GuideState } from '@/lib/guide/schema';
import { RENEWAL_STEP_ORDER, STEP_IDS, type AnyStepId } from '@/lib/steps/ids';
import { stepById } from '@/lib/steps/index';
import type { GuideStepId } from '@/lib/steps/define-step';

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

/** Every step in its guide's order (the creation tour, or a renewal's): those before the current one are done. */
export function checklistItems(state: Pick<GuideState, 'stepId'> & Partial<Pick<GuideState, 'kind'>>): ChecklistItem[] {
  const order: readonly AnyStepId[] = state.kind === 'renew' ? RENEWAL_STEP_ORDER : STEP_IDS;
  const current = state.stepId ? order.indexOf(state.stepId) : -1;
  return order.map((id, index) => ({
    id,
    number: index + 1,
    title: stepTitle(id),
    status: index < current ? 'done' : index === current ? 'current' : 'todo',
    onlyWhen: onlyWhen(id),
  }));
}

function stepTitle(id: GuideStepId): string {
  const step = stepById(id);
  return step ? i18n.t(step.title) : id;
}

function onlyWhen(id: AnyStepId): string | undefined {
  const key = ONLY_WHEN[id];
  return key && i18n.t(key);
}

/**
 * The token exists once the user pressed "Generate token", or once a page shows the result,
 * which also covers a submit the guide did not see (the page was still loading the guide).
 */
export function hasGeneratedToken(state: Pick<GuideState, 'active' | 'generatedAt' | 'stepId'>): boolean {
  if (!state.active) return false;
  return state.generatedAt !== null || state.stepId === 'copy-token' || state.stepId === 'store-token';
}
