import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Rect } from '@/components/Spotlight';

export interface Placement {
  rect: Rect | undefined;
  /** Inline position of the card (fixed strategy). */
  card: Record<string, string> | undefined;
}

/** A card beside a target taller than most of the viewport would leave the screen: dock it instead. */
const DOCKED = { right: '24px', bottom: '24px', left: 'auto', top: 'auto' };
const TALL_TARGET = 0.5;

/**
 * Keep the card beside the target and the spotlight on it through scroll, resize and layout
 * shifts. Floating UI does the placement and the watching; "last call wins" when updates race.
 */
export function trackAnchor(target: Element, card: HTMLElement, onPlace: (placement: Placement) => void): () => void {
  let call = 0;
  const update = () => {
    const mine = ++call;
    const box = target.getBoundingClientRect();
    const rect = { x: box.x, y: box.y, width: box.width, height: box.height };
    if (box.height > window.innerHeight * TALL_TARGET) return onPlace({ rect, card: DOCKED });
    void computePosition(target, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(14), flip({ fallbackPlacements: ['top-start', 'right', 'left'] }), shift({ padding: 8, crossAxis: true })],
    }).then(({ x, y }) => {
      if (mine === call) onPlace({ rect, card: { left: `${Math.round(x)}px`, top: `${Math.round(y)}px`, right: 'auto', bottom: 'auto' } });
    });
  };
  return autoUpdate(target, card, update, { animationFrame: false });
}
