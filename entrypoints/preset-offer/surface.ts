import { h } from 'preact';
import { ApplyOffer } from '@/components/ApplyOffer';
import type { PresetOffer } from '@/lib/guide/preset-offer';
import css from '@/components/scopes.css?inline';
import { mountGuideUi } from '../guide/mount-ui';

/** The preset offer's card; resolves to a function that removes it. */
export async function showPresetOffer(signal: AbortSignal, offer: PresetOffer): Promise<() => void> {
  const ui = await mountGuideUi(signal, css);
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
