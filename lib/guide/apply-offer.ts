import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { ApplyOffer } from '@/components/ApplyOffer';
import { findTokenForm } from '../github/find';
import { i18n } from '#i18n';
import { readSettings } from '../storage';
import { mountGuideUi } from '../ui/mount';
import { assistForm, extraScopes } from './form-assistant';
import type { FormEdits } from './form-edits';
import { formPlanFromParsed } from './form-plan';
import { IDLE_GUIDE } from './schema';
import { describeOffer } from './build-view';

/**
 * The new-token form reached without a guide: offer the preset as a card the user accepts or
 * dismisses. Applying keeps what the user already chose on the form (`edits`). Resolves to a
 * function that removes the card.
 */
export async function offerPreset(ctx: ContentScriptContext, edits: FormEdits): Promise<() => void> {
  const [ui, parsed] = await Promise.all([mountGuideUi(ctx), readSettings()]);
  const { settings } = parsed;
  const plan = formPlanFromParsed(parsed, new Date(), import.meta.env.BROWSER);
  const form = () => findTokenForm(document);
  const draw = (result?: string[]) => {
    const found = form();
    ui.show(
      h(ApplyOffer, {
        preset: settings.presetId,
        scopes: plan.scopes,
        notice: plan.notice,
        // Read again at every drawing: a prefill link may have ticked more than the preset.
        extra: found ? extraScopes(found, plan) : [],
        result,
        onApply: () => draw(apply()),
        onDismiss: ui.remove,
      }),
      ui.remove,
    );
  };
  const apply = () => {
    const found = form();
    if (!found) return [i18n.t('offer.formGone')];
    return describeOffer(assistForm(found, edits.applyTo(IDLE_GUIDE), plan));
  };
  draw();
  return ui.remove;
}
