import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '@/lib/dom/place-card';

const viewport = { width: 1280, height: 800 };
const card = { width: 340, height: 200 };
const box = (x: number, y: number, width = 100, height = 32) => ({ x, y, width, height });

describe('placeCard', () => {
  it('puts the card below the target, start-aligned, when there is room', () => {
    expect(placeCard(box(200, 100), card, viewport)).toEqual({ side: 'bottom', x: 200, y: 100 + 32 + GAP });
  });

  it('flips above a target near the bottom edge', () => {
    expect(placeCard(box(200, 700), card, viewport)).toEqual({ side: 'top', x: 200, y: 700 - GAP - 200 });
  });

  it('goes to the right when neither below nor above has room', () => {
    const tall = box(100, 200, 100, 420);
    expect(placeCard(tall, card, viewport)).toEqual({ side: 'right', x: 100 + 100 + GAP, y: 200 + 210 - 100 });
  });

  it('goes to the left when only the left has room', () => {
    const wideTall = box(500, 200, 760, 420);
    expect(placeCard(wideTall, card, viewport).side).toBe('left');
  });

  it('shifts the card inside the viewport when the target touches the right edge', () => {
    const place = placeCard(box(1200, 100, 60), card, viewport);
    expect(place).toEqual({ side: 'bottom', x: viewport.width - card.width - MARGIN, y: 100 + 32 + GAP });
  });

  it('picks the side that overflows least (below on a tie) when no side has room, and keeps the card on screen', () => {
    const small = { width: 400, height: 300 };
    const place = placeCard(box(20, 120, 360, 60), card, small);
    expect(place).toEqual({ side: 'bottom', x: 20, y: small.height - card.height - MARGIN });
  });

  it('keeps the card start visible when the card is larger than the viewport', () => {
    const place = placeCard(box(10, 10), { width: 900, height: 900 }, { width: 320, height: 480 });
    expect({ x: place.x, y: place.y }).toEqual({ x: MARGIN, y: MARGIN });
  });
});
