import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReminders } from '@/lib/background/reminders';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { alarmName, notificationId } from '@/lib/reminders/names';
import { renewFromNotification } from '@/lib/background/renewal';
import { reminderPermissions } from '@/lib/reminders/permissions';
import { DAY_MS, reminderKey } from '@/lib/reminders/plan';
import { rememberToken, syncReminders } from '@/lib/reminders/schedule';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { guideStateItem, readGuideState, readReminders, remindersItem, saveSettings } from '@/lib/storage';

const NOW = Date.UTC(2026, 10, 5, 9, 0, 0);
const TOKEN = { note: 'PAT Pilot 2026-11-05 09:00:00', expiresAt: NOW + 30 * DAY_MS, generatedAt: NOW };
const KEY = reminderKey(TOKEN);

function manifest(optional: string[]) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'PAT Pilot', version: '0.1.0', optional_permissions: optional } as never);
}

function permitted(granted: boolean) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted as never);
}

async function alarmNames(): Promise<string[]> {
  return (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
}

async function notificationIds(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  manifest(['alarms', 'notifications']);
  permitted(true);
});
afterEach(() => vi.useRealTimers());

describe('rememberToken', () => {
  it('stores the note and dates, never anything else, and sets both alarms', async () => {
    await rememberToken(TOKEN);
    expect(await remindersItem.getValue()).toEqual([{ note: TOKEN.note, expiresAt: TOKEN.expiresAt, remindAt: TOKEN.expiresAt - 3 * DAY_MS, notified: false }]);
    expect(await alarmNames()).toEqual([alarmName('expire', KEY), alarmName('remind', KEY)]);
    const remind = await fakeBrowser.alarms.get(alarmName('remind', KEY));
    expect(remind?.scheduledTime).toBe(TOKEN.expiresAt - 3 * DAY_MS);
  });

  it('uses the days-before setting', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, reminders: { enabled: true, daysBefore: 10 } });
    expect((await rememberToken(TOKEN))?.remindAt).toBe(TOKEN.expiresAt - 10 * DAY_MS);
  });

  it('remembers nothing while reminders are switched off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, reminders: { enabled: false, daysBefore: 3 } });
    expect(await rememberToken(TOKEN)).toBeUndefined();
    expect(await readReminders()).toEqual([]);
    expect(await alarmNames()).toEqual([]);
  });

  it('keeps the reminder without alarms until the permissions are granted', async () => {
    permitted(false);
    await rememberToken(TOKEN);
    expect(await readReminders()).toHaveLength(1);
    expect(await alarmNames()).toEqual([]);
    permitted(true);
    await syncReminders(NOW);
    expect(await alarmNames()).toHaveLength(2);
  });
});

describe('syncReminders', () => {
  it('shows a due reminder once, linking to the token list', async () => {
    await rememberToken(TOKEN);
    const due = TOKEN.expiresAt - 2 * DAY_MS;
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await syncReminders(due);
    expect(await notificationIds()).toEqual([notificationId(KEY)]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining(TOKEN.note) });
    expect((await readReminders())[0]?.notified).toBe(true);
    await fakeBrowser.notifications.clear(notificationId(KEY));
    await syncReminders(due + 1);
    expect(await notificationIds()).toEqual([]);
  });

  it('shows nothing early', async () => {
    await rememberToken(TOKEN);
    await syncReminders(TOKEN.expiresAt - 4 * DAY_MS);
    expect(await notificationIds()).toEqual([]);
  });

  it('removes an expired reminder with its alarms and notification', async () => {
    await rememberToken(TOKEN);
    await syncReminders(TOKEN.expiresAt - DAY_MS);
    await syncReminders(TOKEN.expiresAt);
    expect(await readReminders()).toEqual([]);
    expect(await alarmNames()).toEqual([]);
    expect(await notificationIds()).toEqual([]);
  });
});

describe('permissions', () => {
  it('asks only for what the manifest declares (Firefox cannot make alarms optional)', () => {
    manifest(['notifications']);
    expect(reminderPermissions()).toEqual(['notifications']);
    manifest([]);
    expect(reminderPermissions()).toEqual([]);
  });
});

describe('notification click', () => {
  const REMINDER = { note: TOKEN.note, expiresAt: TOKEN.expiresAt, remindAt: NOW, notified: true };

  async function click(stored: object) {
    await remindersItem.setValue([stored] as never);
    await fakeBrowser.notifications.create(notificationId(KEY), { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renewFromNotification(notificationId(KEY));
    return create;
  }

  it("renews the token at its regenerate form when the reminder knows its id, and closes the notification", async () => {
    const create = await click({ ...REMINDER, tokenId: '1001' });
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/tokens/1001/regenerate', active: true });
    expect(await readGuideState()).toMatchObject({ active: true, kind: 'renew', renewing: { tokenId: '1001', note: TOKEN.note } });
    expect(await notificationIds()).toEqual([]);
  });

  it('renews from the token list when the reminder is from before ids were recorded', async () => {
    const create = await click(REMINDER);
    expect(create).toHaveBeenCalledWith({ url: 'https://github.com/settings/tokens', active: true });
    expect(await readGuideState()).toMatchObject({ active: true, kind: 'renew', renewing: { tokenId: null, note: TOKEN.note } });
  });

  it('leaves other notifications alone', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renewFromNotification('someone-else');
    expect(create).not.toHaveBeenCalled();
    expect((await readGuideState()).active).toBe(false);
  });
});

describe('rememberToken after a renewal', () => {
  it("replaces the old token's reminder, alarms and notification with the new expiry's", async () => {
    const old = { note: TOKEN.note, expiresAt: NOW + 2 * DAY_MS, remindAt: NOW - DAY_MS, notified: true, tokenId: '1001' };
    await remindersItem.setValue([old]);
    await fakeBrowser.notifications.create(notificationId(reminderKey(old)), { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    await fakeBrowser.alarms.create(alarmName('expire', reminderKey(old)), { when: old.expiresAt });
    await rememberToken({ ...TOKEN, tokenId: '1001' });
    expect(await readReminders()).toEqual([{ note: TOKEN.note, expiresAt: TOKEN.expiresAt, remindAt: TOKEN.expiresAt - 3 * DAY_MS, notified: false, tokenId: '1001' }]);
    expect(await alarmNames()).toEqual([alarmName('expire', KEY), alarmName('remind', KEY)]);
    expect(await notificationIds()).toEqual([]);
  });

  it('drops the old reminder when the renewed token never expires', async () => {
    await remindersItem.setValue([{ note: TOKEN.note, expiresAt: NOW + 2 * DAY_MS, remindAt: NOW + DAY_MS, notified: false }]);
    await rememberToken({ ...TOKEN, expiresAt: null });
    expect(await readReminders()).toEqual([]);
  });
});

describe('startReminders', () => {
  it('schedules a reminder when the guide records a generated token with its form details', async () => {
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    startReminders();
    await guideStateItem.setValue({ ...IDLE_GUIDE, active: true, generatedAt: NOW, reminder: { note: TOKEN.note, expiresAt: TOKEN.expiresAt } } as never);
    await vi.waitFor(async () => expect(await readReminders()).toHaveLength(1));
    expect((await readReminders())[0]?.note).toBe(TOKEN.note);
  });
});
