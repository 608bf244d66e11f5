import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../setup/messages';

/** The German texts address the user formally ("Sie") throughout: one informal callout among them reads as a slip. */
const INFORMAL = /\b(du|dir|dich|dein|deine|deinem|deinen|deiner|deines|Klicke|Wähle|Öffne|Füge|Prüfe|Nutze|Lösche|Kopiere|Speichere)\b/i;

describe('German texts', () => {
  it('never address the user informally', () => {
    const lines = readFileSync(path.join(LOCALES_DIR, 'de.yml'), 'utf8').split('\n');
    const informal = lines.map((line, index) => `${index + 1}: ${line.trim()}`).filter((line) => INFORMAL.test(line.replace(/^\d+: [\w.]+:/, '')));
    expect(informal).toEqual([]);
  });
});
