import { h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { ApplyOffer } from '@/components/ApplyOffer';
import { findTokenForm } from '../github/find';
import { presetLabel } from '../presets';
import { readSettings } from '../storage';
import { mountGuideUi } from '../ui/mount';
import { assistForm } from './form-assistant';
import { formPlanFromSettings } from './form-plan';
import { IDLE_GUIDE } from './schema';

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
        presetLabel: presetLabel(settings.presetId),
        scopes: plan.scopes,
        result,
        onApply: () => draw(apply()),
        onDismiss: ui.remove,
      }),
      ui.remove,
    );
  const apply = () => {
    const form = findTokenForm(document);
    if (!form) return 'The token form is no longer on this page.';
    const { fixed, missingScopes } = assistForm(form, IDLE_GUIDE, plan);
    const done = fixed.length ? `PAT Pilot ${fixed.join(', ')}.` : 'The form already matched.';
    return missingScopes.length ? `${done} Could not tick ${missingScopes.join(', ')}.` : done;
  };
  draw();
  return ui.remove;
}
