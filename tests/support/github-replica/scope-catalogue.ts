/**
 * Classic scopes in on-screen order (UI reference §6.4). Kept apart from the product's own
 * catalogue on purpose: the replica stands for GitHub, so a mistake in the product must not
 * be mirrored here.
 */
export interface ReplicaScope {
  value: string;
  description: string;
  children: Array<{ value: string; description: string }>;
}

function scope(value: string, description: string, ...children: Array<[string, string]>): ReplicaScope {
  return { value, description, children: children.map(([child, text]) => ({ value: child, description: text })) };
}

export const SCOPES: ReplicaScope[] = [
  scope('repo', 'Full control of private repositories',
    ['repo:status', 'Access commit status'], ['repo_deployment', 'Access deployment status'],
    ['public_repo', 'Access public repositories'], ['repo:invite', 'Access repository invitations'],
    ['security_events', 'Read and write security events']),
  scope('workflow', 'Update GitHub Action workflows'),
  scope('write:packages', 'Upload packages to GitHub Package Registry',
    ['read:packages', 'Download packages from GitHub Package Registry']),
  scope('delete:packages', 'Delete packages from GitHub Package Registry'),
  scope('admin:org', 'Full control of orgs and teams, read and write org projects',
    ['write:org', 'Read and write org and team membership, read and write org projects'],
    ['read:org', 'Read org and team membership, read org projects'],
    ['manage_runners:org', 'Manage org runners and runner groups']),
  scope('admin:public_key', 'Full control of user public keys',
    ['write:public_key', 'Write user public keys'], ['read:public_key', 'Read user public keys']),
  scope('admin:repo_hook', 'Full control of repository hooks',
    ['write:repo_hook', 'Write repository hooks'], ['read:repo_hook', 'Read repository hooks']),
  scope('admin:org_hook', 'Full control of organization hooks'),
  scope('gist', 'Create gists'),
  scope('notifications', 'Access notifications'),
  scope('user', 'Update ALL user data',
    ['read:user', 'Read ALL user profile data'], ['user:email', 'Access user email addresses (read-only)'],
    ['user:follow', 'Follow and unfollow users']),
  scope('delete_repo', 'Delete repositories'),
  scope('write:discussion', 'Read and write team discussions', ['read:discussion', 'Read team discussions']),
  scope('admin:enterprise', 'Full control of enterprises',
    ['manage_runners:enterprise', 'Manage enterprise runners and runner groups'],
    ['manage_billing:enterprise', 'Read and write enterprise billing data'],
    ['read:enterprise', 'Read enterprise profile data'],
    ['scim:enterprise', 'Provisioning of users and groups via SCIM']),
  scope('audit_log', 'Full control of audit log', ['read:audit_log', 'Read access of audit log']),
  scope('codespace', 'Full control of codespaces',
    ['codespace:secrets', 'Ability to create, read, update, and delete codespace secrets']),
  scope('copilot', 'Full control of GitHub Copilot settings and seat assignments',
    ['manage_billing:copilot', 'View and edit Copilot Business seat assignments']),
  scope('write:network_configurations', 'Write org hosted compute network configurations',
    ['read:network_configurations', 'Read org hosted compute network configurations']),
  scope('project', 'Full control of projects', ['read:project', 'Read access of projects']),
  scope('admin:gpg_key', 'Full control of public user GPG keys',
    ['write:gpg_key', 'Write public user GPG keys'], ['read:gpg_key', 'Read public user GPG keys']),
  scope('admin:ssh_signing_key', 'Full control of public user SSH signing keys',
    ['write:ssh_signing_key', 'Write public user SSH signing keys'],
    ['read:ssh_signing_key', 'Read public user SSH signing keys']),
];

/**
 * GitHub Enterprise Server's extra scope (UI reference §18 [D]). Its description and its place at the end of the
 * list are [I]: the docs describe it as access to the site administration API endpoints.
 */
export const SITE_ADMIN = scope('site_admin', 'Full control of site administration');

/** The scopes a host's form lists. */
export function scopesFor(site: { siteAdminScope: boolean }): ReplicaScope[] {
  return site.siteAdminScope ? [...SCOPES, SITE_ADMIN] : SCOPES;
}

function valuesOf(catalogue: ReplicaScope[]): string[] {
  return catalogue.flatMap((parent) => [parent.value, ...parent.children.map((child) => child.value)]);
}

/** Every value of github.com's form in on-screen order, children right after their parent. */
export const SCOPE_VALUES: string[] = valuesOf(SCOPES);

const PARENT_OF = new Map(SCOPES.flatMap((parent) => parent.children.map((child) => [child.value, parent.value] as const)));

/** GitHub saves the minimum set: scopes the form listed only, children dropped when their parent is there. */
export function normalizeScopes(submitted: string[], catalogue: ReplicaScope[]): { scopes: string[]; reduced: boolean } {
  const known = valuesOf(catalogue).filter((value) => submitted.includes(value));
  const scopes = known.filter((value) => !known.includes(PARENT_OF.get(value) ?? ''));
  return { scopes, reduced: scopes.length < known.length };
}
