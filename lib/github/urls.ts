/** Pure URL predicates and destinations. Each predicate sits next to example URLs it accepts. */

export const GITHUB_ORIGIN = 'https://github.com';

export const DESTINATIONS = {
  emails: `${GITHUB_ORIGIN}/settings/emails`,
  profile: `${GITHUB_ORIGIN}/settings/profile`,
  apps: `${GITHUB_ORIGIN}/settings/apps`,
  tokens: `${GITHUB_ORIGIN}/settings/tokens`,
  newToken: `${GITHUB_ORIGIN}/settings/tokens/new`,
} as const;

export function isGitHubUrl(url: string): boolean {
  try {
    return new URL(url).origin === GITHUB_ORIGIN;
  } catch {
    return false;
  }
}
