import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { localeProblems } from '../setup/locale-check';
import { chromeMessages, localeNames, LOCALES_DIR } from '../setup/messages';

const read = (locale: string) => parseMessagesText(readFileSync(path.join(LOCALES_DIR, `${locale}.yml`), 'utf8'), 'YAML');
const yaml = (text: string) => parseMessagesText(text, 'YAML');

describe('message files', () => {
  it('ship English and at least one more language', () => {
    expect(localeNames()).toContain('en');
    expect(localeNames().length).toBeGreaterThan(1);
  });

  for (const locale of localeNames().filter((name) => name !== 'en')) {
    it(`${locale} has every English key, no other, with the same placeholders and plural forms`, () => {
      expect(localeProblems(read('en'), read(locale))).toEqual([]);
    });
  }

  it('keep the manifest texts within the stores’ limits', () => {
    for (const locale of localeNames()) {
      const messages = chromeMessages(locale);
      expect(messages.extension_name!.length, locale).toBeLessThanOrEqual(45);
      expect(messages.extension_description!.length, locale).toBeLessThanOrEqual(132);
    }
  });
});

describe('localeProblems', () => {
  const english = yaml("a: 'Step {number} of {total}'\nb: 'Close'\ndays:\n  1: '1 day'\n  n: '$1 days'\n");

  it('finds nothing when a translation matches', () => {
    const german = yaml("a: 'Schritt {number} von {total}'\nb: 'Schließen'\ndays:\n  1: '1 Tag'\n  n: '$1 Tage'\n");
    expect(localeProblems(english, german)).toEqual([]);
  });

  it('reports missing and extra keys', () => {
    const german = yaml("a: 'Schritt {number} von {total}'\nc: 'Weiter'\ndays:\n  1: '1 Tag'\n  n: '$1 Tage'\n");
    expect(localeProblems(english, german)).toEqual(['missing b', 'extra c']);
  });

  it('reports a renamed or dropped placeholder, a lost count and a lost plural form', () => {
    const german = yaml("a: 'Schritt {nummer} von {total}'\nb: 'Schließen'\ndays: 'Tage'\n");
    expect(localeProblems(english, german)).toEqual([
      'a: "simple {nummer} {total}" instead of "simple {number} {total}"',
      'days: "simple" instead of "plural forms 1/n $1"',
    ]);
  });

  it('reports an empty translation', () => {
    const german = yaml("a: 'Schritt {number} von {total}'\nb: ''\ndays:\n  1: '1 Tag'\n  n: '$1 Tage'\n");
    expect(localeProblems(english, german)).toEqual(['empty b']);
  });
});
