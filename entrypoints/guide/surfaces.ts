import { type ComponentChild, h } from 'preact';
import { GuideOverlay } from '@/components/GuideOverlay';
import type { MountedSurface } from '@/lib/guide/session';
import type { GuideView } from '@/lib/guide/view';
import { mountGuideUi } from './mount-ui';

/** What a guide draws in the callout beyond the step's text; each guide script brings its own. */
export type ViewDetails = (view: GuideView) => ComponentChild;

/** The guide's views, drawn with the callout components inside `<pat-pilot-ui>`. */
export async function mountGuideSurface(signal: AbortSignal, details?: ViewDetails): Promise<MountedSurface> {
  const ui = await mountGuideUi(signal);
  return {
    host: ui.host,
    draw: (view, handlers) => ui.show(h(GuideOverlay, { view, ...handlers }, details?.(view)), handlers.onClose),
    returnFocus: ui.returnFocus,
    raise: ui.raise,
    ensureAttached: ui.ensureAttached,
    remove: ui.remove,
  };
}
