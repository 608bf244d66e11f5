export const DEFAULT_TIMEOUT = 10_000;
const INTERVAL = 100;
/** A check that hangs (an evaluate caught in a navigation) counts as "not yet" after this long. */
const CHECK_LIMIT = 2_000;

function stall(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(resolve, ms, undefined));
}

/**
 * Asks `check` from the test side until it yields a value other than undefined. Errors count as
 * "not yet": a page that is navigating throws from evaluate until its next document is ready.
 * Waiting from the test side (not inside the page) survives navigations in both browsers alike.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { timeout = DEFAULT_TIMEOUT, what }: { timeout?: number; what: () => string },
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await Promise.race([check(), stall(CHECK_LIMIT)]);
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what()}${cause}`);
    }
    await stall(INTERVAL);
  }
}
