/**
 * The classic scopes' names alone, in the form's order: what the guide's reducer needs to tell a scope it may
 * remember from anything else. The catalogue (scopes.ts) adds parents, risk and explanations to each, and a unit
 * test keeps the two lists equal. A module of its own so the fine-grained guide script, which never shows a scope,
 * carries the names but not the catalogue.
 */
// prettier-ignore
export const SCOPE_NAMES = [
  'repo',
  'repo:status',
  'repo_deployment',
  'public_repo',
  'repo:invite',
  'security_events',
  'workflow',
  'write:packages',
  'read:packages',
  'delete:packages',
  'admin:org',
  'write:org',
  'read:org',
  'manage_runners:org',
  'admin:public_key',
  'write:public_key',
  'read:public_key',
  'admin:repo_hook',
  'write:repo_hook',
  'read:repo_hook',
  'admin:org_hook',
  'gist',
  'notifications',
  'user',
  'read:user',
  'user:email',
  'user:follow',
  'delete_repo',
  'write:discussion',
  'read:discussion',
  'admin:enterprise',
  'manage_runners:enterprise',
  'manage_billing:enterprise',
  'read:enterprise',
  'scim:enterprise',
  'audit_log',
  'read:audit_log',
  'codespace',
  'codespace:secrets',
  'copilot',
  'manage_billing:copilot',
  'write:network_configurations',
  'read:network_configurations',
  'project',
  'read:project',
  'admin:gpg_key',
  'write:gpg_key',
  'read:gpg_key',
  'admin:ssh_signing_key',
  'write:ssh_signing_key',
  'read:ssh_signing_key',
  'site_admin',
] as const;

export type ScopeName = (typeof SCOPE_NAMES)[number];

export function isScopeName(value: unknown): value is ScopeName {
  return typeof value === 'string' && (SCOPE_NAMES as readonly string[]).includes(value);
}
