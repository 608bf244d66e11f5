/** Pure URL predicates and destinations. Each predicate sits next to example URLs it accepts. */

export const GITHUB_ORIGIN = 'https://github.com';
/** The match pattern of every github.com page, for tab queries and the guide script's registration. */
export const GITHUB_MATCH = 'https://github.com/*';

/** The pages the product links to, at the same paths on github.com and on every enterprise host (github-ui.md §18). */
export const PATHS = {
  home: '/',
  emails: '/settings/emails',
  profile: '/settings/profile',
  apps: '/settings/apps',
  tokens: '/settings/tokens',
  newToken: '/settings/tokens/new',
  /** The fine-grained token list (github-ui.md §17). */
  fineGrainedTokens: '/settings/personal-access-tokens',
} as const;
export type Destination = keyof typeof PATHS;

/** A page on the host a guide runs on: `origin` is `https://<host>`, as URL.origin spells it. */
export function destinationOn(origin: string, page: Destination): string {
  return `${origin}${PATHS[page]}`;
}

/** The match pattern of every page of one origin, for tab queries and script registrations. */
export function originMatch(origin: string): string {
  return `${origin}/*`;
}

/** github.com's pages; enterprise hosts build theirs with destinationOn. */
export const DESTINATIONS = {
  emails: destinationOn(GITHUB_ORIGIN, 'emails'),
  profile: destinationOn(GITHUB_ORIGIN, 'profile'),
  apps: destinationOn(GITHUB_ORIGIN, 'apps'),
  tokens: destinationOn(GITHUB_ORIGIN, 'tokens'),
  newToken: destinationOn(GITHUB_ORIGIN, 'newToken'),
} as const;

/** A classic token's regenerate form on the guide's host, where GitHub's own expiry e-mail sends the user (github-ui.md §16). */
export function regenerateUrl(origin: string, tokenId: string): string {
  return `${destinationOn(origin, 'tokens')}/${encodeURIComponent(tokenId)}/regenerate`;
}

/** The URL's origin, or undefined for anything that is not a URL. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** A page on github.com, or on one of `hosts` (the enterprise origins the user granted). */
export function isGitHubUrl(url: string, hosts: readonly string[] = []): boolean {
  const origin = originOf(url);
  return origin === GITHUB_ORIGIN || (origin !== undefined && hosts.includes(origin));
}

/** /settings/profile, /settings/emails, /settings/keys … (not the developer area). */
export function isSettingsPath(path: string): boolean {
  return /^\/settings(\/|$)/.test(path);
}
export const settingsExamples = ['/settings/profile', '/settings/emails', '/settings', '/settings/keys'];

/** Developer settings: GitHub Apps, OAuth Apps, fine-grained tokens. */
export function isDeveloperSettingsPath(path: string): boolean {
  return /^\/settings\/(apps|developers|personal-access-tokens)(\/|$)/.test(path);
}
export const developerSettingsExamples = ['/settings/apps', '/settings/developers', '/settings/personal-access-tokens', '/settings/personal-access-tokens/new'];

/** The classic token list (also where the form re-renders after a failed POST). */
export function isTokenListPath(path: string): boolean {
  return /^\/settings\/tokens\/?$/.test(path);
}
export const tokenListExamples = ['/settings/tokens', '/settings/tokens/'];

export function isNewTokenPath(path: string): boolean {
  return /^\/settings\/tokens\/new\/?$/.test(path);
}
export const newTokenExamples = ['/settings/tokens/new', '/settings/tokens/new/'];

/** Whether a new-token URL came with its own `scopes`: another app's prefill link rather than a plain visit. */
export function asksForScopes(search: string): boolean {
  return new URLSearchParams(search).has('scopes');
}

export function isEmailsPath(path: string): boolean {
  return /^\/settings\/emails\/?$/.test(path);
}
export const emailsExamples = ['/settings/emails'];

export function isSudoPath(path: string): boolean {
  return /^\/sessions\/sudo\/?$/.test(path);
}
export const sudoExamples = ['/sessions/sudo'];

/** The fine-grained token list on the guide's host, or one token's own page there (github-ui.md §17). */
export function fineGrainedTokensUrl(origin: string, tokenId?: string): string {
  return `${destinationOn(origin, 'fineGrainedTokens')}${tokenId ? `/${encodeURIComponent(tokenId)}` : ''}`;
}

/** A fine-grained token's regenerate form on the guide's host. */
export function fineGrainedRegenerateUrl(origin: string, tokenId: string): string {
  return `${fineGrainedTokensUrl(origin, tokenId)}/regenerate`;
}

/** The id in a fine-grained token's page or regenerate form path; `new` is the form for a new token, not an id. */
export function fineGrainedTokenIdFromPath(path: string): string | undefined {
  return /^\/settings\/personal-access-tokens\/(\d{1,20})(\/regenerate)?\/?$/.exec(path)?.[1];
}
export const fineGrainedTokenPathExamples = ['/settings/personal-access-tokens/2001', '/settings/personal-access-tokens/2001/regenerate'];
