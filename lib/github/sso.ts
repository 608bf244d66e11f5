import { accessibleName, findFirst, isVisible } from '../dom/accessible-name';
import { findNewToken } from './find';
import * as S from './selectors';

/**
 * A token's "Configure SSO" menu (github-ui.md §15). Its markup was never captured: controls are matched by
 * accessible name inside the token's row, and organizations by the text beside their Authorize/Deauthorize.
 */

/** The row of the token GitHub shows just made, else the listed row whose note is `note`. */
export function findTokenRow(doc: Document, note: string | undefined): Element | undefined {
  const shown = findNewToken(doc)?.closest(S.TOKEN_ROW);
  if (shown) return shown;
  if (!note) return undefined;
  return findFirst(doc, S.TOKEN_ROW, (row) => [...row.querySelectorAll(S.TOKEN_PAGE_LINK)].some((link) => accessibleName(link) === note));
}

/** "Configure SSO" (or the older "Enable SSO") inside a token row. */
export function findSsoMenuControl(row: ParentNode): Element | undefined {
  return findFirst(row, S.SSO_CONTROLS, (el) => S.SSO_MENU_TEXT.test(accessibleName(el)));
}

/** "Configure SSO", or once it is open the menu it shows, so the callout beside it leaves every Authorize free. */
export function findSsoTarget(row: ParentNode): Element | undefined {
  const control = findSsoMenuControl(row);
  const open = control && openMenuOf(control);
  return (open?.matches(S.SSO_MENU_LIST) ? open : open?.querySelector(S.SSO_MENU_LIST)) ?? control;
}

/** The organizations an open "Configure SSO" menu lists, given that menu; none for anything else. */
export function readSsoOrgs(menu: Element): string[] {
  if (!menu.matches(S.SSO_MENU_LIST)) return [];
  const actions = [...menu.querySelectorAll(S.SSO_CONTROLS)].filter((el) => {
    const name = accessibleName(el);
    return (S.SSO_AUTHORIZE_TEXT.test(name) || S.SSO_DEAUTHORIZE_TEXT.test(name)) && isVisible(el);
  });
  const orgs = actions.map((action) => orgNameBeside(action, menu)).filter((org) => org !== '');
  return [...new Set(orgs)];
}

function openMenuOf(control: Element): Element | undefined {
  const details = control.parentElement;
  if (control.localName === 'summary' && details instanceof HTMLDetailsElement) return details.open ? details : undefined;
  if (control.getAttribute('aria-expanded') !== 'true') return undefined;
  const id = control.getAttribute('aria-controls');
  return (id && control.ownerDocument.getElementById(id)) || undefined;
}

/** The organization's name: the text of the nearest enclosing element that says more than the control does. */
function orgNameBeside(action: Element, menu: Element): string {
  const own = (action.textContent ?? '').trim();
  for (let box = action.parentElement; box && box !== menu; box = box.parentElement) {
    const text = (box.textContent ?? '').replace(own, '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}
