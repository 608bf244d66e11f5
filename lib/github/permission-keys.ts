/**
 * The permission keys of fine-grained tokens, as GitHub's template URL names them
 * (`/settings/personal-access-tokens/new?<key>=read|write|admin`, github-ui.md §17), grouped the way the
 * form's tabs group them. Plain data without dependencies: the guide script checks the form against
 * them, and the catalogue (permissions.ts) adds explanations and risk for the popup, options and callouts.
 */
export const PERMISSION_GROUPS = ['repository', 'account', 'organization'] as const;
export type PermissionGroup = (typeof PERMISSION_GROUPS)[number];

// prettier-ignore
export const REPOSITORY_PERMISSION_KEYS = [
  'actions', 'administration', 'artifact_metadata', 'attestations', 'security_events', 'codespaces',
  'codespaces_lifecycle_admin', 'codespaces_metadata', 'codespaces_secrets', 'statuses', 'contents',
  'repository_custom_properties', 'vulnerability_alerts', 'dependabot_secrets', 'deployments', 'discussions',
  'environments', 'issues', 'merge_queues', 'metadata', 'pages', 'pull_requests', 'repository_advisories',
  'secret_scanning_alerts', 'secrets', 'actions_variables', 'repository_hooks', 'workflows',
] as const;

// prettier-ignore
export const ACCOUNT_PERMISSION_KEYS = [
  'blocking', 'codespaces_user_secrets', 'copilot_messages', 'copilot_editor_context', 'copilot_requests', 'emails',
  'user_events', 'followers', 'gpg_keys', 'gists', 'keys', 'interaction_limits', 'knowledge_bases', 'user_models',
  'plan', 'private_repository_invitations', 'profile', 'git_signing_ssh_public_keys', 'starring', 'watching',
] as const;

/** The reference names these and says "and more": the catalogue covers the ones it names. */
// prettier-ignore
export const ORGANIZATION_PERMISSION_KEYS = [
  'organization_administration', 'organization_projects', 'members', 'organization_hooks', 'organization_secrets',
  'organization_copilot_seat_management',
] as const;

export type PermissionKey =
  | (typeof REPOSITORY_PERMISSION_KEYS)[number]
  | (typeof ACCOUNT_PERMISSION_KEYS)[number]
  | (typeof ORGANIZATION_PERMISSION_KEYS)[number];

export const PERMISSION_KEYS: readonly PermissionKey[] = [
  ...REPOSITORY_PERMISSION_KEYS,
  ...ACCOUNT_PERMISSION_KEYS,
  ...ORGANIZATION_PERMISSION_KEYS,
];

/** The template URL's access values; each includes the one before it (`write` ⊃ `read`, `admin` ⊃ `write`). */
export const ACCESS_LEVELS = ['read', 'write', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export function isPermissionKey(value: string): value is PermissionKey {
  return (PERMISSION_KEYS as readonly string[]).includes(value);
}

export function permissionGroup(key: PermissionKey): PermissionGroup {
  if ((REPOSITORY_PERMISSION_KEYS as readonly string[]).includes(key)) return 'repository';
  if ((ACCOUNT_PERMISSION_KEYS as readonly string[]).includes(key)) return 'account';
  return 'organization';
}

/** One permission a plan asks for. */
export interface PermissionGrant {
  key: PermissionKey;
  access: Access;
}
