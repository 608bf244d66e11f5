/**
 * The content script's size budget, gzip -9 bytes of its JS+CSS (kB = 1000 bytes).
 * GOAL is where the guide should be: under driver.js plus a little (driver.js alone is 8.5 kB gz).
 * CEILING is what `npm test` enforces today: just above the measured size, so the script cannot
 * grow unnoticed while it is still far from the goal. Lower it as the script shrinks; raise it
 * only for a deliberate feature, and say so in the commit.
 */
export const CONTENT_SCRIPT_BUDGET = {
  goalGzip: 12_000,
  ceilingGzip: 35_000,
} as const;

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
