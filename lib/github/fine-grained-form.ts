import { accessibleName } from '../dom/accessible-name';
import { ACCESS_LEVELS, type Access } from './permission-keys';
import { findAccessButtons, findDescriptionInput, findNameInput, findRepositoryAccessRadios } from './fine-grained-find';
import * as S from './selectors';

/** Reading the fine-grained form (github-ui.md §17). Nothing here reads the token. */

export function readName(form: ParentNode): string {
  return findNameInput(form)?.value ?? '';
}

export function readDescription(form: ParentNode): string {
  return findDescriptionInput(form)?.value ?? '';
}

/** The resource owner's login as the form will post it; '' while GitHub's default (the user) stands. */
export function readOwner(form: ParentNode): string {
  return form.querySelector<HTMLInputElement>(S.FG_OWNER_VALUE)?.value ?? '';
}

/** "7" | "30" | "60" | "90" | "custom" | "none" | a day count | "" as GitHub will submit it. */
export function readFineGrainedExpiration(form: ParentNode): string {
  return form.querySelector<HTMLInputElement | HTMLSelectElement>(S.FG_EXPIRATION_VALUE)?.value ?? '';
}

export function readFineGrainedCustomDate(form: ParentNode): string {
  return form.querySelector<HTMLInputElement>(S.FG_CUSTOM_EXPIRATION_INPUT)?.value ?? '';
}

/** The ticked repository access radio's value (its id without `install_target_`), or undefined. */
export function readRepositoryAccess(form: ParentNode): string | undefined {
  const ticked = findRepositoryAccessRadios(form).find((radio) => radio.checked);
  return ticked ? ticked.id.replace(/^install_target_/, '') || ticked.value : undefined;
}

/** Repositories picked: the picker's posted ids (an empty, disabled one stands for none). */
export function countSelectedRepositories(form: ParentNode): number {
  return [...form.querySelectorAll<HTMLInputElement>(S.FG_SELECTED_REPOSITORIES)].filter((input) => !input.disabled && input.value !== '').length;
}

/** Picks "Only select repositories" with a click, so GitHub's own script shows its picker. */
export function chooseOnlySelectRepositories(form: ParentNode): boolean {
  const radio = form.querySelector<HTMLInputElement>(S.FG_REPOSITORY_ACCESS_SELECTED);
  if (!radio || radio.disabled) return false;
  if (!radio.checked) radio.click();
  return radio.checked;
}

/** One permission the form holds, as it shows it: its label and access. */
export interface FormPermission {
  label: string;
  access: Access;
}

/**
 * The permissions added on the form, from each row's "Access: …" button: its label is the row's text before
 * it. "Read-only" is read, "Read and write" write, "Admin" admin.
 */
export function readFormPermissions(form: ParentNode): FormPermission[] {
  return findAccessButtons(form).flatMap((button) => {
    const row = button.closest(S.FG_PERMISSION_ROW) ?? button.parentElement;
    const access = accessOf(accessibleName(button));
    const label = labelOf(row, button);
    return access && label ? [{ label, access }] : [];
  });
}

function accessOf(name: string): Access | undefined {
  if (/admin/i.test(name)) return 'admin';
  if (/write/i.test(name)) return 'write';
  return /read/i.test(name) ? ACCESS_LEVELS[0] : undefined;
}

/**
 * The permission's label: what the "Access:" button's description names (its label element), else the row's first
 * label-like element, else the row's first line of text without its controls.
 */
function labelOf(row: Element | null, button: Element): string {
  const described = button.getAttribute('aria-describedby')?.split(/\s+/)[0];
  const byId = described ? button.ownerDocument.getElementById(described) : null;
  const labelled = byId ?? row?.querySelector(S.FG_PERMISSION_LABEL);
  if (labelled) return (labelled.textContent ?? '').trim();
  if (!row) return '';
  const copy = row.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll(S.FG_ROW_CONTROLS)) inner.remove();
  return (copy.textContent ?? '').split('\n').map((line) => line.trim()).find(Boolean) ?? '';
}
