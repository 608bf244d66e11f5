import { h } from 'preact';
import { GuideOverlay } from '@/components/GuideOverlay';
import type { MountedSurface } from '@/lib/guide/session';
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
