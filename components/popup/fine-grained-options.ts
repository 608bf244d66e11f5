import { fineGrainedPresetFor } from '@/lib/token-kind-chooser';
import { fineGrainedPresetName, fineGrainedPresetPurpose } from '@/lib/fine-grained/preset-text';
import { FINE_GRAINED_CUSTOM, FINE_GRAINED_PRESET_IDS, fineGrainedPermissions, type FineGrainedPresetChoice } from '@/lib/fine-grained/presets';
import { accessLabel, explainGrant, grantRisk, isFlagged, permissionLabel } from '@/lib/github/permissions';
import type { Settings } from '@/lib/settings/schema';
import type { FineGrainedPresetOption } from './FineGrainedFastPath';

/** The fine-grained presets the fast path offers; "Custom" only once the user has picked permissions of their own. */
export function fineGrainedOptions({ fineGrained }: Pick<Settings, 'fineGrained'>): FineGrainedPresetOption<FineGrainedPresetChoice>[] {
  const choices: FineGrainedPresetChoice[] = [...FINE_GRAINED_PRESET_IDS];
  if (fineGrained.customPermissions.length > 0) choices.push(FINE_GRAINED_CUSTOM);
  return choices.map((id) => ({
    id,
    label: fineGrainedPresetName(id),
    purpose: fineGrainedPresetPurpose(id),
    permissions: fineGrainedPermissions(id, fineGrained.customPermissions).map((grant) => ({
      key: grant.key,
      label: permissionLabel(grant.key),
      access: accessLabel(grant.access),
      risk: grantRisk(grant),
      flagged: isFlagged(grant.key),
      explanation: explainGrant(grant),
    })),
  }));
}

/**
 * The preset for what the user told "Which kind?" the token is for, else the settings' preset, when offered;
 * else the first (Git over HTTPS).
 */
export function defaultFineGrainedPresetId(
  options: readonly { id: FineGrainedPresetChoice }[],
  { fineGrained, kindChoice }: Pick<Settings, 'fineGrained' | 'kindChoice'>,
): FineGrainedPresetChoice {
  const wanted = kindChoice.purpose ? fineGrainedPresetFor(kindChoice.purpose) : fineGrained.presetId;
  return options.some((option) => option.id === wanted) ? wanted : options[0]!.id;
}
