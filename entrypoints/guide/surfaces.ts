import { h } from 'preact';
import { GuideOverlay } from '@/components/GuideOverlay';
import { ApplyOffer } from '@/components/ApplyOffer';
import type { MountedSurface } from '@/lib/guide/session';
import type { PresetOffer } from '@/lib/guide/preset-offer';
import { mountGuideUi } from './mount-ui';

/** The guide's views, drawn with the callout components inside `<pat-pilot-ui>`. */
export async function mountGuideSurface(signal: AbortSignal): Promise<MountedSurface> {
  const ui = await mountGuideUi(signal);
  return {
    host: ui.host,
    draw: (view, handlers) => ui.show(h(GuideOverlay, { view, ...handlers }), handlers.onClose),
    returnFocus: ui.returnFocus,
    raise: ui.raise,
    ensureAttached: ui.ensureAttached,
    remove: ui.remove,
  };
}

/** The preset offer's card; resolves to a function that removes it. */
export async function showPresetOffer(signal: AbortSignal, offer: PresetOffer): Promise<() => void> {
  const ui = await mountGuideUi(signal);
  const draw = () =>
    ui.show(
      h(ApplyOffer, {
        ...offer.view(),
        onApply: () => {
          offer.apply();
          draw();
        },
        onDismiss: ui.remove,
      }),
      ui.remove,
    );
  draw();
  return ui.remove;
}

