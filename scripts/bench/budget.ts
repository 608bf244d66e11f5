/**
 * Size budgets, gzip -9 bytes (kB = 1000 bytes), enforced by `npm run size:check` in both builds.
 * The stub is all the manifest injects into github.com (its settings pages), so every settings
 * page pays for it; a guide script runs only while a guide of its kind is active, JS plus any CSS it ships.
 */
export const SIZE_BUDGETS = {
  stub: { label: 'settings stub (manifest)', gzip: 1_500 },
  guide: { label: 'guide script (on demand), JS+CSS', gzip: 20_000 },
  fineGrainedGuide: { label: 'fine-grained guide script (on demand), JS+CSS', gzip: 20_000 },
  // Checked where the build has it: builds made before the offer became a script of its own have none.
  presetOffer: { label: 'preset offer script (on demand), JS+CSS', gzip: 20_000, onlyWhenBuilt: true },
} as const satisfies Record<string, { label: string; gzip: number; onlyWhenBuilt?: boolean }>;

export type BudgetedScript = keyof typeof SIZE_BUDGETS;

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
