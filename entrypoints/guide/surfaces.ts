import { type ComponentChild, h } from 'preact';
import { GuideOverlay } from '@/components/GuideOverlay';
import type { MountedSurface } from '@/lib/guide/session';
import type { GuideView } from '@/lib/guide/view';
import { mountGuideUi } from './mount-ui';

/** What a guide draws in the callout beyond the step's text, with its stylesheet; each guide script brings its own. */
export interface ViewDetails {
  draw(view: GuideView): ComponentChild;
  css: string;
}

/** The guide's views, drawn with the callout components inside `<pat-pilot-ui>`. */
export async function mountGuideSurface(signal: AbortSignal, details?: ViewDetails): Promise<MountedSurface> {
  const ui = await mountGuideUi(signal, details?.css);
  return {
    host: ui.host,
    draw: (view, handlers) => ui.show(h(GuideOverlay, { view, ...handlers }, details?.draw(view)), handlers.onClose),
    returnFocus: ui.returnFocus,
    raise: ui.raise,
    ensureAttached: ui.ensureAttached,
    remove: ui.remove,
  };
}
