import { fineGrainedPlanFromSettings } from '@/lib/fine-grained/plan-from-settings';
import { expirationLabel, noExpirationWarning } from '@/lib/settings/expiration';
import type { Settings } from '@/lib/settings/schema';
import { FastPath } from './FastPath';
import { FineGrainedFastPath } from './FineGrainedFastPath';
import { defaultFineGrainedPresetId, fineGrainedOptions } from './fine-grained-options';
import { send } from './send';

/** The fast path of the kind "Start guide" makes: classic as always, or the fine-grained form's. */
export function FastPathOfKind({ settings, origin }: { settings: Settings; origin: string }) {
  if (settings.tokenKind !== 'fine-grained') return <FastPath settings={settings} origin={origin} />;
  const options = fineGrainedOptions(settings);
  const { expiration } = settings.fineGrained;
  // The name does not depend on the preset: it comes from the note template, as a classic token's note does.
  const { name } = fineGrainedPlanFromSettings(settings, new Date(), import.meta.env.BROWSER);
  return (
    <FineGrainedFastPath
      options={options}
      initial={defaultFineGrainedPresetId(options, settings)}
      name={name}
      expiration={expirationLabel(expiration)}
      warning={expiration.kind === 'none' ? noExpirationWarning() : undefined}
      onOpen={(presetId) => void send({ type: 'open-fine-grained-form', presetId, origin })}
    />
  );
}
