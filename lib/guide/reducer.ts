import { FINE_GRAINED_FORM_STEP_IDS, FORM_STEP_IDS, type AnyStepId } from '../steps/ids';
import type { TokenKind } from '../token-kinds';
import type { FineGrainedPlan } from '../fine-grained/plan';
import type { PageFacts } from '../github/page';
import { isScopeName } from '../github/scope-names';
import type { GuideState, RenewTarget, TokenFacts } from './schema';
import { IDLE_GUIDE, KNOWN_NOTES_MAX, STORED_NOTE_MAX_LENGTH } from './state';
import type { FormPlan } from './form-plan';
import { arriveAtRegenerateForm, renewedNote } from './renewal';

export type GuideEvent =
  | {
      type: 'start';
      now: number;
      fastPlan?: FormPlan;
      renew?: RenewTarget;
      origin?: string;
      /** Absent: classic, as before fine-grained tokens existed. */
      tokenKind?: TokenKind;
      /** The fine-grained fast path's plan (its template URL), so the form is checked against exactly that. */
      fineGrainedPlan?: FineGrainedPlan;
    }
  | { type: 'page'; facts: PageFacts; now: number }
  | { type: 'step'; stepId: AnyStepId }
  | { type: 'next' }
  | { type: 'scope'; scope: string; ticked: boolean }
  | { type: 'note-typed' }
  | { type: 'expiration-chosen' }
  | { type: 'repository-access-chosen' }
  | { type: 'notes-listed'; notes: string[] }
  | { type: 'generate-clicked'; submitted: TokenFacts }
  | { type: 'copied' }
  | { type: 'close' };

/** What happens on a page: every event but `start`, which only the popup sends. */
export type TabEvent = Exclude<GuideEvent, { type: 'start' }>;


/** The guide's state machine: (state, event) -> state, no side effects. */
export function reduceGuide(state: GuideState, event: GuideEvent): GuideState {
  switch (event.type) {
    case 'start':
      // The notes listed on the tokens page are still taken: forgetting them could suggest one again.
      return {
        ...IDLE_GUIDE,
        knownNotes: state.knownNotes,
        active: true,
        startedAt: event.now,
        fastPath: !!event.fastPlan || !!event.fineGrainedPlan,
        fastPlan: event.fastPlan ?? null,
        origin: event.origin ?? IDLE_GUIDE.origin,
        tokenKind: event.tokenKind ?? IDLE_GUIDE.tokenKind,
        fineGrainedPlan: event.fineGrainedPlan ?? null,
        ...(event.renew && { kind: 'renew', renewing: event.renew }),
      };
    case 'page':
      return onPage(state, event.facts, event.now);
    case 'step':
      return event.stepId === state.stepId ? state : { ...state, stepId: event.stepId };
    case 'next':
      // "Next" on store-token leads on to single sign-on; on the form, to the next form step.
      // A fine-grained token is not authorized for single sign-on: its guide ends at store-token.
      if (state.stepId === 'store-token') return state.tokenKind === 'fine-grained' ? state : { ...state, authorizingSso: true };
      return { ...state, formStep: nextFormStep(state) };
    case 'scope':
      // A scope GitHub added after this catalogue is never ticked by the guide: nothing to remember.
      if (!isScopeName(event.scope)) return state;
      return { ...state, untickedScopes: toggle(state.untickedScopes, event.scope, !event.ticked) };
    case 'note-typed':
      return state.noteTyped ? state : { ...state, noteTyped: true };
    case 'expiration-chosen':
      return state.expirationChosen ? state : { ...state, expirationChosen: true };
    case 'repository-access-chosen':
      return state.repositoryAccessChosen ? state : { ...state, repositoryAccessChosen: true };
    case 'notes-listed':
      return { ...state, knownNotes: withListedNotes(state.knownNotes, event.notes) };
    case 'generate-clicked':
      return { ...state, submitted: { ...event.submitted, note: renewedNote(state, event.submitted.note).slice(0, STORED_NOTE_MAX_LENGTH) }, copied: false };
    case 'copied':
      return state.copied ? state : { ...state, copied: true };
    case 'close':
      return { ...IDLE_GUIDE, knownNotes: state.knownNotes };
  }
}

/**
 * Arriving on a form starts at its first step (fill-note, fg-name); a refused POST sends the user back there,
 * never to copying. The token counts as generated only once GitHub shows it.
 */
function onPage(state: GuideState, facts: PageFacts, now: number): GuideState {
  if ((facts.kind === 'token-result' || facts.kind === 'fg-token-result') && state.submitted) {
    // The new token's id (its row's) goes with the reminder, so renewing it can open its regenerate form.
    const reminder = facts.tokenId ? { ...state.submitted, tokenId: facts.tokenId } : state.submitted;
    return { ...state, generatedAt: now, reminder, submitted: null };
  }
  if (facts.regenerateForm) return arriveAtRegenerateForm(state);
  if (facts.kind !== 'token-form' && facts.kind !== 'fg-token-form') return state;
  const steps: readonly AnyStepId[] = facts.kind === 'fg-token-form' ? FINE_GRAINED_FORM_STEP_IDS : FORM_STEP_IDS;
  const formStep = steps[0] as GuideState['formStep'];
  if (facts.formError) return { ...state, formStep, submitted: null, copied: false };
  return steps.includes(state.stepId as AnyStepId) ? state : { ...state, formStep };
}

/** "Next" walks the form steps of the guide's token kind and stays on the last. */
function nextFormStep(state: GuideState): GuideState['formStep'] {
  const steps: readonly GuideState['formStep'][] = state.tokenKind === 'fine-grained' ? FINE_GRAINED_FORM_STEP_IDS : FORM_STEP_IDS;
  return steps[Math.min(steps.indexOf(state.formStep) + 1, steps.length - 1)]!;
}

/** A note longer than any that can be stored cannot collide with a suggested one, so it is not kept. */
function withListedNotes(known: readonly string[], listed: readonly string[]): string[] {
  const storable = listed.filter((note) => note.length <= STORED_NOTE_MAX_LENGTH);
  return [...new Set([...known, ...storable])].slice(-KNOWN_NOTES_MAX);
}

function toggle(list: string[], item: string, present: boolean): string[] {
  const without = list.filter((x) => x !== item);
  return present ? [...without, item] : without;
}
