import { type PermissionGrant, PERMISSION_KEYS } from '../github/permission-keys';

/**
 * Named permission sets for fine-grained tokens, the counterpart of lib/presets.ts for classic scopes.
 * Each asks for the least a purpose needs: GitHub adds `metadata: read` by itself whenever a repository
 * permission is granted, so no preset lists it. Pushing a commit that adds or changes files under
 * .github/workflows needs Workflows (write) on top of Contents (write); GitHub's docs list nothing else
 * for it, so the Actions preset asks for no Actions permission.
 */
export const FINE_GRAINED_PRESET_IDS = ['https', 'actions', 'read-code', 'issues-prs'] as const;
export type FineGrainedPresetId = (typeof FINE_GRAINED_PRESET_IDS)[number];

export const FINE_GRAINED_CUSTOM = 'custom';
/** What settings store: a named preset, or the user's own permission set. */
export type FineGrainedPresetChoice = FineGrainedPresetId | typeof FINE_GRAINED_CUSTOM;
export const FINE_GRAINED_PRESET_CHOICES = [...FINE_GRAINED_PRESET_IDS, FINE_GRAINED_CUSTOM] as const;

/** Git over HTTPS, the narrowest preset that still serves what the guide is for; also the fallback. */
export const DEFAULT_FINE_GRAINED_PRESET_ID: FineGrainedPresetId = 'https';

export const FINE_GRAINED_PRESETS: Readonly<Record<FineGrainedPresetId, readonly PermissionGrant[]>> = {
  https: [{ key: 'contents', access: 'write' }],
  actions: [
    { key: 'contents', access: 'write' },
    { key: 'workflows', access: 'write' },
  ],
  'read-code': [{ key: 'contents', access: 'read' }],
  'issues-prs': [
    { key: 'issues', access: 'write' },
    { key: 'pull_requests', access: 'write' },
  ],
};

export function isFineGrainedPresetId(value: unknown): value is FineGrainedPresetId {
  return (FINE_GRAINED_PRESET_IDS as readonly unknown[]).includes(value);
}

/** The permissions a choice stands for, in catalogue order; "custom" uses the user's own set. */
export function fineGrainedPermissions(
  choice: FineGrainedPresetChoice,
  customPermissions: readonly PermissionGrant[],
): PermissionGrant[] {
  const grants = isFineGrainedPresetId(choice) ? FINE_GRAINED_PRESETS[choice] : customPermissions;
  return grantsInCatalogueOrder(grants);
}

/** One grant per key (a later one wins), ordered as the catalogue lists the keys. */
export function grantsInCatalogueOrder(grants: readonly PermissionGrant[]): PermissionGrant[] {
  const byKey = new Map(grants.map((grant) => [grant.key, grant]));
  return PERMISSION_KEYS.flatMap((key) => {
    const grant = byKey.get(key);
    return grant ? [{ key, access: grant.access }] : [];
  });
}
