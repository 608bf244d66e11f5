import { FORM_STEP_IDS, type AnyStepId, type FormStepId } from '../steps/ids';
import type { PageFacts } from '../github/page';
import { isScopeName } from '../github/scopes';
import type { GuideState, RenewTarget, TokenFacts } from './schema';
import { IDLE_GUIDE, KNOWN_NOTES_MAX, STORED_NOTE_MAX_LENGTH } from './state';
import type { FormPlan } from './form-plan';
import { arriveAtRegenerateForm, renewedNote } from './renewal';

export type GuideEvent =
  | { type: 'start'; now: number; fastPlan?: FormPlan; renew?: RenewTarget; origin?: string }
  | { type: 'page'; facts: PageFacts; now: number }
  | { type: 'step'; stepId: AnyStepId }
  | { type: 'next' }
  | { type: 'scope'; scope: string; ticked: boolean }
  | { type: 'note-typed' }
  | { type: 'expiration-chosen' }
  | { type: 'notes-listed'; notes: string[] }
  | { type: 'generate-clicked'; submitted: TokenFacts }
  | { type: 'copied' }
  | { type: 'close' };

/** What happens on a page: every event but `start`, which only the popup sends. */
export type TabEvent = Exclude<GuideEvent, { type: 'start' }>;

const isFormStep = (id: AnyStepId | null): id is FormStepId => FORM_STEP_IDS.includes(id as FormStepId);

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
        fastPath: !!event.fastPlan,
        fastPlan: event.fastPlan ?? null,
        origin: event.origin ?? IDLE_GUIDE.origin,
        ...(event.renew && { kind: 'renew', renewing: event.renew }),
      };
    case 'page':
      return onPage(state, event.facts, event.now);
    case 'step':
      return event.stepId === state.stepId ? state : { ...state, stepId: event.stepId };
    case 'next':
      // "Next" on store-token leads on to single sign-on; on the form, to the next form step.
      if (state.stepId === 'store-token') return { ...state, authorizingSso: true };
      return { ...state, formStep: FORM_STEP_IDS[Math.min(FORM_STEP_IDS.indexOf(state.formStep) + 1, FORM_STEP_IDS.length - 1)]! };
    case 'scope':
      // A scope GitHub added after this catalogue is never ticked by the guide: nothing to remember.
      if (!isScopeName(event.scope)) return state;
      return { ...state, untickedScopes: toggle(state.untickedScopes, event.scope, !event.ticked) };
    case 'note-typed':
      return state.noteTyped ? state : { ...state, noteTyped: true };
    case 'expiration-chosen':
      return state.expirationChosen ? state : { ...state, expirationChosen: true };
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
 * Arriving on the form starts at fill-note; a refused POST sends the user back there, never to
 * copy-token. The token counts as generated only once GitHub shows it.
 */
function onPage(state: GuideState, facts: PageFacts, now: number): GuideState {
  if (facts.kind === 'token-result' && state.submitted) {
    // The new token's id (its row's) goes with the reminder, so renewing it can open its regenerate form.
    const reminder = facts.tokenId ? { ...state.submitted, tokenId: facts.tokenId } : state.submitted;
    return { ...state, generatedAt: now, reminder, submitted: null };
  }
  if (facts.regenerateForm) return arriveAtRegenerateForm(state);
  if (facts.kind !== 'token-form') return state;
  if (facts.formError) return { ...state, formStep: 'fill-note', submitted: null, copied: false };
  return isFormStep(state.stepId) ? state : { ...state, formStep: 'fill-note' };
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
