import { splitScopes, type ScopeName } from './scopes';
import { destinationOn, GITHUB_ORIGIN, PATHS } from './urls';

/**
 * The classic token form accepts `description`, `scopes` and `default_expires_at` in its URL
 * (github-ui.md §9.1). GitHub does not document this, so the content script checks on arrival
 * that the form really shows what the URL asked for.
 *
 * `default_expires_at` takes the values of the form's own expiration options. "Custom" needs a
 * date and no URL parameter for it is known, so a custom number of days is not expressed in
 * the URL at all: GitHub then shows its default (30 days) and the content script picks Custom
 * and fills the date, the same way it fixes any other difference.
 */
export const PREFILL_EXPIRATIONS = ['7', '30', '60', '90', 'none'] as const;
export type PrefillExpiration = (typeof PREFILL_EXPIRATIONS)[number];

export interface PrefillRequest {
  /** The final note text; templates are rendered before this point. */
  readonly note: string;
  readonly scopes: readonly ScopeName[];
  /** Left out of the URL when undefined (see above). */
  readonly expiration?: PrefillExpiration;
}

export interface ParsedPrefill {
  readonly note: string | undefined;
  readonly scopes: ScopeName[];
  /** Names in the URL that are not classic scopes; GitHub presumably ignores them. */
  readonly unknownScopes: string[];
  readonly expiration: PrefillExpiration | undefined;
}

/** The form at the same path on every host (github-ui.md §18); `origin` is the host the guide runs on. */
export function buildPrefillUrl({ note, scopes, expiration }: PrefillRequest, origin = GITHUB_ORIGIN): string {
  // Scope names are [a-z_:] only; leaving commas and colons readable matches the URLs
  // other tools have used for years, which is the only evidence this form accepts.
  const params = [`description=${encodeURIComponent(note)}`, `scopes=${scopes.join(',')}`];
  if (expiration !== undefined) params.push(`default_expires_at=${expiration}`);
  return `${destinationOn(origin, 'newToken')}?${params.join('&')}`;
}

/** The inverse of `buildPrefillUrl`; undefined for anything but the classic new-token page of `origin`. */
export function parsePrefillUrl(url: string, origin = GITHUB_ORIGIN): ParsedPrefill | undefined {
  const parsed = safeUrl(url);
  if (parsed?.origin !== origin || parsed.pathname !== PATHS.newToken) return undefined;
  const params = parsed.searchParams;
  const names = (params.get('scopes') ?? '').split(',').filter((name) => name !== '');
  const { valid, unknown } = splitScopes(names);
  return {
    note: params.get('description') ?? undefined,
    scopes: valid,
    unknownScopes: unknown,
    expiration: toPrefillExpiration(params.get('default_expires_at')),
  };
}

export function isPrefillExpiration(value: unknown): value is PrefillExpiration {
  return PREFILL_EXPIRATIONS.includes(value as PrefillExpiration);
}

function toPrefillExpiration(value: string | null): PrefillExpiration | undefined {
  return isPrefillExpiration(value) ? value : undefined;
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
