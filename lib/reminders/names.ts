/**
 * Alarm and notification ids carry the reminder's key, so a firing alarm or a clicked
 * notification finds its reminder without any other bookkeeping.
 */
const REMIND = 'pat-pilot-remind:';
const EXPIRE = 'pat-pilot-expire:';

export type AlarmKind = 'remind' | 'expire';

export function alarmName(kind: AlarmKind, key: string): string {
  return (kind === 'remind' ? REMIND : EXPIRE) + key;
}

export function parseAlarmName(name: string): { kind: AlarmKind; key: string } | undefined {
  if (name.startsWith(REMIND)) return { kind: 'remind', key: name.slice(REMIND.length) };
  if (name.startsWith(EXPIRE)) return { kind: 'expire', key: name.slice(EXPIRE.length) };
  return undefined;
}

/** The notification for a reminder reuses the remind alarm's name. */
export function notificationId(key: string): string {
  return alarmName('remind', key);
}

export function keyOfNotification(id: string): string | undefined {
  const parsed = parseAlarmName(id);
  return parsed?.kind === 'remind' ? parsed.key : undefined;
}
