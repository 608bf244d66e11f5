import type { Scope } from '../types';
import type { InPage, PageQuery } from './helpers';

/** Entry points run in the page through `inPageCall`; each is self-contained but for `h`. */

export interface Located {
  attached: number;
  visible: number;
  /** Set when asked for a click point and exactly one visible element matched. */
  point?: { x: number; y: number };
  /** The element itself (or its descendant) is what a click at `point` would hit. */
  receivesClick?: boolean;
  /** What is at `point` instead, for the error message. */
  hit?: string;
}

export function locate(arg: { query: PageQuery; within: Scope; point: boolean }, h: InPage): Located {
  const attached = h.find(arg.query, arg.within, h);
  const visible = attached.filter((el) => h.isVisible(el));
  const result: Located = { attached: attached.length, visible: visible.length };
  const el = visible[0];
  if (!arg.point || visible.length !== 1 || !el) return result;
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const rect = el.getBoundingClientRect();
  const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  const hit = h.hitAt(point.x, point.y);
  let node: Node | null = hit;
  while (node && node !== el) node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  const describe = hit ? `<${hit.localName}${hit.id ? `#${hit.id}` : ''}>` : 'nothing';
  return { ...result, point, receivesClick: node === el, hit: describe };
}

export function countAttribute(name: string, h: InPage): number {
  return h.roots('page').reduce((sum, root) => sum + root.querySelectorAll(`[${CSS.escape(name)}]`).length, 0);
}

export function uiText(_: null, h: InPage): string {
  const parts = h.roots('ui').flatMap((root) => [...root.children])
    .filter((el) => !['style', 'script', 'link'].includes(el.localName))
    .map((el) => (el as HTMLElement).innerText ?? el.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function dialogName(_: null, h: InPage): string | undefined {
  const dialogs = h.roots('ui').flatMap((root) => [...root.querySelectorAll('[role="dialog"], dialog')]);
  const shown = dialogs.find((el) => h.isVisible(el));
  return shown ? h.nameOf(shown, h) : undefined;
}

/** Resolves once nothing in the DOM changed for `quietMs`, or after `capMs` at the latest. */
export function domIdle(arg: { quietMs: number; capMs: number }): Promise<boolean> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, arg.quietMs, true);
    const cap = setTimeout(done, arg.capMs, false);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, arg.quietMs, true);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    function done(quiet: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve(quiet);
    }
  });
}
