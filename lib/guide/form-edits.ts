import { findTokenForm } from '../github/find';
import { type TabEvent, reduceGuide } from './reducer';
import type { GuideState } from './schema';
import { listenForUserActions } from './user-actions';

/**
 * The user's own choices on the token form while no guide runs (a typed note, a chosen expiration,
 * unticked boxes), so that neither the offer nor a guide started later on this form undoes them.
 */
export interface FormEdits {
  /** `state` with the user's edits of the form now on the page. */
  applyTo(state: GuideState): GuideState;
  /** The edits of the form now on the page, to report when a guide starts on it. */
  events(): TabEvent[];
  clear(): void;
}

/** The events that are the user's own edits of the form. */
export const EDIT_EVENTS: ReadonlySet<TabEvent['type']> = new Set(['scope', 'note-typed', 'expiration-chosen']);

export function recordFormEdits(signal: AbortSignal): FormEdits {
  let form: HTMLFormElement | undefined;
  let edits: TabEvent[] = [];
  listenForUserActions(signal, (event) => {
    if (!EDIT_EVENTS.has(event.type)) return;
    // A form GitHub rendered anew (another visit, a refused POST) starts without the old form's edits.
    const current = findTokenForm(document);
    if (current !== form) [form, edits] = [current, []];
    edits.push(event);
  });
  const current = () => (form && findTokenForm(document) === form ? edits : []);
  return {
    applyTo: (state) => current().reduce(reduceGuide, state),
    events: () => [...current()],
    clear: () => void (edits = []),
  };
}
