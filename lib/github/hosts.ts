import { GITHUB_ORIGIN } from './urls';

/**
 * Enterprise hosts (github-ui.md §18): GitHub Enterprise Server on a company's own host, and GHE.com
 * (`<subdomain>.ghe.com`). Pure: what a host is, spelled as an origin. Granting one is lib/hosts.ts.
 */

/** Why typed text is not a host PAT Pilot can add; the options page shows the matching message. */
export type HostProblem = 'empty' | 'not-https' | 'not-a-host' | 'github-com';

/**
 * What the user typed (`github.example.com`, `https://acme.ghe.com/settings`…) as an origin: https only,
 * no port, no user name; a path is dropped, as the permission is for the whole host.
 */
export function parseHostInput(text: string): { origin: string } | { problem: HostProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: 'not-a-host' };
  }
  if (url.protocol !== 'https:') return { problem: 'not-https' };
  if (url.port !== '' || url.username !== '' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(url.hostname)) return { problem: 'not-a-host' };
  if (url.origin === GITHUB_ORIGIN) return { problem: 'github-com' };
  return { origin: url.origin };
}

/** The origins of granted host patterns (`https://github.example.com/*`); github.com and wildcards are not hosts one adds. */
export function originsOfPatterns(patterns: readonly string[]): string[] {
  const origins = patterns.flatMap((pattern) => {
    const match = /^(https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/.exec(pattern);
    const origin = match?.[1];
    return origin && origin !== GITHUB_ORIGIN ? [origin] : [];
  });
  return [...new Set(origins)].sort();
}

/**
 * A tab the popup may offer to add, judged from its URL alone (without the host permission the popup
 * cannot look at the page): GHE.com's `<subdomain>.ghe.com` web hosts. Enterprise Server hosts have no
 * telling name; the user adds them by typing them in the options page.
 */
export function suggestedHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && /^[a-z0-9-]+\.ghe\.com$/.test(parsed.hostname) && parsed.port === '' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** How a host is named to the user: without the scheme. */
export function hostLabel(origin: string): string {
  return origin.replace(/^https:\/\//, '');
}
