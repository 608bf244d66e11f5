import type { Box as Rect } from '@/lib/dom/place-card';

const PADDING = 6;

/** Dims the page around the target with an even-odd cut-out; it never touches GitHub's elements. */
export function Spotlight({ rect }: { rect: Rect | undefined }) {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const outer = `M0 0H${w}V${h}H0Z`;
  const hole = rect
    ? `M${rect.x - PADDING} ${rect.y - PADDING}h${rect.width + 2 * PADDING}v${rect.height + 2 * PADDING}h${-(rect.width + 2 * PADDING)}Z`
    : '';
  return (
    <svg class="spotlight" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      <path d={outer + hole} fill-rule="evenodd" class="spotlight-dim" />
      {rect && (
        <rect
          class="spotlight-ring"
          x={rect.x - PADDING}
          y={rect.y - PADDING}
          width={rect.width + 2 * PADDING}
          height={rect.height + 2 * PADDING}
          rx="6"
        />
      )}
    </svg>
  );
}
