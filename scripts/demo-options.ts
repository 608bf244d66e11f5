import { parseArgs } from 'node:util';
import type { ReplicaOptions } from '../tests/e2e/support/replica';

/** The replica's layouts a demo can show; each is one GitHub has shipped (see the replica's README). */
const CHOICES = {
  header: ['v1', 'v2', 'v2-lazy', 'v3', 'v4', 'v5'],
  expiration: ['action-menu', 'select'],
  sudo: ['none', 'same-url', 'redirect'],
  navigation: ['soft', 'full'],
  theme: ['auto', 'light', 'dark', 'dark_dimmed'],
} as const satisfies Partial<Record<keyof ReplicaOptions, readonly string[]>>;

type Choice = keyof typeof CHOICES;

export const USAGE = `usage: npm run demo [-- ${Object.entries(CHOICES)
  .map(([name, values]) => `--${name} ${values.join('|')}`)
  .join(' ')}]`;

/** `--sudo redirect` and the like; anything else is refused with the usage line. */
export function parseDemoOptions(args: string[]): Partial<ReplicaOptions> {
  const options = Object.fromEntries(Object.keys(CHOICES).map((name) => [name, { type: 'string' as const }]));
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  const chosen: Partial<Record<Choice, string>> = {};
  for (const [name, value] of Object.entries(values) as Array<[Choice, string]>) {
    const allowed: readonly string[] = CHOICES[name];
    if (!allowed.includes(value)) throw new Error(`--${name} must be one of ${allowed.join(', ')}`);
    chosen[name] = value;
  }
  return chosen as Partial<ReplicaOptions>;
}
