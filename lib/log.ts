/**
 * Failures nobody can act on at the moment they happen: logged once, with the product's prefix,
 * so they are found in the console and never thrown into a page. Failures the user can act on
 * are shown as well, where they happened.
 */
export function logError(area: string, error: unknown): void {
  console.warn(`[PAT Pilot] ${area}:`, errorText(error));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
