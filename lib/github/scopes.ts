import * as z from 'zod/mini';

/**
 * GitHub's classic token scopes, in the order the form shows them (github-ui.md §6.4).
 * `description` is GitHub's own row text; `explanation` is ours, for people who do not
 * know the API. The order matters: the form, the options page and the review callout
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

/** One table row: [name, parent, GitHub's description, risk, our explanation]. */
type Row = readonly [string, string | null, string, Risk, string];

// prettier-ignore
const ROWS = [
  ['repo', null, 'Full control of private repositories', 'admin', 'Read and change everything in every repository you can reach, private ones included: code, issues, pull requests, collaborators and webhooks. Git over HTTPS needs it.'],
  ['repo:status', 'repo', 'Access commit status', 'write', 'Read and set the pass/fail marks that checks put on commits, without access to the code.'],
  ['repo_deployment', 'repo', 'Access deployment status', 'write', 'Read and report deployments and their status, without access to the code.'],
  ['public_repo', 'repo', 'Access public repositories', 'write', 'Read and change public repositories only: push code, open issues and pull requests, star repositories.'],
  ['repo:invite', 'repo', 'Access repository invitations', 'write', 'Accept or decline invitations to work on other people’s repositories.'],
  ['security_events', 'repo', 'Read and write security events', 'write', 'See and update code scanning and other security alerts of your repositories.'],
  ['workflow', null, 'Update GitHub Action workflows', 'write', 'Add and change GitHub Actions workflow files; needed to push commits that touch .github/workflows.'],
  ['write:packages', null, 'Upload packages to GitHub Package Registry', 'write', 'Publish packages to GitHub Packages (downloading them is included).'],
  ['read:packages', 'write:packages', 'Download packages from GitHub Package Registry', 'read', 'Download and install packages from GitHub Packages.'],
  ['delete:packages', null, 'Delete packages from GitHub Package Registry', 'destructive', 'Destructive: anyone holding this token can delete your packages and package versions from GitHub Packages.'],
  ['admin:org', null, 'Full control of orgs and teams, read and write org projects', 'admin', 'Fully manage your organizations: members, teams, settings and organization projects.'],
  ['write:org', 'admin:org', 'Read and write org and team membership, read and write org projects', 'write', 'Change who belongs to your organizations and teams, and edit organization projects.'],
  ['read:org', 'admin:org', 'Read org and team membership, read org projects', 'read', 'See who belongs to your organizations and teams, and read organization projects.'],
  ['manage_runners:org', 'admin:org', 'Manage org runners and runner groups', 'admin', 'Add, configure and remove the self-hosted machines that run your organizations’ GitHub Actions.'],
  ['admin:public_key', null, 'Full control of user public keys', 'admin', 'See, add and remove the SSH keys that let computers push and pull as you.'],
  ['write:public_key', 'admin:public_key', 'Write user public keys', 'write', 'Add SSH keys to your account, so another computer can push and pull as you.'],
  ['read:public_key', 'admin:public_key', 'Read user public keys', 'read', 'See the SSH keys on your account.'],
  ['admin:repo_hook', null, 'Full control of repository hooks', 'admin', 'Create, change, test and remove webhooks, the links that notify other services when a repository changes.'],
  ['write:repo_hook', 'admin:repo_hook', 'Write repository hooks', 'write', 'Create, change and test repository webhooks, but not remove them.'],
  ['read:repo_hook', 'admin:repo_hook', 'Read repository hooks', 'read', 'See repository webhooks and where they send data.'],
  ['admin:org_hook', null, 'Full control of organization hooks', 'admin', 'Create, change and remove webhooks of your organizations.'],
  ['gist', null, 'Create gists', 'write', 'Create and edit gists, the small shareable snippets of code or text.'],
  ['notifications', null, 'Access notifications', 'write', 'Read your notifications, mark them as read, and watch or unwatch repositories.'],
  ['user', null, 'Update ALL user data', 'write', 'Change your profile, see your email addresses and follow or unfollow people as you.'],
  ['read:user', 'user', 'Read ALL user profile data', 'read', 'See all of your profile, including the fields only you can see.'],
  ['user:email', 'user', 'Access user email addresses (read-only)', 'read', 'See the email addresses on your account.'],
  ['user:follow', 'user', 'Follow and unfollow users', 'write', 'Follow and unfollow people as you.'],
  ['delete_repo', null, 'Delete repositories', 'destructive', 'Destructive: anyone holding this token can permanently delete any repository you are allowed to delete.'],
  ['write:discussion', null, 'Read and write team discussions', 'write', 'Read and post in your teams’ discussions.'],
  ['read:discussion', 'write:discussion', 'Read team discussions', 'read', 'Read your teams’ discussions.'],
  ['admin:enterprise', null, 'Full control of enterprises', 'admin', 'Fully manage the enterprise accounts you administer: settings, members, runners and billing.'],
  ['manage_runners:enterprise', 'admin:enterprise', 'Manage enterprise runners and runner groups', 'admin', 'Add, configure and remove the self-hosted machines that run GitHub Actions across your enterprise.'],
  ['manage_billing:enterprise', 'admin:enterprise', 'Read and write enterprise billing data', 'write', 'See and change your enterprise’s billing data.'],
  ['read:enterprise', 'admin:enterprise', 'Read enterprise profile data', 'read', 'See your enterprise’s profile information.'],
  ['scim:enterprise', 'admin:enterprise', 'Provisioning of users and groups via SCIM', 'admin', 'Create, change and remove enterprise users and groups through SCIM, the identity-provider sync.'],
  ['audit_log', null, 'Full control of audit log', 'admin', 'Full access to the audit logs that record who did what in your organizations and enterprises.'],
  ['read:audit_log', 'audit_log', 'Read access of audit log', 'read', 'Read the audit logs of your organizations and enterprises.'],
  ['codespace', null, 'Full control of codespaces', 'admin', 'Create, change, start, stop and delete your codespaces, the cloud development machines.'],
  ['codespace:secrets', 'codespace', 'Ability to create, read, update, and delete codespace secrets', 'write', 'Create, change and delete the secrets your codespaces use.'],
  ['copilot', null, 'Full control of GitHub Copilot settings and seat assignments', 'admin', 'Manage GitHub Copilot settings and who in your organizations gets a Copilot seat.'],
  ['manage_billing:copilot', 'copilot', 'View and edit Copilot Business seat assignments', 'write', 'See and change who has a Copilot Business seat.'],
  ['write:network_configurations', null, 'Write org hosted compute network configurations', 'write', 'Change the private network settings of your organizations’ GitHub-hosted runners.'],
  ['read:network_configurations', 'write:network_configurations', 'Read org hosted compute network configurations', 'read', 'See the private network settings of your organizations’ GitHub-hosted runners.'],
  ['project', null, 'Full control of projects', 'admin', 'Create, change and delete your projects and your organizations’ projects.'],
  ['read:project', 'project', 'Read access of projects', 'read', 'See your projects and your organizations’ projects.'],
  ['admin:gpg_key', null, 'Full control of public user GPG keys', 'admin', 'See, add and remove the GPG keys that mark your commits as verified.'],
  ['write:gpg_key', 'admin:gpg_key', 'Write public user GPG keys', 'write', 'Add GPG keys to your account for signing commits.'],
  ['read:gpg_key', 'admin:gpg_key', 'Read public user GPG keys', 'read', 'See the GPG keys on your account.'],
  ['admin:ssh_signing_key', null, 'Full control of public user SSH signing keys', 'admin', 'See, add and remove the SSH keys that mark your commits as verified.'],
  ['write:ssh_signing_key', 'admin:ssh_signing_key', 'Write public user SSH signing keys', 'write', 'Add SSH signing keys to your account for signing commits.'],
  ['read:ssh_signing_key', 'admin:ssh_signing_key', 'Read public user SSH signing keys', 'read', 'See the SSH signing keys on your account.'],
] as const satisfies readonly Row[];

export type ScopeName = (typeof ROWS)[number][0];

export const SCOPES: readonly ScopeInfo[] = ROWS.map(([name, parent, description, risk, explanation]) => ({
  name,
  parent,
  description,
  explanation,
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
  return unknown.length === 1 ? `Unknown scope ${names}` : `Unknown scopes ${names}`;
}

/** One scope name; the message names the offending value, e.g. `Unknown scope "repo:write"`. */
export const scopeNameSchema = z.custom<ScopeName>(isScopeName, {
  error: (issue) => unknownScopesMessage([describeValue(issue.input)]),
});

/** A scope list as stored or sent: every entry must be a scope GitHub's form offers. */
export const scopeListSchema = z.array(scopeNameSchema);
