import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { ApplyOffer } from '@/components/ApplyOffer';
import { findTokenForm } from '../github/find';
import { i18n } from '#i18n';
import { readSettings } from '../storage';
import { mountGuideUi } from '../ui/mount';
import { assistForm } from './form-assistant';
import { formPlanFromSettings } from './form-plan';
import { IDLE_GUIDE } from './schema';
import { describeAssist } from './build-view';

/**
 * The new-token form reached without a guide: offer the preset as a card the user accepts or
 * dismisses. Resolves to a function that removes the card.
 */
export async function offerPreset(ctx: ContentScriptContext): Promise<() => void> {
  const [ui, { settings }] = await Promise.all([mountGuideUi(ctx), readSettings()]);
  const plan = formPlanFromSettings(settings, new Date(), import.meta.env.BROWSER);
  const draw = (result?: string) =>
    ui.show(
      h(ApplyOffer, {
        preset: settings.presetId,
        scopes: plan.scopes,
        result,
        onApply: () => draw(apply()),
        onDismiss: ui.remove,
      }),
      ui.remove,
    );
  const apply = () => {
    const form = findTokenForm(document);
    if (!form) return i18n.t('offer.formGone');
    const result = assistForm(form, IDLE_GUIDE, plan);
    const notices = describeAssist(result, false);
    return notices.length ? notices.join(' ') : i18n.t('offer.alreadyMatched');
  };
  draw();
  return ui.remove;
}
