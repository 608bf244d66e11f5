import { accessibleName, findFirst, isVisible } from '../dom/accessible-name';
import * as S from './selectors';

/** Finders for each target of the tour. Each returns the element or undefined, never throws. */

export function findUserMenuButton(doc: Document): Element | undefined {
  return findFirst(doc, S.USER_MENU_BUTTONS, (el) => isVisible(el) && S.USER_MENU_NAME.test(accessibleName(el)));
}

/** The Settings item of an open user menu: visible and inside a menu container. */
export function findOpenSettingsItem(doc: Document): Element | undefined {
  return findFirst(doc, S.SETTINGS_ITEM, (el) => !!el.closest(S.USER_MENU_CONTAINERS) && isVisible(el));
}

/** The sidebar's link, not the 2026 header breadcrumb to the same page. */
export function findDeveloperSettingsLink(doc: Document): Element | undefined {
  const candidates = [...doc.querySelectorAll(S.DEVELOPER_SETTINGS_LINK)].filter(
    (el) => S.DEVELOPER_SETTINGS_TEXT.test(accessibleName(el)) && isVisible(el),
  );
  return candidates.find((el) => !el.closest(S.HEADER_AREAS)) ?? candidates[0];
}

export function findPatGroupToggle(doc: Document): Element | undefined {
  return findFirst(doc, S.PAT_GROUP_TOGGLE, (el) => S.PAT_GROUP_TEXT.test(accessibleName(el)));
}

export function isPatGroupCollapsed(doc: Document): boolean {
  return findPatGroupToggle(doc)?.getAttribute('aria-expanded') === 'false';
}

export function findTokensClassicLink(doc: Document): Element | undefined {
  return findFirst(doc, S.TOKENS_CLASSIC_LINK, (el) => S.TOKENS_CLASSIC_TEXT.test(accessibleName(el)) && isVisible(el));
}

/** The `<details>` whose summary reads exactly "Generate new token" (not the fine-grained page's buttons). */
export function findGenerateMenu(doc: Document): HTMLDetailsElement | undefined {
  const details = findFirst(doc, S.GENERATE_MENU_DETAILS, (el) => {
    const summary = el.querySelector(':scope > summary');
    return !!summary && S.GENERATE_MENU_TEXT.test(accessibleName(summary)) && !!el.querySelector(S.CLASSIC_ITEM);
  });
  return details as HTMLDetailsElement | undefined;
}

export function findClassicItem(doc: Document): Element | undefined {
  const menu = findGenerateMenu(doc);
  return menu ? findFirst(menu, S.CLASSIC_ITEM, isVisible) : findFirst(doc, S.CLASSIC_ITEM, isVisible);
}

export function findTokenForm(doc: Document): HTMLFormElement | undefined {
  const form = doc.querySelector(S.TOKEN_FORM) ?? findFirst(doc, S.TOKEN_FORM_FALLBACK, (f) => !!f.querySelector(S.NOTE_INPUT));
  return (form as HTMLFormElement | null) ?? undefined;
}

export function findNoteInput(form: ParentNode): HTMLInputElement | undefined {
  return (form.querySelector(S.NOTE_INPUT) as HTMLInputElement | null) ?? undefined;
}

export function findScopeBoxes(form: ParentNode): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(S.SCOPE_CHECKBOX)];
}

/** The element holding the scope checkboxes: the nearest ancestor of the first box that holds them all. */
export function findScopeList(form: ParentNode): Element | undefined {
  const boxes = findScopeBoxes(form);
  let holder = boxes[0]?.parentElement;
  while (holder && !boxes.every((box) => holder!.contains(box))) holder = holder.parentElement;
  return holder?.closest('dd, ul, div') ?? holder ?? undefined;
}

export function findSubmitButton(form: ParentNode): Element | undefined {
  return findFirst(form, 'button[type="submit"], input[type="submit"]', (el) => S.SUBMIT_TEXT.test(accessibleName(el) || (el as HTMLInputElement).value));
}

export function findNewToken(doc: Document): Element | undefined {
  return doc.querySelector(S.NEW_TOKEN) ?? undefined;
}

export function findCopyButton(doc: Document): Element | undefined {
  return doc.querySelector(S.COPY_BUTTON) ?? undefined;
}

/** The "Confirm access" box; the password field in it is the user's alone. */
export function findSudoContainer(doc: Document): Element | undefined {
  return doc.querySelector(S.SUDO_CONTAINER) ?? undefined;
}

export function isSudoPage(doc: Document): boolean {
  const sudo = findSudoContainer(doc);
  return !!sudo && S.SUDO_HEADING.test(sudo.querySelector('h1')?.textContent ?? '');
}

export function findFlashError(doc: Document): string | undefined {
  return doc.querySelector(S.FLASH_ERROR)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

export function readListedNotes(doc: Document): string[] {
  const notes = [...doc.querySelectorAll(S.TOKEN_NOTES)].map((el) => (el.textContent ?? "").trim());
  return [...new Set(notes.filter(Boolean))];
}

/** What verifies an unverified address on /settings/emails. */
export function findVerifyEmailControl(doc: Document): Element | undefined {
  return findFirst(doc, S.VERIFY_EMAIL_CONTROLS, (el) =>
    S.VERIFY_EMAIL_TEXT.test(accessibleName(el) || (el as HTMLInputElement).value || '') && isVisible(el),
  );
}
