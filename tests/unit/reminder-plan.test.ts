import { describe, expect, it } from 'vitest';
import { decideReminders } from '@/lib/reminders/decide';
import { tokenGenerated } from '@/lib/reminders/from-guide';
import { alarmName, keyOfNotification, notificationId, parseAlarmName } from '@/lib/reminders/names';
import { DAY_MS, markNotified, planReminder, reminderKey, withReminder, type Reminder } from '@/lib/reminders/plan';

const NOW = Date.UTC(2026, 10, 5, 9, 0, 0);
const days = (n: number) => n * DAY_MS;

describe('planReminder', () => {
  it('reminds the chosen number of days before expiry', () => {
    expect(planReminder('Laptop', NOW + days(30), 3, NOW)).toEqual({
      note: 'Laptop',
      expiresAt: NOW + days(30),
      remindAt: NOW + days(27),
      notified: false,
    });
  });

  it('falls halfway through the life of a token shorter than the lead time', () => {
    expect(planReminder('Short', NOW + days(2), 3, NOW)?.remindAt).toBe(NOW + days(1));
    expect(planReminder('Exact', NOW + days(3), 3, NOW)?.remindAt).toBe(NOW + days(1.5));
  });

  it('plans nothing for a token without expiration or one already expired', () => {
    expect(planReminder('Forever', null, 3, NOW)).toBeUndefined();
    expect(planReminder('Gone', NOW, 3, NOW)).toBeUndefined();
  });
});

describe('reminder list', () => {
  const a = planReminder('A', NOW + days(30), 3, NOW)!;
  const b = planReminder('B', NOW + days(7), 3, NOW)!;

  it('keeps one reminder per token when scheduled twice', () => {
    expect(withReminder(withReminder([a, b], { ...a, remindAt: 1 }), a)).toEqual([b, a]);
  });

  it('marks only the named reminder as notified', () => {
    expect(markNotified([a, b], reminderKey(b)).map((r) => r.notified)).toEqual([false, true]);
  });
});

describe('decideReminders', () => {
  const upcoming: Reminder = { note: 'Up', expiresAt: NOW + days(10), remindAt: NOW + days(7), notified: false };
  const due: Reminder = { note: 'Due', expiresAt: NOW + days(2), remindAt: NOW - 1, notified: false };
  const shown: Reminder = { ...due, note: 'Shown', notified: true };
  const expired: Reminder = { note: 'Old', expiresAt: NOW, remindAt: NOW - days(3), notified: true };

  it('sorts reminders into expired, due and upcoming', () => {
    expect(decideReminders([upcoming, due, shown, expired], NOW, true)).toEqual({
      expired: [expired],
      due: [due],
      upcoming: [upcoming],
    });
  });

  it('still cleans up but shows and schedules nothing while reminders are off', () => {
    expect(decideReminders([upcoming, due, expired], NOW, false)).toEqual({ expired: [expired], due: [], upcoming: [] });
  });
});

describe('alarm and notification names', () => {
  it('round-trip the reminder key, notes with colons included', () => {
    const key = reminderKey({ note: 'CI: deploy', expiresAt: NOW });
    expect(parseAlarmName(alarmName('remind', key))).toEqual({ kind: 'remind', key });
    expect(parseAlarmName(alarmName('expire', key))).toEqual({ kind: 'expire', key });
    expect(keyOfNotification(notificationId(key))).toBe(key);
  });

  it('ignore names that are not ours', () => {
    expect(parseAlarmName('something-else')).toBeUndefined();
    expect(keyOfNotification(alarmName('expire', 'k'))).toBeUndefined();
  });
});

describe('tokenGenerated', () => {
  const reminder = { note: 'Laptop', expiresAt: NOW + days(30) };

  it('reports the token when the guide state first carries generatedAt with the form details', () => {
    expect(tokenGenerated({ generatedAt: NOW, reminder }, { generatedAt: null })).toEqual({ ...reminder, generatedAt: NOW });
  });

  it('ignores later changes of the same generation and states without the details', () => {
    expect(tokenGenerated({ generatedAt: NOW, reminder, copied: true }, { generatedAt: NOW, reminder })).toBeUndefined();
    expect(tokenGenerated({ generatedAt: NOW }, undefined)).toBeUndefined();
    expect(tokenGenerated({ generatedAt: NOW, reminder: { note: '', expiresAt: null } }, undefined)).toBeUndefined();
  });

  it('passes on a token without expiration, which planning then skips', () => {
    expect(tokenGenerated({ generatedAt: NOW, reminder: { note: 'X', expiresAt: null } }, null)?.expiresAt).toBeNull();
  });
});
