import { checkHosts, DEFAULT_HOSTS, type HostFlavour } from './hosts';

/** What a test can vary; each value is a layout or behaviour GitHub has shipped (see the UI reference). */
export type HeaderGeneration = 'v1' | 'v2' | 'v2-lazy' | 'v3' | 'v4' | 'v5';
/** Primer's themes as the user's appearance settings pick them; auto follows the system (GitHub's default). */
export type Theme = 'auto' | 'light' | 'dark' | 'dark_dimmed';
export type MissingTarget = 'user-menu' | 'developer-settings' | 'tokens-classic' | 'generate-menu';

export interface ReplicaOptions {
  header: HeaderGeneration;
  expiration: 'action-menu' | 'select';
  /** same-url: GET /settings/tokens/new serves the sudo page until confirmed;
   *  redirect: 302 to /sessions/sudo?return_to=%2Fsettings%2Ftokens%2Fnew */
  sudo: 'none' | 'same-url' | 'redirect';
  navigation: 'soft' | 'full';
  patGroup: 'expanded' | 'collapsed';
  emailVerified: boolean;
  /** Token notes already listed on /settings/tokens. */
  existingNotes: string[];
  theme: Theme;
  /** Layouts lacking a target, for the guide's "can't find it" state. */
  missing: MissingTarget[];
  /**
   * The hosts served and the kind of GitHub each is (hosts.ts); merged over DEFAULT_HOSTS, so a test names only
   * the hosts it adds or changes. Every host has its own account state (tokens, sudo, SSO authorizations); other
   * hosts get a 404.
   */
  hosts: Record<string, HostFlavour>;
  /**
   * SAML single sign-on organizations the user has signed in through (UI reference §15); none: no "Configure SSO".
   * Applies to the hosts whose flavour has a per-organization SSO menu (not GHE.com, see hosts.ts).
   */
  sso: 'none' | 'one' | 'two';
  /** Names of fine-grained tokens already listed on /settings/personal-access-tokens (each with contents: read). */
  existingFineGrainedNames: string[];
  /** Organizations the user may pick as a fine-grained token's resource owner, after the user themself. */
  organizations: string[];
  /** The user's repositories, offered by "Only select repositories". */
  repositories: string[];
  /**
   * Template URL parameters the fine-grained form ignores (e.g. ['expires_in', 'contents']), as when GitHub broke
   * the prefill (UI reference §9.2): lets a test see the guide report the difference.
   */
  fineGrainedIgnoredParams: string[];
}

export interface ReplicaRequest {
  method: string;
  url: string;
  /** urlencoded form body */
  body?: string;
}

export interface ReplicaResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface CreatedToken {
  note: string;
  scopes: string[];
  expiration: string;
  token: string;
}

/** What a fine-grained token was created with, as GitHub received it (the form's fields). */
export interface CreatedFineGrainedToken {
  name: string;
  description: string;
  /** The resource owner's login. */
  targetName: string;
  /** A preset day count ("7", "30", "60", "90"), "none", or the custom date (YYYY-MM-DD). */
  expiration: string;
  installTarget: 'none' | 'all' | 'selected';
  /** Repository names, for installTarget "selected". */
  repositories: string[];
  /** Permission key → "read" | "write" | "admin", metadata included when any repository permission is. */
  permissions: Record<string, string>;
  token: string;
}

export interface RegeneratedFineGrainedToken extends CreatedFineGrainedToken {
  id: number;
  hostname: string;
}

/** A token made again on a regenerate form: its row's id is per host, so the host is named too. */
export interface RegeneratedToken extends CreatedToken {
  id: number;
  hostname: string;
}

/** Today's github.com for a user who confirmed access recently. */
export const DEFAULT_OPTIONS: ReplicaOptions = {
  header: 'v5',
  expiration: 'action-menu',
  sudo: 'none',
  navigation: 'soft',
  patGroup: 'expanded',
  emailVerified: true,
  existingNotes: [],
  theme: 'auto',
  missing: [],
  hosts: { ...DEFAULT_HOSTS },
  sso: 'none',
  existingFineGrainedNames: [],
  organizations: ['acme'],
  repositories: ['hello-world', 'octo-app', 'dotfiles'],
  fineGrainedIgnoredParams: [],
};

/** The organizations each `sso` option stands for. */
export const SSO_ORGS: Record<ReplicaOptions['sso'], readonly string[]> = { none: [], one: ['acme'], two: ['acme', 'globex'] };

export function resolveOptions(options: Partial<ReplicaOptions> = {}): ReplicaOptions {
  const hosts = { ...DEFAULT_HOSTS, ...options.hosts };
  checkHosts(hosts);
  return { ...DEFAULT_OPTIONS, ...options, hosts };
}

export const LOGIN = 'octocat';
export const USER_ID = 1;
export const ORIGIN = 'https://github.com';
