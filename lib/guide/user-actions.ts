import * as S from '../github/selectors';
import { findTokenForm } from '../github/find';
import type { TabEvent } from './reducer';
import type { TokenFacts } from './schema';
import { readCustomDate, readExpiration, readNote } from '../github/token-form';
import { listenForCopies } from './copy-watch';
import { findRegenerateForm, readRegenerateNote } from '../github/token-page';

type Dispatch = (event: TabEvent) => void;

/**
 * What the user did on GitHub's page, told apart from the guide's own changes and from other scripts by
 * `isTrusted`. The token is never read: copying is known from where a copy happened, never from what it held.
 */
export function listenForUserActions(signal: AbortSignal, dispatch: Dispatch): void {
  const on = (type: string, listener: (event: Event) => void) =>
    document.addEventListener(type, listener, { signal, capture: true });

  on('input', (event) => {
    if (event.isTrusted && matches(event.target, S.NOTE_INPUT)) dispatch({ type: 'note-typed' });
  });
  on('change', (event) => {
    if (!event.isTrusted) return;
    const target = event.target as HTMLInputElement;
    if (matches(target, S.SCOPE_CHECKBOX)) dispatch({ type: 'scope', scope: target.value, ticked: target.checked });
    else if (matches(target, `${S.EXPIRATION_SELECT}, ${S.EXPIRATION_CONTAINER} input`)) dispatch({ type: 'expiration-chosen' });
  });
  on('click', (event) => {
    if (event.isTrusted && closest(event.target, S.EXPIRATION_MENU_ITEM)) dispatch({ type: 'expiration-chosen' });
  });
  on('submit', (event) => {
    const form = findTokenForm(document);
    if (event.isTrusted && form && event.target === form) dispatch({ type: 'generate-clicked', submitted: submittedFacts(form, new Date()) });
    // Regenerating makes a new token as generating does; its note is shown, not typed.
    const regenerate = findRegenerateForm(document);
    if (event.isTrusted && regenerate && event.target === regenerate) {
      dispatch({ type: 'generate-clicked', submitted: { ...submittedFacts(regenerate, new Date()), note: readRegenerateNote(regenerate) } });
    }
  });
  listenForCopies(signal, () => dispatch({ type: 'copied' }));
}

/** Note and expiry as submitted, for the expiry reminder. */
export function submittedFacts(form: HTMLFormElement, now: Date): TokenFacts {
  return { note: readNote(form).trim(), expiresAt: expiryTime(readExpiration(form), readCustomDate(form), now) };
}

/** Milliseconds since the epoch at the end of the expiry day; null for "No expiration" or unknown. */
export function expiryTime(expiration: string, customDate: string, now: Date): number | null {
  if (/^\d+$/.test(expiration)) return now.getTime() + Number(expiration) * 86_400_000;
  if (expiration === 'custom' && /^\d{4}-\d{2}-\d{2}$/.test(customDate)) return new Date(`${customDate}T23:59:59`).getTime();
  return null;
}

function matches(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.matches(selector);
}

function closest(target: EventTarget | null, selector: string): Element | null {
  return target instanceof Element ? target.closest(selector) : null;
}
