import { findFirst } from '../dom/accessible-name';
import { findNoteInput, findScopeBoxes } from './find';
import * as S from './selectors';

/** Reading and changing GitHub's token form with the events its own scripts listen for. */

export type ExpirationWidget = 'action-menu' | 'select';

export function expirationWidget(form: ParentNode): ExpirationWidget | undefined {
  if (form.querySelector(S.EXPIRATION_SELECT)) return 'select';
  if (form.querySelector(S.EXPIRATION_MENU_OPENER)) return 'action-menu';
  return undefined;
}

/** What the user should act on for the expiration step: the select or the menu's opener button. */
export function findExpirationControl(form: ParentNode): Element | undefined {
  return form.querySelector(S.EXPIRATION_SELECT) ?? form.querySelector(S.EXPIRATION_MENU_OPENER) ?? undefined;
}

/** "7" | "30" | "60" | "90" | "custom" | "none" | "" as GitHub will submit it. */
export function readExpiration(form: ParentNode): string {
  const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(S.EXPIRATION_VALUE);
  return field?.value ?? '';
}

export function readCustomDate(form: ParentNode): string {
  return form.querySelector<HTMLInputElement>(S.CUSTOM_EXPIRATION_INPUT)?.value ?? '';
}

export function isExpirationChosen(form: ParentNode): boolean {
  const value = readExpiration(form);
  return value === 'custom' ? readCustomDate(form) !== '' : value !== '';
}

/** Choose a preset; on the action menu through its own item so label, aria-checked and value stay in step. */
export function setExpiration(form: ParentNode, value: string): boolean {
  const select = form.querySelector<HTMLSelectElement>(S.EXPIRATION_SELECT);
  if (select) {
    if (![...select.options].some((o) => o.value === value)) return false;
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  const item = findFirst(form, S.EXPIRATION_MENU_ITEM, (el) => el.getAttribute('data-value') === value && cannotSubmit(el));
  if (!(item instanceof HTMLElement)) return false;
  item.click();
  return readExpiration(form) === value;
}

/** GitHub's custom date input appears after choosing "Custom..."; fill it as typing would. */
export function setCustomDate(form: ParentNode, date: string): boolean {
  const input = form.querySelector<HTMLInputElement>(S.CUSTOM_EXPIRATION_INPUT);
  if (!input) return false;
  input.value = date;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.value === date;
}

export function readNote(form: ParentNode): string {
  return findNoteInput(form)?.value ?? '';
}

export function setNote(form: ParentNode, note: string): void {
  const input = findNoteInput(form);
  if (!input) return;
  input.value = note;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function readTickedScopes(form: ParentNode): string[] {
  return findScopeBoxes(form).filter((box) => box.checked).map((box) => box.value);
}

/** Tick one scope as a click would, so GitHub's parent/child handling runs. */
export function tickScope(form: ParentNode, scope: string): boolean {
  const box = findScopeBoxes(form).find((b) => b.value === scope);
  if (!box || box.disabled || !cannotSubmit(box)) return false;
  if (!box.checked) box.click();
  return box.checked;
}

/** Untick one scope as a click would; GitHub's script unticks the children of a parent with it. */
export function untickScope(form: ParentNode, scope: string): boolean {
  const box = findScopeBoxes(form).find((b) => b.value === scope);
  if (!box || box.disabled || !cannotSubmit(box)) return false;
  if (box.checked) box.click();
  return !box.checked;
}

/**
 * Checked on the element itself, not only by the selector: `type` as the browser reads it, so a
 * missing or misspelt type (which makes a button submit) never passes.
 */
function cannotSubmit(element: Element): boolean {
  if (element instanceof HTMLButtonElement) return element.type === 'button';
  return element instanceof HTMLInputElement && element.type === 'checkbox';
}

/** The parent scope's box of a child scope, from GitHub's nesting (child list inside the parent's row). */
export function parentOf(form: ParentNode, scope: string): HTMLInputElement | undefined {
  const box = findScopeBoxes(form).find((b) => b.value === scope);
  const parentRow = box?.closest('ul')?.closest('li');
  const parent = parentRow?.querySelector<HTMLInputElement>(S.SCOPE_CHECKBOX);
  return parent && parent !== box ? parent : undefined;
}
