/**
 * Where the callout goes beside its target: a pure function of three boxes, so it is tested
 * without a browser. Below the target first (reading order), then above, right, left; the first
 * side with room wins, otherwise the side that overflows least. The result is kept inside the
 * viewport, as a card cut off at the edge is worse than one that covers part of the page.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'bottom' | 'top' | 'right' | 'left';

export interface CardPlace {
  side: Side;
  x: number;
  y: number;
}

/** Space between the target and the card, and the card's least distance from the viewport edge. */
export const GAP = 14;
export const MARGIN = 8;
const SIDES: readonly Side[] = ['bottom', 'top', 'right', 'left'];

export function placeCard(target: Box, card: Size, viewport: Size): CardPlace {
  const side = SIDES.find((s) => overflow(s, target, card, viewport) <= 0) ?? leastOverflowing(target, card, viewport);
  const { x, y } = besideTarget(side, target, card);
  return {
    side,
    x: clamp(x, MARGIN, viewport.width - card.width - MARGIN),
    y: clamp(y, MARGIN, viewport.height - card.height - MARGIN),
  };
}

function besideTarget(side: Side, target: Box, card: Size): { x: number; y: number } {
  const middleY = target.y + target.height / 2 - card.height / 2;
  if (side === 'bottom') return { x: target.x, y: target.y + target.height + GAP };
  if (side === 'top') return { x: target.x, y: target.y - GAP - card.height };
  if (side === 'right') return { x: target.x + target.width + GAP, y: middleY };
  return { x: target.x - GAP - card.width, y: middleY };
}

/** How far the card would stick out of the viewport on that side (≤ 0: it fits). */
function overflow(side: Side, target: Box, card: Size, viewport: Size): number {
  if (side === 'bottom') return target.y + target.height + GAP + card.height - (viewport.height - MARGIN);
  if (side === 'top') return MARGIN - (target.y - GAP - card.height);
  if (side === 'right') return target.x + target.width + GAP + card.width - (viewport.width - MARGIN);
  return MARGIN - (target.x - GAP - card.width);
}

function leastOverflowing(target: Box, card: Size, viewport: Size): Side {
  const by = (side: Side) => overflow(side, target, card, viewport);
  return SIDES.reduce((best, side) => (by(side) < by(best) ? side : best));
}

/** Lower bound wins when the card is larger than the room (the card's start stays visible). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
