import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Rect } from '@/components/Spotlight';

export interface Placement {
  rect: Rect | undefined;
  card: { left: string; top: string } | undefined;
}

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
    void computePosition(target, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(14), flip({ fallbackPlacements: ['top-start', 'right', 'left'] }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (mine === call) onPlace({ rect, card: { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` } });
    });
  };
  return autoUpdate(target, card, update, { animationFrame: false });
}
