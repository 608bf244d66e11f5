import { EXPIRATION_CHOICES, expirationNote, openerLabel } from '../expiration';
import type { ReplicaOptions } from '../options';
import { escapeHtml, renderFixture } from '../templates';
import { actionMenuItems, renderActionMenu } from './action-menu';

export interface ExpirationValues {
  expiration: string;
  customDate: string;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function sharedSlots(values: ExpirationValues, now: Date, field: string): Record<string, string> {
  return {
    field,
    customDate: escapeHtml(values.customDate),
    minDate: isoDay(new Date(now.getTime() + 86_400_000)),
    maxDate: isoDay(new Date(now.getTime() + 366 * 86_400_000)),
    customHidden: values.expiration === 'custom' ? '' : ' hidden',
    note: expirationNote(values.expiration, now),
    warningHidden: values.expiration === 'none' ? '' : ' hidden',
  };
}


function selectOptions(selected: string): string {
  return EXPIRATION_CHOICES.map(({ value, label }) => `          <option value="${value}"${value === selected ? ' selected' : ''}>${label}</option>`).join('\n');
}

/** `field` names the form's model: `oauth_access` (classic) or `user_programmatic_access` (fine-grained, §17). */
export function renderExpiration(kind: ReplicaOptions['expiration'], values: ExpirationValues, now: Date, field = 'oauth_access'): string {
  if (kind === 'select') {
    return renderFixture('pages/expiration-select.html', { ...sharedSlots(values, now, field), options: selectOptions(values.expiration) });
  }
  const choices = EXPIRATION_CHOICES.map(({ value, label }) => ({ value, label, checked: value === values.expiration }));
  return renderFixture('pages/expiration-action-menu.html', {
    ...sharedSlots(values, now, field),
    menu: renderActionMenu({
      menu: 'exp', variant: 'single', label: openerLabel(values.expiration, now),
      items: actionMenuItems('single', 'exp-item', choices, 'js-new-default-token-expiration-item'),
      inputs: `<input type="hidden" name="${field}[default_expires_at]" value="${values.expiration}" autocomplete="off">`,
      buttonAttributes: ' aria-describedby="token-expiration-label"',
    }),
  });
}
