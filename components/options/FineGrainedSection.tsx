import { i18n } from '#i18n';
import type { SettingsDraft } from '@/lib/settings/draft';
import type { FineGrainedErrors } from '@/lib/settings/fine-grained-errors';
import { ExpirationField } from './ExpirationField';
import { FineGrainedPresetField } from './FineGrainedPresetField';
import { PermissionPicker } from './PermissionPicker';

interface FineGrainedSectionProps {
  draft: SettingsDraft;
  errors: FineGrainedErrors;
  update: (change: Partial<SettingsDraft>) => void;
}

/**
 * What a fine-grained token asks for. Folded away while classic is the default kind and nothing in it is
 * wrong, so the classic settings stay as they were; open as soon as fine-grained is the default.
 */
export function FineGrainedSection({ draft, errors, update }: FineGrainedSectionProps) {
  const open = draft.tokenKind === 'fine-grained' || Object.keys(errors).length > 0;
  return (
    <details class="section fine-grained" open={open}>
      <summary>{i18n.t('settings.fineGrainedField.summary')}</summary>
      <FineGrainedPresetField
        value={draft.fineGrainedPresetId}
        errors={errors.presetId}
        onChange={(fineGrainedPresetId) => update({ fineGrainedPresetId })}
      />
      {/* Only with the custom preset: the set is kept, unused, while another preset is chosen. */}
      {(draft.fineGrainedPresetId === 'custom' || errors.customPermissions) && (
        <PermissionPicker
          selected={draft.fineGrainedPermissions}
          errors={errors.customPermissions}
          onChange={(fineGrainedPermissions) => update({ fineGrainedPermissions })}
        />
      )}
      <ExpirationField
        idPrefix="fg-"
        legend={i18n.t('settings.fineGrainedField.expirationLegend')}
        choice={draft.fineGrainedExpirationChoice}
        customDays={draft.fineGrainedCustomDays}
        errors={errors.expiration}
        onChoice={(fineGrainedExpirationChoice) => update({ fineGrainedExpirationChoice })}
        onCustomDays={(fineGrainedCustomDays) => update({ fineGrainedCustomDays })}
      />
    </details>
  );
}
