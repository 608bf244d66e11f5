import { EXPIRATION_CHOICES, expirationNote, openerLabel } from '../expiration';
import type { ReplicaOptions } from '../options';
import { escapeHtml, renderFixture } from '../templates';

export interface ExpirationValues {
  expiration: string;
  customDate: string;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function sharedSlots(values: ExpirationValues, now: Date): Record<string, string> {
  return {
    customDate: escapeHtml(values.customDate),
    minDate: isoDay(new Date(now.getTime() + 86_400_000)),
    maxDate: isoDay(new Date(now.getTime() + 366 * 86_400_000)),
    customHidden: values.expiration === 'custom' ? '' : ' hidden',
    note: expirationNote(values.expiration, now),
    warningHidden: values.expiration === 'none' ? '' : ' hidden',
  };
}

function actionMenuItems(selected: string): string {
  return EXPIRATION_CHOICES.map(({ value, label }) => `                <li data-targets="action-list.items" role="none" data-view-component="true" class="js-new-default-token-expiration-item ActionListItem"><button id="exp-item-${value}" type="button" role="menuitemradio" aria-checked="${value === selected}" data-value="${value}" tabindex="-1" data-view-component="true" class="ActionListContent"><span class="ActionListItem-visual ActionListItem-action--leading"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-check ActionListItem-singleSelectCheckmark"></svg></span><span data-view-component="true" class="ActionListItem-label">${label}</span></button></li>`).join('\n');
}

function selectOptions(selected: string): string {
  return EXPIRATION_CHOICES.map(({ value, label }) => `          <option value="${value}"${value === selected ? ' selected' : ''}>${label}</option>`).join('\n');
}

export function renderExpiration(kind: ReplicaOptions['expiration'], values: ExpirationValues, now: Date): string {
  if (kind === 'select') {
    return renderFixture('pages/expiration-select.html', { ...sharedSlots(values, now), options: selectOptions(values.expiration) });
  }
  return renderFixture('pages/expiration-action-menu.html', {
    ...sharedSlots(values, now),
    openerLabel: openerLabel(values.expiration, now),
    items: actionMenuItems(values.expiration),
    value: values.expiration,
  });
}
