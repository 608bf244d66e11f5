import { i18n } from '#i18n';
import { reminderKey, type Reminder } from '@/lib/reminders/plan';
import { send } from './send';

/**
 * Renewing: "Renew" beside each reminder opens that token's regenerate form (or finds it in the list), and
 * "Renew a token" guides through the list (on the host chosen above) to a token PAT Pilot never saw, which the user picks.
 */
export function Renewal({ reminders, origin }: { reminders: readonly Reminder[]; origin: string }) {
  const soonest = [...reminders].sort((a, b) => a.expiresAt - b.expiresAt);
  return (
    <section class="renewal" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">{i18n.t('popup.renewHeading')}</h2>
      <ul>
        {soonest.map((reminder) => (
          <ReminderRow key={reminderKey(reminder)} reminder={reminder} />
        ))}
      </ul>
      <button type="button" onClick={() => void send({ type: 'start-renewal', reminder: null, origin })}>
        {i18n.t('popup.renewToken')}
      </button>
    </section>
  );
}

function ReminderRow({ reminder }: { reminder: Reminder }) {
  const id = `renew-${reminderKey(reminder)}`.replace(/[^\w-]/g, '-');
  const expires = new Date(reminder.expiresAt).toLocaleDateString(undefined, { dateStyle: 'long' });
  return (
    <li>
      <span id={id}>{i18n.t('popup.renewExpires', { note: reminder.note, expires })}</span>{' '}
      <button type="button" aria-describedby={id} onClick={() => void send({ type: 'start-renewal', reminder: reminderKey(reminder) })}>
        {i18n.t('popup.renew')}
      </button>
    </li>
  );
}
