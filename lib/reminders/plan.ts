import * as z from 'zod/mini';
import { optionalTokenIdSchema, originSchema, storedNoteSchema } from '../guide/schema';
import { GITHUB_ORIGIN } from '../github/urls';
import { DEFAULT_TOKEN_KIND, TOKEN_KINDS, type TokenKind } from '../token-kinds';

/**
 * An expiry reminder remembers a token by its note and dates only, never by its value.
 * Everything here is pure so dates can be tested without a clock.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export const reminderSchema = z.object({
  note: storedNoteSchema,
  /** When GitHub will stop accepting the token (epoch ms). */
  expiresAt: z.number(),
  /** When to show the notification (epoch ms). */
  remindAt: z.number(),
  /** The notification has been shown, so it is not shown again after a restart. */
  notified: z.boolean(),
  /** GitHub's id of the token, when its row showed it: renewing then opens its regenerate form. Older entries lack it. */
  tokenId: optionalTokenIdSchema,
  /** The enterprise host that made the token; left out for github.com (and in reminders stored before hosts). */
  origin: z.optional(originSchema),
  /**
   * Which kind of token, so renewing opens its pages; left out for a classic token (and in reminders stored before
   * fine-grained tokens). An unknown kind reads as classic.
   */
  tokenKind: z.catch(z.optional(z.enum(TOKEN_KINDS)), DEFAULT_TOKEN_KIND),
});

export type Reminder = z.infer<typeof reminderSchema>;

/**
 * The reminder for a token created at `now`, or undefined when there is nothing to remind of
 * (no expiration, or already expired). When the token lives shorter than the lead time, the
 * reminder falls halfway through its life: a notification right after creating the token would
 * teach nothing, and halfway still leaves time to regenerate it.
 */
export function planReminder(
  note: string,
  expiresAt: number | null,
  daysBefore: number,
  now: number,
  { tokenId, origin = GITHUB_ORIGIN, tokenKind = DEFAULT_TOKEN_KIND }: { tokenId?: string; origin?: string; tokenKind?: TokenKind } = {},
): Reminder | undefined {
  if (expiresAt === null || expiresAt <= now) return undefined;
  const early = expiresAt - daysBefore * DAY_MS;
  const remindAt = early > now ? early : now + Math.round((expiresAt - now) / 2);
  return {
    note, expiresAt, remindAt, notified: false,
    ...(tokenId && { tokenId }),
    ...(origin !== GITHUB_ORIGIN && { origin }),
    ...(tokenKind !== DEFAULT_TOKEN_KIND && { tokenKind }),
  };
}

/** Where the token's list is: its host's, github.com's for a reminder without one. */
export function reminderOrigin(reminder: Pick<Reminder, 'origin'> | undefined): string {
  return reminder?.origin ?? GITHUB_ORIGIN;
}

/** The reminder's kind of token: classic for a reminder without one. */
export function reminderTokenKind(reminder: Pick<Reminder, 'tokenKind'> | undefined): TokenKind {
  return reminder?.tokenKind ?? DEFAULT_TOKEN_KIND;
}

/** Notes are unique per GitHub account, so note and expiry identify one token. */
export function reminderKey(reminder: Pick<Reminder, 'note' | 'expiresAt'>): string {
  return `${reminder.expiresAt}:${reminder.note}`;
}

export function isExpired(reminder: Reminder, now: number): boolean {
  return reminder.expiresAt <= now;
}

export function isDue(reminder: Reminder, now: number): boolean {
  return !reminder.notified && reminder.remindAt <= now && !isExpired(reminder, now);
}

/** Adds a reminder, replacing the one for the same token so scheduling twice is harmless. */
export function withReminder(list: readonly Reminder[], reminder: Reminder): Reminder[] {
  return [...list.filter((item) => !replacedBy(item, reminder)), reminder];
}

/**
 * Whether `next` stands for the token `item` reminds of: the same one, or one made in its place. A regenerated
 * token keeps its row's id and its note, and notes are unique per account and kind, so either names the token on
 * its own host; another host's token of the same note is another token, and so is a token of the other kind
 * (classic and fine-grained tokens have names and ids of their own).
 */
export function replacedBy(item: Reminder, next: Pick<Reminder, 'note' | 'tokenId' | 'origin' | 'tokenKind'>): boolean {
  if (reminderOrigin(item) !== reminderOrigin(next) || reminderTokenKind(item) !== reminderTokenKind(next)) return false;
  return item.note === next.note || (!!item.tokenId && item.tokenId === next.tokenId);
}

export function markNotified(list: readonly Reminder[], key: string): Reminder[] {
  return list.map((item) => (reminderKey(item) === key ? { ...item, notified: true } : item));
}
