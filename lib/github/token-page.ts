import { accessibleName, findFirst, isVisible } from '../dom/accessible-name';
import { findNewToken } from './find';
import * as S from './selectors';

/**
 * A classic token after its creation (github-ui.md §16): its row on /settings/tokens, its own page
 * /settings/tokens/<id> and its regenerate form. Matched by accessible name and row, never by a replica's classes.
 */

/** /settings/tokens/<id> or /settings/tokens/<id>/regenerate; the id is GitHub's row id, not a secret. */
const TOKEN_PATH = /^\/settings\/tokens\/(\d{1,20})(\/regenerate)?\/?$/;
export const tokenPathExamples = ['/settings/tokens/1001', '/settings/tokens/1001/regenerate'];

export function tokenIdFromPath(path: string): string | undefined {
  return TOKEN_PATH.exec(path)?.[1];
}

/** The id of the token GitHub shows once: its row's `data-id` (`#access-token-<id>`). */
export function findNewTokenId(doc: Document): string | undefined {
  return findNewToken(doc)?.closest(S.TOKEN_ROW)?.getAttribute('data-id') ?? undefined;
}

/** The link to a token's own page in the row whose note is `note`. */
export function findTokenLink(doc: Document, note: string): Element | undefined {
  for (const row of doc.querySelectorAll(S.TOKEN_ROW)) {
    const link = findFirst(row, S.TOKEN_PAGE_LINK, (el) => accessibleName(el) === note && isVisible(el));
    if (link) return link;
  }
  return undefined;
}

/** The list of tokens: the nearest element holding every row, for the user to pick one. */
export function findTokenList(doc: Document): Element | undefined {
  const rows = [...doc.querySelectorAll(S.TOKEN_ROW)];
  let holder = rows[0]?.parentElement;
  while (holder && !rows.every((row) => holder!.contains(row))) holder = holder.parentElement;
  return holder ?? undefined;
}

/** "Regenerate token" on a token's page (not the regenerate form's own submit). */
export function findRegenerateControl(doc: Document): Element | undefined {
  return findFirst(doc, S.REGENERATE_CONTROLS, (el) => S.REGENERATE_TEXT.test(accessibleName(el)) && !el.closest(S.REGENERATE_FORM) && isVisible(el));
}

export function findRegenerateForm(doc: Document): HTMLFormElement | undefined {
  return (doc.querySelector(S.REGENERATE_FORM) as HTMLFormElement | null) ?? undefined;
}

/** The form's "Regenerate token" submit, which only the user clicks. */
export function findRegenerateSubmit(form: ParentNode): Element | undefined {
  return findFirst(form, 'button[type="submit"], input[type="submit"]', (el) =>
    S.REGENERATE_TEXT.test(accessibleName(el) || (el as HTMLInputElement).value),
  );
}

/** The note the regenerate form shows for the token, '' when it shows none. */
export function readRegenerateNote(form: ParentNode): string {
  return form.querySelector(S.REGENERATE_NOTE)?.textContent?.trim() ?? '';
}

/** Facts about a token's pages: which token the page is about, and whether it is its regenerate form. */
export function readTokenPageFacts(doc: Document, path: string, onResult: boolean): { tokenId?: string; regenerateForm?: true } {
  const tokenId = onResult ? findNewTokenId(doc) : tokenIdFromPath(path);
  const regenerateForm = !onResult && !!findRegenerateForm(doc);
  return { ...(tokenId && { tokenId }), ...(regenerateForm && { regenerateForm }) };
}
