import { accessibleName, findFirst, isVisible } from '../dom/accessible-name';
import * as S from './selectors';

/** Finders for the fine-grained token pages (github-ui.md §17). Each returns the element or undefined, never throws. */

/** The sidebar's "Fine-grained tokens" item, in the Personal access tokens group. */
export function findFineGrainedTokensLink(doc: Document): Element | undefined {
  return findFirst(doc, S.FG_TOKENS_LINK, (el) => S.FG_TOKENS_TEXT.test(accessibleName(el)) && isVisible(el));
}

/** The fine-grained list's "Generate new token", or the classic list's menu item for fine-grained tokens. */
export function findFineGrainedNewTokenLink(doc: Document): Element | undefined {
  return findFirst(doc, S.FG_NEW_TOKEN_LINK, isVisible) ?? doc.querySelector(S.FG_NEW_TOKEN_LINK) ?? undefined;
}

export function findFineGrainedForm(doc: Document): HTMLFormElement | undefined {
  const form = doc.querySelector(S.FG_FORM) ?? findFirst(doc, S.FG_FORM_FALLBACK, (f) => !!f.querySelector(S.FG_NAME_INPUT));
  return (form as HTMLFormElement | null) ?? undefined;
}

export function findNameInput(form: ParentNode): HTMLInputElement | undefined {
  return form.querySelector<HTMLInputElement>(S.FG_NAME_INPUT) ?? undefined;
}

export function findDescriptionInput(form: ParentNode): HTMLTextAreaElement | undefined {
  return form.querySelector<HTMLTextAreaElement>(S.FG_DESCRIPTION_INPUT) ?? undefined;
}

export function findOwnerButton(form: ParentNode): Element | undefined {
  return form.querySelector(S.FG_OWNER_BUTTON) ?? undefined;
}

export function findRepositoryAccessRadios(form: ParentNode): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(S.FG_REPOSITORY_ACCESS)];
}

/** The group of repository access radios: the nearest ancestor holding them all. */
export function findRepositoryAccessGroup(form: ParentNode): Element | undefined {
  const radios = findRepositoryAccessRadios(form);
  let holder = radios[0]?.parentElement;
  while (holder && !radios.every((radio) => holder!.contains(radio))) holder = holder.parentElement;
  return holder ?? undefined;
}

/**
 * What the repository access step points at: the repository picker's button while "Only select repositories" is
 * ticked and its picker shows (there the user picks), else the group of options.
 */
export function findRepositoryAccessTarget(form: ParentNode): Element | undefined {
  const picker = form.querySelector(S.FG_REPOSITORY_PICKER);
  const selected = form.querySelector<HTMLInputElement>(S.FG_REPOSITORY_ACCESS_SELECTED)?.checked;
  return selected && picker && isVisible(picker) ? picker : findRepositoryAccessGroup(form);
}

/** The buttons named "Add permissions" (one per tab's panel); the visible one first. */
export function findAddPermissionsButton(root: ParentNode): Element | undefined {
  const named = (el: Element) => S.FG_ADD_PERMISSIONS_TEXT.test(accessibleName(el));
  return findFirst(root, S.FG_BUTTONS, (el) => named(el) && isVisible(el)) ?? findFirst(root, S.FG_BUTTONS, named);
}

/** Each added permission's "Access: …" button. */
export function findAccessButtons(root: ParentNode): Element[] {
  return [...root.querySelectorAll(S.FG_BUTTONS)].filter((el) => S.FG_ACCESS_BUTTON_TEXT.test(accessibleName(el)));
}

/** The permission picker: the nearest ancestor of its tabs and its "Add permissions" button. */
export function findPermissionPicker(form: ParentNode): Element | undefined {
  const add = findAddPermissionsButton(form);
  const tab = form.querySelector(S.FG_PERMISSION_TABS);
  let holder = (tab ?? add)?.parentElement;
  while (holder && add && !holder.contains(add)) holder = holder.parentElement;
  return holder ?? add ?? undefined;
}

/** The form's "Generate token": it opens GitHub's confirmation overlay, whose own button makes the token. */
export function findFormGenerateButton(form: ParentNode): Element | undefined {
  return findFirst(form, S.FG_BUTTONS, (el) => S.FG_GENERATE_TEXT.test(accessibleName(el)));
}

/** The overlay's "Generate token": the one outside the form (the overlay sits at the end of <body>). */
export function findOverlayGenerateButton(doc: Document): Element | undefined {
  const form = findFineGrainedForm(doc);
  return findFirst(doc, S.FG_BUTTONS, (el) => S.FG_GENERATE_TEXT.test(accessibleName(el)) && !form?.contains(el) && isVisible(el));
}

export function findFineGrainedNewToken(doc: Document): Element | undefined {
  return doc.querySelector(S.FG_NEW_TOKEN) ?? undefined;
}

/** GitHub's copy button for the new token: the one for its field, else a copy button beside it. */
export function findFineGrainedCopyButton(doc: Document): Element | undefined {
  const token = findFineGrainedNewToken(doc);
  let holder = token?.parentElement;
  for (let depth = 0; holder && depth < 4; depth++, holder = holder.parentElement) {
    const button = holder.querySelector(S.FG_COPY_BUTTON);
    if (button) return button;
  }
  return undefined;
}

/** The new token's id, from the link to its own page (`/settings/personal-access-tokens/<id>`) nearest the token. */
export function readFineGrainedTokenId(doc: Document): string | undefined {
  const idOf = (link: Element) => S.FG_TOKEN_PATH.exec(new URL(link.getAttribute('href') ?? '', 'https://github.com').pathname)?.[1];
  for (let holder = findFineGrainedNewToken(doc)?.parentElement; holder; holder = holder.parentElement) {
    const id = [...holder.querySelectorAll(S.FG_TOKEN_LINK)].map(idOf).find(Boolean);
    if (id) return id;
  }
  return undefined;
}

/** The expiration menu's opener (the classic form's action-menu) or a plain select. */
export function findExpirationOpener(form: ParentNode): Element | undefined {
  return form.querySelector(S.EXPIRATION_MENU_OPENER) ?? form.querySelector(S.FG_EXPIRATION_VALUE) ?? undefined;
}
