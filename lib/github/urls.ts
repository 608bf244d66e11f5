/** Pure URL predicates and destinations. Each predicate sits next to example URLs it accepts. */

export const GITHUB_ORIGIN = 'https://github.com';
/** The match pattern of every github.com page, for tab queries and the guide script's registration. */
export const GITHUB_MATCH = 'https://github.com/*';

export const DESTINATIONS = {
  emails: `${GITHUB_ORIGIN}/settings/emails`,
  profile: `${GITHUB_ORIGIN}/settings/profile`,
  apps: `${GITHUB_ORIGIN}/settings/apps`,
  tokens: `${GITHUB_ORIGIN}/settings/tokens`,
  newToken: `${GITHUB_ORIGIN}/settings/tokens/new`,
} as const;

/** A classic token's regenerate form, where GitHub's own expiry e-mail sends the user (github-ui.md §16). */
export function regenerateUrl(tokenId: string): string {
  return `${DESTINATIONS.tokens}/${encodeURIComponent(tokenId)}/regenerate`;
}

export function isGitHubUrl(url: string): boolean {
  try {
    return new URL(url).origin === GITHUB_ORIGIN;
  } catch {
    return false;
  }
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

export function isEmailsPath(path: string): boolean {
  return /^\/settings\/emails\/?$/.test(path);
}
export const emailsExamples = ['/settings/emails'];

export function isSudoPath(path: string): boolean {
  return /^\/sessions\/sudo\/?$/.test(path);
}
export const sudoExamples = ['/sessions/sudo'];
