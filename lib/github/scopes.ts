import * as z from 'zod/mini';
import { i18n } from '#i18n';
import { isScopeName, type ScopeName } from './scope-names';

/**
 * GitHub's classic token scopes, in the order the form shows them (github-ui.md §6.4), and Enterprise
 * Server's `site_admin` (§18).
 * `explanation` is ours, for people who do not know the API, in the user's language
 * (locales/*.yml, `scopes`). The order matters: the form, the options page and the review callout
 * list scopes in this order so the user sees the same sequence everywhere.
 */

/** How much harm a leaked token with this scope could do, from least to most. */
export const RISKS = ['read', 'write', 'admin', 'destructive'] as const;
export type Risk = (typeof RISKS)[number];

export interface ScopeInfo {
  readonly name: ScopeName;
  /** The row this one is nested under on GitHub's form; ticking the parent implies it. */
  readonly parent: ScopeName | null;
  readonly explanation: string;
  readonly risk: Risk;
}

/** One table row: [name, parent, risk]. GitHub's own row texts are in scope-github-text.ts. */
type Row = readonly [ScopeName, ScopeName | null, Risk];

// prettier-ignore
const ROWS = [
  ['repo', null, 'admin'],
  ['repo:status', 'repo', 'write'],
  ['repo_deployment', 'repo', 'write'],
  ['public_repo', 'repo', 'write'],
  ['repo:invite', 'repo', 'write'],
  ['security_events', 'repo', 'write'],
  ['workflow', null, 'write'],
  ['write:packages', null, 'write'],
  ['read:packages', 'write:packages', 'read'],
  ['delete:packages', null, 'destructive'],
  ['admin:org', null, 'admin'],
  ['write:org', 'admin:org', 'write'],
  ['read:org', 'admin:org', 'read'],
  ['manage_runners:org', 'admin:org', 'admin'],
  ['admin:public_key', null, 'admin'],
  ['write:public_key', 'admin:public_key', 'write'],
  ['read:public_key', 'admin:public_key', 'read'],
  ['admin:repo_hook', null, 'admin'],
  ['write:repo_hook', 'admin:repo_hook', 'write'],
  ['read:repo_hook', 'admin:repo_hook', 'read'],
  ['admin:org_hook', null, 'admin'],
  ['gist', null, 'write'],
  ['notifications', null, 'write'],
  ['user', null, 'write'],
  ['read:user', 'user', 'read'],
  ['user:email', 'user', 'read'],
  ['user:follow', 'user', 'write'],
  ['delete_repo', null, 'destructive'],
  ['write:discussion', null, 'write'],
  ['read:discussion', 'write:discussion', 'read'],
  ['admin:enterprise', null, 'admin'],
  ['manage_runners:enterprise', 'admin:enterprise', 'admin'],
  ['manage_billing:enterprise', 'admin:enterprise', 'write'],
  ['read:enterprise', 'admin:enterprise', 'read'],
  ['scim:enterprise', 'admin:enterprise', 'admin'],
  ['audit_log', null, 'admin'],
  ['read:audit_log', 'audit_log', 'read'],
  ['codespace', null, 'admin'],
  ['codespace:secrets', 'codespace', 'write'],
  ['copilot', null, 'admin'],
  ['manage_billing:copilot', 'copilot', 'write'],
  ['write:network_configurations', null, 'write'],
  ['read:network_configurations', 'write:network_configurations', 'read'],
  ['project', null, 'admin'],
  ['read:project', 'project', 'read'],
  ['admin:gpg_key', null, 'admin'],
  ['write:gpg_key', 'admin:gpg_key', 'write'],
  ['read:gpg_key', 'admin:gpg_key', 'read'],
  ['admin:ssh_signing_key', null, 'admin'],
  ['write:ssh_signing_key', 'admin:ssh_signing_key', 'write'],
  ['read:ssh_signing_key', 'admin:ssh_signing_key', 'read'],
  // GitHub Enterprise Server's form only, last in its list (github-ui.md §18); github.com's form has no such box.
  ['site_admin', null, 'admin'],
] as const satisfies readonly Row[];

export type { ScopeName } from './scope-names';

/** A scope's message key: its name with ":" as "_", which message keys cannot hold. */
type ExplanationKey<N extends string> = N extends `${infer A}:${infer B}` ? ExplanationKey<`${A}_${B}`> : `scopes.${N}`;

function explain(name: ScopeName): string {
  return i18n.t(`scopes.${name.replaceAll(':', '_')}` as ExplanationKey<ScopeName>);
}

// The derived tables are marked pure: a script that needs only isScopeName (the guide's reducer) leaves them out.
export const SCOPES: readonly ScopeInfo[] = /* @__PURE__ */ ROWS.map(([name, parent, risk]) => ({
  name,
  parent,
  // Looked up when read, so only message keys travel in the content script.
  get explanation() {
    return explain(name);
  },
  risk,
}));

export const SCOPE_NAMES = /* @__PURE__ */ ROWS.map((row) => row[0]) as readonly ScopeName[];

const BY_NAME = /* @__PURE__ */ new Map<string, ScopeInfo>(/* @__PURE__ */ SCOPES.map((scope) => [scope.name, scope]));

export { isScopeName };

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
