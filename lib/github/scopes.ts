import * as z from 'zod/mini';
import { i18n } from '#i18n';

/**
 * GitHub's classic token scopes, in the order the form shows them (github-ui.md §6.4).
 * `description` is GitHub's own row text, English as on its form; `explanation` is ours, for
 * people who do not know the API, in the user's language (locales/*.yml, `scopes`). The order matters: the form, the options page and the review callout
 * list scopes in this order so the user sees the same sequence everywhere.
 */

/** How much harm a leaked token with this scope could do, from least to most. */
export const RISKS = ['read', 'write', 'admin', 'destructive'] as const;
export type Risk = (typeof RISKS)[number];

export interface ScopeInfo {
  readonly name: ScopeName;
  /** The row this one is nested under on GitHub's form; ticking the parent implies it. */
  readonly parent: ScopeName | null;
  readonly description: string;
  readonly explanation: string;
  readonly risk: Risk;
}

/** One table row: [name, parent, GitHub's description, risk]. */
type Row = readonly [string, string | null, string, Risk];

// prettier-ignore
const ROWS = [
  ['repo', null, 'Full control of private repositories', 'admin'],
  ['repo:status', 'repo', 'Access commit status', 'write'],
  ['repo_deployment', 'repo', 'Access deployment status', 'write'],
  ['public_repo', 'repo', 'Access public repositories', 'write'],
  ['repo:invite', 'repo', 'Access repository invitations', 'write'],
  ['security_events', 'repo', 'Read and write security events', 'write'],
  ['workflow', null, 'Update GitHub Action workflows', 'write'],
  ['write:packages', null, 'Upload packages to GitHub Package Registry', 'write'],
  ['read:packages', 'write:packages', 'Download packages from GitHub Package Registry', 'read'],
  ['delete:packages', null, 'Delete packages from GitHub Package Registry', 'destructive'],
  ['admin:org', null, 'Full control of orgs and teams, read and write org projects', 'admin'],
  ['write:org', 'admin:org', 'Read and write org and team membership, read and write org projects', 'write'],
  ['read:org', 'admin:org', 'Read org and team membership, read org projects', 'read'],
  ['manage_runners:org', 'admin:org', 'Manage org runners and runner groups', 'admin'],
  ['admin:public_key', null, 'Full control of user public keys', 'admin'],
  ['write:public_key', 'admin:public_key', 'Write user public keys', 'write'],
  ['read:public_key', 'admin:public_key', 'Read user public keys', 'read'],
  ['admin:repo_hook', null, 'Full control of repository hooks', 'admin'],
  ['write:repo_hook', 'admin:repo_hook', 'Write repository hooks', 'write'],
  ['read:repo_hook', 'admin:repo_hook', 'Read repository hooks', 'read'],
  ['admin:org_hook', null, 'Full control of organization hooks', 'admin'],
  ['gist', null, 'Create gists', 'write'],
  ['notifications', null, 'Access notifications', 'write'],
  ['user', null, 'Update ALL user data', 'write'],
  ['read:user', 'user', 'Read ALL user profile data', 'read'],
  ['user:email', 'user', 'Access user email addresses (read-only)', 'read'],
  ['user:follow', 'user', 'Follow and unfollow users', 'write'],
  ['delete_repo', null, 'Delete repositories', 'destructive'],
  ['write:discussion', null, 'Read and write team discussions', 'write'],
  ['read:discussion', 'write:discussion', 'Read team discussions', 'read'],
  ['admin:enterprise', null, 'Full control of enterprises', 'admin'],
  ['manage_runners:enterprise', 'admin:enterprise', 'Manage enterprise runners and runner groups', 'admin'],
  ['manage_billing:enterprise', 'admin:enterprise', 'Read and write enterprise billing data', 'write'],
  ['read:enterprise', 'admin:enterprise', 'Read enterprise profile data', 'read'],
  ['scim:enterprise', 'admin:enterprise', 'Provisioning of users and groups via SCIM', 'admin'],
  ['audit_log', null, 'Full control of audit log', 'admin'],
  ['read:audit_log', 'audit_log', 'Read access of audit log', 'read'],
  ['codespace', null, 'Full control of codespaces', 'admin'],
  ['codespace:secrets', 'codespace', 'Ability to create, read, update, and delete codespace secrets', 'write'],
  ['copilot', null, 'Full control of GitHub Copilot settings and seat assignments', 'admin'],
  ['manage_billing:copilot', 'copilot', 'View and edit Copilot Business seat assignments', 'write'],
  ['write:network_configurations', null, 'Write org hosted compute network configurations', 'write'],
  ['read:network_configurations', 'write:network_configurations', 'Read org hosted compute network configurations', 'read'],
  ['project', null, 'Full control of projects', 'admin'],
  ['read:project', 'project', 'Read access of projects', 'read'],
  ['admin:gpg_key', null, 'Full control of public user GPG keys', 'admin'],
  ['write:gpg_key', 'admin:gpg_key', 'Write public user GPG keys', 'write'],
  ['read:gpg_key', 'admin:gpg_key', 'Read public user GPG keys', 'read'],
  ['admin:ssh_signing_key', null, 'Full control of public user SSH signing keys', 'admin'],
  ['write:ssh_signing_key', 'admin:ssh_signing_key', 'Write public user SSH signing keys', 'write'],
  ['read:ssh_signing_key', 'admin:ssh_signing_key', 'Read public user SSH signing keys', 'read'],
] as const satisfies readonly Row[];

