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
