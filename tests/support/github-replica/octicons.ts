import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every icon on replica pages comes from @primer/octicons, as on github.com: fixtures write an empty
 * `<svg class="octicon octicon-NAME" height="16" …></svg>` and `withOcticons` fills in the icon's paths and
 * viewBox at the size closest to its height. An unknown name throws, so a typo never renders an empty icon.
 */
interface Octicon {
  heights: Record<string, { width: number; path: string }>;
}

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/@primer/octicons/build/data.json');
let icons: Record<string, Octicon> | undefined;

function octicon(name: string): Octicon {
  icons ??= JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, Octicon>;
  const icon = icons[name];
  if (!icon) throw new Error(`replica: no octicon "${name}"`);
  return icon;
}

function closestHeight(icon: Octicon, wanted: number): number {
  const heights = Object.keys(icon.heights).map(Number);
  return heights.reduce((best, height) => (Math.abs(height - wanted) < Math.abs(best - wanted) ? height : best));
}

const EMPTY_OCTICON = /<svg\b([^>]*\bclass="[^"]*\bocticon octicon-([\w-]+)[^"]*"[^>]*)><\/svg>/g;

export function withOcticons(html: string): string {
  return html.replace(EMPTY_OCTICON, (_all, attributes: string, name: string) => {
    const icon = octicon(name);
    const height = closestHeight(icon, Number(/\bheight="(\d+)"/.exec(attributes)?.[1] ?? 16));
    const { width, path } = icon.heights[String(height)]!;
    const kept = attributes.replace(/\s(viewBox|fill)="[^"]*"/g, '');
    return `<svg${kept} viewBox="0 0 ${width} ${height}" fill="currentColor">${path}</svg>`;
  });
}
