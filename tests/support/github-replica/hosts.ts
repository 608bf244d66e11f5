/**
 * The hosts a replica answers and the kind of GitHub each one stands for (UI reference Part II §18). Token pages
 * sit at the same paths on every kind; what differs is listed in FLAVOURS. Everything else about enterprise hosts
 * is inferred [I]: their pages are github.com's, built from the host they are served on.
 */
export type HostFlavour =
  /** github.com itself. */
  | 'github.com'
  /** GitHub Enterprise Server signing in with its own passwords: sudo as the `sudo` option says. */
  | 'ghes'
  /** GitHub Enterprise Server signing in through SAML or CAS: no sudo prompt [D]. */
  | 'ghes-sso'
  /** GHE.com (data residency), `<subdomain>.ghe.com`: managed users, so no sudo prompt and no per-organization SSO [D]. */
  | 'ghe.com';

interface Traits {
  /** GitHub Enterprise Server's extra classic scope [D]. */
  siteAdminScope: boolean;
  /** Whether confirming access can be asked for at all. */
  sudoPrompt: boolean;
  /** A managed user's login ends in its enterprise's short code [D: `handle_shortcode`]. */
  managedUser: boolean;
  /**
   * Whether token rows can carry the per-organization "Configure SSO" menu (with the `sso` option). GHE.com has
   * none [D]; on Enterprise Server it is documented for github.com/GHEC only, kept there as GitHub may show it [I].
   */
  orgSsoMenu: boolean;
}

const FLAVOURS: Record<HostFlavour, Traits> = {
  'github.com': { siteAdminScope: false, sudoPrompt: true, managedUser: false, orgSsoMenu: true },
  ghes: { siteAdminScope: true, sudoPrompt: true, managedUser: false, orgSsoMenu: true },
  'ghes-sso': { siteAdminScope: true, sudoPrompt: false, managedUser: false, orgSsoMenu: true },
  'ghe.com': { siteAdminScope: false, sudoPrompt: false, managedUser: true, orgSsoMenu: false },
};

export const HOST_FLAVOURS = Object.keys(FLAVOURS) as HostFlavour[];

/** github.com, an Enterprise Server instance on SAML and a GHE.com subdomain, served by every replica. */
export const DEFAULT_HOSTS: Readonly<Record<string, HostFlavour>> = {
  'github.com': 'github.com',
  'github.example.com': 'ghes-sso',
  'acme.ghe.com': 'ghe.com',
};

/** One host as its pages see it. */
export interface Site extends Traits {
  hostname: string;
  flavour: HostFlavour;
  /** `https://<hostname>`: every absolute link, form action and redirect of the host's pages starts here. */
  origin: string;
  /** The signed-in user. */
  login: string;
  /** The header's gist links: gist.github.com, or the instance's own /gist [I: subdomain isolation off]. */
  gistUrl: string;
}

export function siteFor(hostname: string, flavour: HostFlavour, login: string): Site {
  const traits = FLAVOURS[flavour];
  const origin = `https://${hostname}`;
  // [I] the enterprise's short code is taken to be its subdomain.
  const shortCode = hostname.split('.')[0];
  return {
    ...traits,
    hostname,
    flavour,
    origin,
    login: traits.managedUser ? `${login}_${shortCode}` : login,
    gistUrl: flavour === 'github.com' ? 'https://gist.github.com' : `${origin}/gist`,
  };
}

/** Host names as URL.hostname spells them; anything else is a mistake in a test's options. */
export function checkHosts(hosts: Record<string, string>): void {
  for (const [hostname, flavour] of Object.entries(hosts)) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(hostname)) throw new Error(`replica: "${hostname}" is not a host name (lower case, no scheme or port)`);
    if (!(flavour in FLAVOURS)) throw new Error(`replica: host ${hostname} has no flavour "${flavour}" (one of ${HOST_FLAVOURS.join(', ')})`);
  }
}
