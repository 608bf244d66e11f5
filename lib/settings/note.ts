import * as z from 'zod/mini';
import { i18n } from '#i18n';
import { localDate, localTime } from './local-time';

/**
 * The token note is rendered from a template so that every token gets a unique, readable
 * note: GitHub refuses a note that is already taken ("Note has already been taken").
 */
export const DEFAULT_NOTE_TEMPLATE = 'PAT Pilot {date} {time}';
export const NOTE_PLACEHOLDERS = ['date', 'time', 'browser'] as const;

/**
 * GitHub publishes no limit for the note. 100 characters is far below the 255 a typical
 * database column allows and keeps the note readable in the token list, which shortens it.
 */
export const NOTE_MAX_LENGTH = 100;

// C0/C1 controls, line and paragraph separators, and bidirectional overrides: none is visible,
// and the last ones can make a note in the token list read differently from what it is.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** Messages name the placeholders as typed; they are the same in every language. */
const PLACEHOLDER_NAMES = { date: '{date}', time: '{time}', browser: '{browser}' };

/** Validation renders with the longest name among supported browsers, so a template valid here fits everywhere. */
const SAMPLE_NOW = new Date(2026, 11, 31, 23, 59, 59);
const SAMPLE_BROWSER = 'Firefox';

export function renderNote(template: string, now: Date, browserName: string): string {
  return fillPlaceholders(template, now, browserName).trim();
}

function fillPlaceholders(template: string, now: Date, browserName: string): string {
  const values: Record<string, string> = { date: localDate(now), time: localTime(now), browser: browserName };
  return template.replace(PLACEHOLDER, (match, name: string) => values[name] ?? match);
}

/** What is wrong with a note GitHub would receive, as messages for the user. */
export function noteProblems(note: string): string[] {
  const problems: string[] = [];
  if (note.trim() === '') problems.push(i18n.t('settings.noteEmpty'));
  if (note.length > NOTE_MAX_LENGTH) problems.push(i18n.t('settings.noteTooLong', { length: note.length, max: NOTE_MAX_LENGTH }));
  if (INVISIBLE.test(note)) problems.push(i18n.t('settings.noteInvisible'));
  return problems;
}

export function templateProblems(template: string): string[] {
  const unknown = [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .filter((name) => !NOTE_PLACEHOLDERS.includes(name as never));
  const problems = unknown.map((name) => i18n.t('settings.unknownPlaceholder', { unknown: `{${name}}`, ...PLACEHOLDER_NAMES }));
  // Untrimmed, so a stray line break at either end is reported rather than stored.
  return [...problems, ...noteProblems(fillPlaceholders(template, SAMPLE_NOW, SAMPLE_BROWSER))];
}

/** Advice that does not block saving. */
export function templateWarnings(template: string): string[] {
  const unique = template.includes('{date}') && template.includes('{time}');
  return unique ? [] : [i18n.t('settings.notUnique', PLACEHOLDER_NAMES)];
}

export const noteTemplateSchema = z.string({ error: () => i18n.t('settings.enterTemplate') }).check(
  z.superRefine((template, ctx) => {
    for (const message of templateProblems(template)) ctx.issues.push({ code: 'custom', message, input: template });
  }),
);

/** How the user's browser is named in notes. */
export function browserDisplayName(browser: string): string {
  const known: Record<string, string> = { chrome: 'Chrome', firefox: 'Firefox', edge: 'Edge', safari: 'Safari' };
  return known[browser] ?? browser.charAt(0).toUpperCase() + browser.slice(1);
}
