import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The replica's HTML lives in tests/fixtures/github as plain files so it can be read and diffed
 * against the UI reference. Two tiny template forms only: `{{slot}}` and
 * `<!-- if:flag -->…<!-- end:flag -->`; unknown names throw so a typo never renders silently.
 */
// A path, not a URL object: DOM test environments replace the global URL with one Node's fs rejects.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');
const cache = new Map<string, string>();

export function readFixture(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(FIXTURES, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

export type Slots = Record<string, string>;
export type Flags = Record<string, boolean>;

export function fill(template: string, slots: Slots = {}, flags: Flags = {}): string {
  const kept = template.replace(/<!-- if:([\w-]+) -->([\s\S]*?)<!-- end:\1 -->\n?/g, (_all, flag: string, inner: string) => {
    if (!(flag in flags)) throw new Error(`replica template: no flag "${flag}"`);
    return flags[flag] ? inner : '';
  });
  return kept.replace(/\{\{(\w+)\}\}/g, (_all, slot: string) => {
    if (!(slot in slots)) throw new Error(`replica template: no slot "${slot}"`);
    return slots[slot]!;
  });
}

export function renderFixture(name: string, slots?: Slots, flags?: Flags): string {
  return fill(readFixture(name), slots, flags);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
