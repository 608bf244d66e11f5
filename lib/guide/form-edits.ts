import { findTokenForm } from '../github/find';
import { type GuideEvent, reduceGuide } from './reducer';
import type { GuideState } from './schema';
import { listenForUserActions } from './user-actions';

/**
 * The user's own choices on the token form while no guide runs (a typed note, a chosen expiration,
 * unticked boxes), so that neither the offer nor a guide started later on this form undoes them.
 */
export interface FormEdits {
  /** `state` with the user's edits of the form now on the page. */
  applyTo(state: GuideState): GuideState;
  clear(): void;
}

const EDIT_EVENTS: ReadonlySet<GuideEvent['type']> = new Set(['scope', 'note-typed', 'expiration-chosen']);

export function recordFormEdits(signal: AbortSignal): FormEdits {
  let form: HTMLFormElement | undefined;
  let edits: GuideEvent[] = [];
  listenForUserActions(signal, (event) => {
    if (!EDIT_EVENTS.has(event.type)) return;
    // A form GitHub rendered anew (another visit, a refused POST) starts without the old form's edits.
    const current = findTokenForm(document);
    if (current !== form) [form, edits] = [current, []];
    edits.push(event);
  });
  return {
    applyTo: (state) => (form && findTokenForm(document) === form ? edits.reduce(reduceGuide, state) : state),
    clear: () => void (edits = []),
  };
}
