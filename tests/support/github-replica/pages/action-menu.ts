import { escapeHtml, renderFixture } from '../templates';

export interface MenuChoice {
  value: string;
  label: string;
  checked: boolean;
  /** Extra attributes on the item's button, e.g. ` data-owner-type="user"`. */
  attributes?: string;
}

export interface ActionMenuSpec {
  /** PVC's menu id: the opener is `<menu>-button`, the list `<menu>-list`. */
  menu: string;
  variant: 'single' | 'multiple';
  label: string;
  /** Rendered items (actionMenuItems) and the hidden inputs the form posts. */
  items: string;
  inputs: string;
  menuAttributes?: string;
  buttonAttributes?: string;
}

/** Primer ViewComponents' ActionMenu with its form inputs (fixtures pages/action-menu.html). */
export function renderActionMenu(spec: ActionMenuSpec): string {
  return renderFixture('pages/action-menu.html', {
    menu: spec.menu, variant: spec.variant, label: spec.label, items: spec.items, inputs: spec.inputs,
    menuAttributes: spec.menuAttributes ?? '', buttonAttributes: spec.buttonAttributes ?? '',
  }).trimEnd();
}

/** ActionMenu items: menuitemradio for single select, menuitemcheckbox for multiple; `itemClass` on each row. */
export function actionMenuItems(variant: ActionMenuSpec['variant'], idPrefix: string, choices: readonly MenuChoice[], itemClass = ''): string {
  const [role, mark] = variant === 'single' ? ['menuitemradio', 'ActionListItem-singleSelectCheckmark'] : ['menuitemcheckbox', 'ActionListItem-multiSelectCheckmark'];
  const rowClass = itemClass ? `${itemClass} ActionListItem` : 'ActionListItem';
  return choices.map(({ value, label, checked, attributes = '' }) => `                <li data-targets="action-list.items" role="none" data-view-component="true" class="${rowClass}"><button id="${idPrefix}-${escapeHtml(value)}" type="button" role="${role}" aria-checked="${checked}" data-value="${escapeHtml(value)}"${attributes} tabindex="-1" data-view-component="true" class="ActionListContent"><span class="ActionListItem-visual ActionListItem-action--leading"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-check ${mark}"></svg></span><span data-view-component="true" class="ActionListItem-label">${escapeHtml(label)}</span></button></li>`).join('\n');
}
