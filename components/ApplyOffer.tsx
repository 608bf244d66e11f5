import { i18n } from '#i18n';
import type { PresetChoice } from '@/lib/presets';
import { ExtraScopes } from './ExtraScopes';
import { presetName } from './preset-text';
import { richText } from './rich-text';

export interface ApplyOfferProps {
  preset: PresetChoice;
  scopes: string[];
  /** Said every time: the saved preset could not be used, and which scopes were used instead. */
  notice?: string;
  /** Ticked on the form beyond the preset: listed with their risk before and after applying. */
  extra: string[];
  /** After applying: what was changed, in words. */
  result: string[] | undefined;
  onApply(): void;
  onDismiss(): void;
}

/** On the form without a guide, nothing changes silently: the user is asked first. */
export function ApplyOffer({ preset: choice, scopes, notice, extra, result, onApply, onDismiss }: ApplyOfferProps) {
  const preset = presetName(choice);
  const recommended = choice === 'recommended';
  return (
    <section class="card offer" role="dialog" aria-labelledby="pat-pilot-offer-title" style={{ right: '24px', bottom: '24px' }}>
      <p class="progress">{i18n.t('extension.name')}</p>
      <h2 id="pat-pilot-offer-title">
        {recommended ? i18n.t('offer.titleRecommended') : i18n.t('offer.titlePreset', { preset })}
      </h2>
      {notice && (
        <p class="notice" role="note">
          {notice}
        </p>
      )}
      {result ? (
        <p role="status">{result.join(' ')}</p>
      ) : (
        <p>{richText('offer.body', { scopes: <code>{scopes.join(', ')}</code> })}</p>
      )}
      <ExtraScopes names={extra} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onDismiss}>
          {result ? i18n.t('common.close') : i18n.t('offer.dismiss')}
        </button>
        {!result && (
          <button type="button" class="primary" onClick={onApply}>
            {recommended ? i18n.t('offer.applyRecommended') : i18n.t('offer.applyPreset', { preset })}
          </button>
        )}
      </div>
    </section>
  );
}
