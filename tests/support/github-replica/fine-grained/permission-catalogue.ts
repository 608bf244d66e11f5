import {
  ACCOUNT_PERMISSION_KEYS,
  ORGANIZATION_PERMISSION_KEYS,
  REPOSITORY_PERMISSION_KEYS,
  type Access,
  type PermissionGroup,
  type PermissionKey,
} from '../../../../lib/github/permission-keys';

/**
 * The fine-grained form's permissions (UI reference §17): the template URL's keys (shared with the extension, so a
 * renamed key shows up here), each with the label the form shows and the access levels its "Access:" menu offers.
 * Labels are GitHub's; the descriptions are short paraphrases [I]. Levels: "Read-only" for metadata and plan, and
 * "Admin" for organization projects, are [I] from GitHub's permission docs; everything else is read and write.
 * Some labels repeat across tabs ("Administration", "Secrets", "Webhooks"), as on GitHub.
 */
export interface FineGrainedPermission {
  key: PermissionKey;
  group: PermissionGroup;
  label: string;
  description: string;
  levels: readonly Access[];
}

const TEXTS: Record<PermissionKey, [label: string, description: string]> = {
  actions: ['Actions', 'Workflows, workflow runs and artifacts.'],
  administration: ['Administration', 'Repository creation, deletion, settings, teams, and collaborators.'],
  artifact_metadata: ['Artifact metadata', 'Create and retrieve the metadata of build artifacts.'],
  attestations: ['Attestations', 'Create and retrieve attestations for a repository.'],
  security_events: ['Code scanning alerts', 'View and manage code scanning alerts.'],
  codespaces: ['Codespaces', 'Create, edit, delete and list Codespaces.'],
  codespaces_lifecycle_admin: ['Codespaces lifecycle admin', 'Manage the lifecycle of Codespaces, including starting and stopping.'],
  codespaces_metadata: ['Codespaces metadata', 'Access Codespaces metadata including the devcontainers and machine type.'],
  codespaces_secrets: ['Codespaces secrets', 'Restrict Codespaces user secrets modifications to specific repositories.'],
  statuses: ['Commit statuses', 'Commit statuses.'],
  contents: ['Contents', 'Repository contents, commits, branches, downloads, releases, and merges.'],
  repository_custom_properties: ['Custom properties', 'Read and write repository custom properties values at the repository level.'],
  vulnerability_alerts: ['Dependabot alerts', 'Retrieve Dependabot alerts.'],
  dependabot_secrets: ['Dependabot secrets', 'Manage Dependabot repository secrets.'],
  deployments: ['Deployments', 'Deployments and deployment statuses.'],
  discussions: ['Discussions', 'Discussions and related comments and labels.'],
  environments: ['Environments', 'Manage repository environments.'],
  issues: ['Issues', 'Issues and related comments, assignees, labels, and milestones.'],
  merge_queues: ['Merge queues', "Manage a repository's merge queues."],
  metadata: ['Metadata', 'Search repositories, list collaborators, and access repository metadata.'],
  pages: ['Pages', 'Retrieve Pages statuses, configuration, and builds, as well as create new builds.'],
  pull_requests: ['Pull requests', 'Pull requests and related comments, assignees, labels, milestones, and merges.'],
  repository_advisories: ['Repository security advisories', 'View and manage repository security advisories.'],
  secret_scanning_alerts: ['Secret scanning alerts', 'View and manage secret scanning alerts.'],
  secrets: ['Secrets', 'Manage Actions repository secrets.'],
  actions_variables: ['Variables', 'Manage Actions repository variables.'],
  repository_hooks: ['Webhooks', 'Manage the post-receive hooks for a repository.'],
  workflows: ['Workflows', 'Update GitHub Action workflow files.'],
  blocking: ['Block another user', 'View and manage users blocked by the user.'],
  codespaces_user_secrets: ['Codespaces user secrets', 'Manage Codespaces user secrets.'],
  copilot_messages: ['Copilot Chat', 'This application will receive your GitHub ID, your GitHub Copilot Chat session messages and timestamps.'],
  copilot_editor_context: ['Copilot Editor Context', 'This application will receive bits of Editor Context (e.g. currently opened file) whenever you send it a message through Copilot Chat.'],
  copilot_requests: ['Copilot Requests', 'Send Copilot requests.'],
  emails: ['Email addresses', "Manage a user's email addresses."],
  user_events: ['Events', "View events triggered by a user's activity."],
  followers: ['Followers', "A user's followers."],
  gpg_keys: ['GPG keys', "View and manage a user's GPG keys."],
  gists: ['Gists', "Create and modify a user's gists and comments."],
  keys: ['Git SSH keys', 'Git SSH keys.'],
  interaction_limits: ['Interaction limits', 'Interaction limits on repositories.'],
  knowledge_bases: ['Knowledge bases', 'View knowledge bases for a user.'],
  user_models: ['Models', 'Allows access to GitHub Models.'],
  plan: ['Plan', "View a user's plan."],
  private_repository_invitations: ['Private repository invitations', 'View a user\'s invitations to private repositories.'],
  profile: ['Profile', "Manage a user's profile settings."],
  git_signing_ssh_public_keys: ['SSH signing keys', "View and manage a user's SSH signing keys."],
  starring: ['Starring', 'List and manage repositories a user is starring.'],
  watching: ['Watching', 'List and change repositories a user is subscribed to.'],
  organization_administration: ['Administration', 'Manage access to an organization.'],
  organization_projects: ['Projects', 'Manage projects for an organization.'],
  members: ['Members', 'Organization members and teams.'],
  organization_hooks: ['Webhooks', 'Manage the post-receive hooks for an organization.'],
  organization_secrets: ['Secrets', 'Manage Actions organization secrets.'],
  organization_copilot_seat_management: ['GitHub Copilot Business', 'Manage Copilot Business seats and settings.'],
};

const READ_ONLY: readonly PermissionKey[] = ['metadata', 'plan'];
const WITH_ADMIN: readonly PermissionKey[] = ['organization_projects'];

function levelsOf(key: PermissionKey): readonly Access[] {
  if (READ_ONLY.includes(key)) return ['read'];
  return WITH_ADMIN.includes(key) ? ['read', 'write', 'admin'] : ['read', 'write'];
}

const entries = (group: PermissionGroup, keys: readonly PermissionKey[]): FineGrainedPermission[] => keys
  .map((key) => ({ key, group, label: TEXTS[key][0], description: TEXTS[key][1], levels: levelsOf(key) }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** In the form's order: each tab lists its permissions alphabetically by label, as GitHub's does. */
export const FINE_GRAINED_PERMISSIONS: readonly FineGrainedPermission[] = [
  ...entries('repository', REPOSITORY_PERMISSION_KEYS),
  ...entries('account', ACCOUNT_PERMISSION_KEYS),
  ...entries('organization', ORGANIZATION_PERMISSION_KEYS),
];

export function findPermission(key: string): FineGrainedPermission | undefined {
  return FINE_GRAINED_PERMISSIONS.find((permission) => permission.key === key);
}

/** The level the form can hold for an asked one: the asked level, else the highest it offers (`admin` ⊃ `write` ⊃ `read`). */
export function offeredLevel(permission: FineGrainedPermission, asked: string): Access | undefined {
  const order: readonly string[] = ['read', 'write', 'admin'];
  const rank = order.indexOf(asked);
  if (rank < 0) return undefined;
  return [...permission.levels].reverse().find((level) => order.indexOf(level) <= rank);
}
