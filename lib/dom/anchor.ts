import { type Box, placeCard } from './place-card';
import { openMenus, unionBox } from './open-menu';

export interface Placement {
  rect: Box | undefined;
  /** Inline position of the card (fixed strategy). */
  card: Record<string, string> | undefined;
}

/** A card beside a target taller than most of the viewport would leave the screen: dock it instead. */
const DOCKED = { right: '24px', bottom: '24px', left: 'auto', top: 'auto' };
const TALL_TARGET = 0.5;

/**
 * Keep the card beside the target and the spotlight on it through scroll (of the page or any
 * scrolling box: scroll does not bubble, so it is caught on the way down), resizes, and layout
 * shifts (GitHub inserting content above the target; our own host sits outside <body>, so our
 * renders do not wake the observer). Placement is synchronous, so the spotlight lands in the same
 * frame as the change; changes within a frame are placed once, and an unchanged place is not re-sent.
 */
export function trackAnchor(target: Element, card: HTMLElement, onPlace: (placement: Placement) => void): () => void {
  let last = '';
  const update = () => {
    const placement = placementFor(target, card);
    // The spotlight is drawn at the window's size, so a resized window is a change too.
    const key = JSON.stringify([placement, window.innerWidth, window.innerHeight]);
    if (key !== last) onPlace(placement);
    last = key;
  };
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };
  const stop = new AbortController();
  window.addEventListener('scroll', update, { capture: true, passive: true, signal: stop.signal });
  window.addEventListener('resize', schedule, { passive: true, signal: stop.signal });
  const resized = new ResizeObserver(schedule);
  [target, card].forEach((box) => resized.observe(box));
  const shifted = new MutationObserver(schedule);
  shifted.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  stop.signal.addEventListener('abort', () => {
    resized.disconnect();
    shifted.disconnect();
    cancelAnimationFrame(frame);
  });
  update();
  return () => stop.abort();
}

function boxOf(el: Element): Box {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
}

function placementFor(target: Element, card: HTMLElement): Placement {
  const box = target.getBoundingClientRect();
  const rect = { x: box.x, y: box.y, width: box.width, height: box.height };
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  if (box.height > viewport.height * TALL_TARGET) return { rect, card: DOCKED };
  // A menu the target opened counts as part of it: the card goes beside both, never over the open list.
  const around = unionBox([rect, ...openMenus(target).map(boxOf)]);
  const { x, y } = placeCard(around, { width: card.offsetWidth, height: card.offsetHeight }, viewport);
  return { rect, card: { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, right: 'auto', bottom: 'auto' } };
}
