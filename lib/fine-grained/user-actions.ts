import * as S from '../github/selectors';
import { findFineGrainedForm, findOverlayGenerateButton } from '../github/fine-grained-find';
import { readFineGrainedCustomDate, readFineGrainedExpiration, readName } from '../github/fine-grained-form';
import type { TabEvent } from '../guide/reducer';
import { listenForCopies } from '../guide/copy-watch';
import { expiryTime } from '../guide/user-actions';

type Dispatch = (event: TabEvent) => void;

/**
 * What the user did on the fine-grained form and result page, told apart from the guide's own changes by
 * `isTrusted`. The token is never read: copying is known from where a copy happened, never from what it held.
 */
export function listenForFineGrainedActions(signal: AbortSignal, dispatch: Dispatch): void {
  const on = (type: string, listener: (event: Event) => void) => document.addEventListener(type, listener, { signal, capture: true });
  on('input', (event) => {
    if (event.isTrusted && matches(event.target, S.FG_NAME_INPUT)) dispatch({ type: 'note-typed' });
  });
  on('change', (event) => {
    if (!event.isTrusted) return;
    if (matches(event.target, S.FG_REPOSITORY_ACCESS)) dispatch({ type: 'repository-access-chosen' });
    else if (matches(event.target, `${S.FG_EXPIRATION_VALUE}, ${S.FG_CUSTOM_EXPIRATION_INPUT}`)) dispatch({ type: 'expiration-chosen' });
  });
  on('click', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    if (event.target.closest(S.EXPIRATION_MENU_ITEM)) dispatch({ type: 'expiration-chosen' });
    // The overlay's "Generate token" makes the token; the form's only opens the overlay.
    const overlayButton = findOverlayGenerateButton(document);
    const form = findFineGrainedForm(document);
    if (form && overlayButton?.contains(event.target)) dispatch({ type: 'generate-clicked', submitted: submittedFacts(form, new Date()) });
  });
  listenForCopies(signal, () => dispatch({ type: 'copied' }), { token: S.FG_NEW_TOKEN, button: S.FG_COPY_BUTTON, field: true });
}

/** Name and expiry as submitted, for the expiry reminder; the kind so renewing it opens the right page. */
export function submittedFacts(form: HTMLFormElement, now: Date) {
  const expiresAt = expiryTime(readFineGrainedExpiration(form), readFineGrainedCustomDate(form), now);
  return { note: readName(form).trim(), expiresAt, tokenKind: 'fine-grained' as const };
}

function matches(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.matches(selector);
}
