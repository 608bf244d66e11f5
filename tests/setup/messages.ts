import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/** The message files as the extension ships them, read the way the build reads them. */
export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/** Locales with a message file, e.g. `['de', 'en']`. */
export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((file) => file.endsWith('.yml'))
    .map((file) => path.basename(file, '.yml'))
    .sort();
}

/** A locale's `_locales/<locale>/messages.json` content: message name → text. */
export function chromeMessages(locale: string): Record<string, string> {
  const text = readFileSync(path.join(LOCALES_DIR, `${locale}.yml`), 'utf8');
  const messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
  return Object.fromEntries(Object.entries(messages).map(([name, { message }]) => [name.toLowerCase(), message]));
}

/**
 * `browser.i18n.getMessage` over one locale: names ignore case and `$1`…`$9` take the
 * substitutions, as in the browser; an unknown name gives '' as it does there.
 */
export function messageReader(locale: string): (name: string, substitutions?: string | (string | number)[]) => string {
  const messages = chromeMessages(locale);
  return (name, substitutions = []) => {
    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const message = messages[name.toLowerCase()] ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_, slot: string) => (slot === '$' ? '$' : String(values[Number(slot) - 1] ?? '')));
  };
}

const english = messageReader('en');

/** The English text of a message key as the code writes it (`steps.fillNote.title`). */
export function englishText(key: string): string {
  return english(key.replaceAll('.', '_'));
}