export type ScopeName = (typeof ROWS)[number][0];

/** A scope's message key: its name with ":" as "_", which message keys cannot hold. */
type ExplanationKey<N extends string> = N extends `${infer A}:${infer B}` ? ExplanationKey<`${A}_${B}`> : `scopes.${N}`;

function explain(name: ScopeName): string {
  return i18n.t(`scopes.${name.replaceAll(':', '_')}` as ExplanationKey<ScopeName>);
}

export const SCOPES: readonly ScopeInfo[] = ROWS.map(([name, parent, description, risk]) => ({
  name,
  parent,
  description,
  // Looked up when read, so only message keys travel in the content script.
  get explanation() {
    return explain(name);
  },
  risk,
}));

export const SCOPE_NAMES = ROWS.map((row) => row[0]) as readonly ScopeName[];

const BY_NAME = new Map<string, ScopeInfo>(SCOPES.map((scope) => [scope.name, scope]));

export function isScopeName(value: unknown): value is ScopeName {
  return typeof value === 'string' && BY_NAME.has(value);
}

export function findScope(name: string): ScopeInfo | undefined {
  return BY_NAME.get(name);
}

export function childrenOf(name: string): ScopeInfo[] {
  return SCOPES.filter((scope) => scope.parent === name);
}

export function topLevelScopes(): ScopeInfo[] {
  return SCOPES.filter((scope) => scope.parent === null);
}

/** Removes duplicates and puts names in GitHub's on-screen order. */
export function inCatalogueOrder(names: readonly ScopeName[]): ScopeName[] {
  const wanted = new Set(names);
  return SCOPE_NAMES.filter((name) => wanted.has(name));
}

/**
 * For data this version did not write (older versions, hand-edited or synced storage, URLs):
 * keep what GitHub offers and report the rest instead of failing on it.
 */
export function splitScopes(values: unknown): { valid: ScopeName[]; unknown: string[] } {
  const list = Array.isArray(values) ? values : [];
  const unknown = list.filter((value) => !isScopeName(value)).map((value) => describeValue(value));
  return { valid: inCatalogueOrder(list.filter(isScopeName)), unknown };
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

export function unknownScopesMessage(unknown: readonly string[]): string {
  const names = unknown.map((name) => `"${name}"`).join(', ');
  return i18n.t('settings.unknownScopes', unknown.length, { names });
}

/** One scope name; the message names the offending value, e.g. `Unknown scope "repo:write"`. */
export const scopeNameSchema = z.custom<ScopeName>(isScopeName, {
  error: (issue) => unknownScopesMessage([describeValue(issue.input)]),
});

/** A scope list as stored or sent: every entry must be a scope GitHub's form offers. */
export const scopeListSchema = z.array(scopeNameSchema);
