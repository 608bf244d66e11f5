import { i18n, type GeneratedI18nStructure } from '#i18n';
import { type Access, type PermissionGrant, type PermissionGroup, type PermissionKey, permissionGroup } from './permission-keys';
import type { Risk } from './scopes';

/**
 * The catalogue of fine-grained permissions: GitHub's own label for each (as the form's permission list
 * names it, github-ui.md §17; GitHub's pages are English, so the label is too), the access levels the
 * form offers, and our plain explanation in the user's language (locales/*.yml, `permissions.<key>`).
 * Flagged permissions reach beyond the code: repository settings and deletion, secrets, workflows that
 * run with the repository's secrets, webhooks that send data elsewhere, keys that outlive the token.
 */
export interface PermissionInfo {
  readonly key: PermissionKey;
  readonly group: PermissionGroup;
  /** GitHub's label on the form, e.g. "Pull requests". */
  readonly label: string;
  /** What GitHub's "Access" menu offers for it. */
  readonly accesses: readonly Access[];
  readonly flagged: boolean;
  /** What the permission covers, in plain words. */
  readonly explanation: string;
  /** Why it is flagged; empty when it is not. */
  readonly flagReason: string;
}

/** Access levels the form offers: r read-only, w read and write only, rw both, rwa also admin. */
type Offered = 'r' | 'w' | 'rw' | 'rwa';
/** One row: [key, GitHub's label, offered access, flagged]. */
type Row = readonly [PermissionKey, string, Offered, boolean];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['actions', 'Actions', 'rw', false],
  ['administration', 'Administration', 'rw', true],
  ['artifact_metadata', 'Artifact metadata', 'rw', false],
  ['attestations', 'Attestations', 'rw', false],
  ['security_events', 'Code scanning alerts', 'rw', false],
  ['codespaces', 'Codespaces', 'rw', false],
  ['codespaces_lifecycle_admin', 'Codespaces lifecycle admin', 'rw', false],
  ['codespaces_metadata', 'Codespaces metadata', 'r', false],
  ['codespaces_secrets', 'Codespaces secrets', 'w', true],
  ['statuses', 'Commit statuses', 'rw', false],
  ['contents', 'Contents', 'rw', false],
  ['repository_custom_properties', 'Custom properties', 'rw', false],
  ['vulnerability_alerts', 'Dependabot alerts', 'rw', false],
  ['dependabot_secrets', 'Dependabot secrets', 'rw', true],
  ['deployments', 'Deployments', 'rw', false],
  ['discussions', 'Discussions', 'rw', false],
  ['environments', 'Environments', 'rw', true],
  ['issues', 'Issues', 'rw', false],
  ['merge_queues', 'Merge queues', 'rw', false],
  ['metadata', 'Metadata', 'r', false],
  ['pages', 'Pages', 'rw', false],
  ['pull_requests', 'Pull requests', 'rw', false],
  ['repository_advisories', 'Repository security advisories', 'rw', false],
  ['secret_scanning_alerts', 'Secret scanning alerts', 'rw', false],
  ['secrets', 'Secrets', 'rw', true],
  ['actions_variables', 'Variables', 'rw', false],
  ['repository_hooks', 'Webhooks', 'rw', true],
  ['workflows', 'Workflows', 'w', true],
  ['blocking', 'Block another user', 'rw', false],
  ['codespaces_user_secrets', 'Codespaces user secrets', 'rw', true],
  ['copilot_messages', 'Copilot Chat', 'r', false],
  ['copilot_editor_context', 'Copilot Editor Context', 'r', false],
  ['copilot_requests', 'Copilot Requests', 'rw', false],
  ['emails', 'Email addresses', 'rw', false],
  ['user_events', 'Events', 'r', false],
  ['followers', 'Followers', 'rw', false],
  ['gpg_keys', 'GPG keys', 'rw', true],
  ['gists', 'Gists', 'rw', false],
  ['keys', 'Git SSH keys', 'rw', true],
  ['interaction_limits', 'Interaction limits', 'rw', false],
  ['knowledge_bases', 'Knowledge bases', 'rw', false],
  ['user_models', 'Models', 'r', false],
  ['plan', 'Plan', 'r', false],
  ['private_repository_invitations', 'Private repository invitations', 'r', false],
  ['profile', 'Profile', 'w', false],
  ['git_signing_ssh_public_keys', 'SSH signing keys', 'rw', true],
  ['starring', 'Starring', 'rw', false],
  ['watching', 'Watching', 'rw', false],
  ['organization_administration', 'Administration', 'rw', true],
  ['organization_projects', 'Projects', 'rwa', false],
  ['members', 'Members', 'rw', true],
  ['organization_hooks', 'Webhooks', 'rw', true],
  ['organization_secrets', 'Secrets', 'rw', true],
  ['organization_copilot_seat_management', 'GitHub Copilot Business', 'rw', false],
];

const OFFERED: Record<Offered, readonly Access[]> = { r: ['read'], w: ['write'], rw: ['read', 'write'], rwa: ['read', 'write', 'admin'] };

type TextKey = Extract<keyof GeneratedI18nStructure, `permissions.${PermissionKey}.${string}`>;

/**
 * Every permission has `about`; one offering both read-only and read-and-write access also has `write`
 * (what write adds), and a flagged one has `flag` (why). A unit test checks both languages have each.
 */
function text(key: PermissionKey, part: 'about' | 'write' | 'flag'): string {
  return i18n.t(`permissions.${key}.${part}` as TextKey);
}

/** Whether the form offers read-only as well as read-and-write, so the two get their own notes. */
export function hasWriteNote(info: Pick<PermissionInfo, 'accesses'>): boolean {
  return info.accesses.includes('read') && info.accesses.includes('write');
}

export const PERMISSIONS: readonly PermissionInfo[] = ROWS.map(([key, label, offered, flagged]) => ({
  key,
  group: permissionGroup(key),
  label,
  accesses: OFFERED[offered],
  flagged,
  // Looked up when read, so the texts follow the language of that moment.
  get explanation() {
    return text(key, 'about');
  },
  get flagReason() {
    return flagged ? text(key, 'flag') : '';
  },
}));

const BY_KEY = new Map(PERMISSIONS.map((info) => [info.key, info]));

export function permissionInfo(key: PermissionKey): PermissionInfo {
  // Every key has a row (a unit test checks), so the lookup cannot miss.
  return BY_KEY.get(key)!;
}

export function permissionLabel(key: PermissionKey): string {
  return permissionInfo(key).label;
}

export function isFlagged(key: PermissionKey): boolean {
  return permissionInfo(key).flagged;
}

/** How much harm a leaked token with this grant could do, on the classic scopes' scale. */
export function grantRisk({ key, access }: PermissionGrant): Risk {
  if (access === 'read') return 'read';
  if (key === 'administration') return 'destructive'; // write access can delete the repository
  return access === 'admin' || isFlagged(key) ? 'admin' : 'write';
}

/** The access as GitHub's "Access" menu names it, in the user's language. */
export function accessLabel(access: Access): string {
  return i18n.t(`permissions.access.${access}`);
}

/** One line, e.g. "Contents — read and write: read the code and push commits …". */
export function explainGrant(grant: PermissionGrant): string {
  const { key, access } = grant;
  const info = permissionInfo(key);
  const explanation = access !== 'read' && hasWriteNote(info) ? text(key, 'write') : info.explanation;
  return i18n.t('permissions.grant', { label: info.label, access: accessLabel(access), explanation });
}
