import type { Scope } from '../types';
import { nameOf } from './accessible-name';
import { roleOf } from './roles';

/** A target as it crosses into the page: plain JSON. */
export type PageQuery =
  | { css: string }
  | { role: string; name?: { text: string } | { source: string; flags: string } };

/**
 * The functions available inside the page. They are serialized one by one and handed to each
 * other through `h`, because imports do not exist on the page's side.
 */
export interface InPage {
  roots(scope: Scope): Array<Document | ShadowRoot>;
  find(query: PageQuery, scope: Scope, h: InPage): Element[];
  roleOf(el: Element): string | undefined;
  nameOf(el: Element, h: InPage): string;
  isVisible(el: Element): boolean;
  /** The innermost element at a viewport point, looking through open shadow roots. */
  hitAt(x: number, y: number): Element | null;
}

function roots(scope: Scope): Array<Document | ShadowRoot> {
  const hosts = [...document.querySelectorAll('pat-pilot-ui')];
  if (scope === 'ui') return hosts.flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
  const found: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < found.length; i++) {
    for (const el of found[i]!.querySelectorAll('*')) {
      if (el.shadowRoot && el.localName !== 'pat-pilot-ui') found.push(el.shadowRoot);
    }
  }
  return found;
}

function find(query: PageQuery, scope: Scope, h: InPage): Element[] {
  const all = h.roots(scope).flatMap((root) => [...root.querySelectorAll('css' in query ? query.css : '*')]);
  if ('css' in query) return all;
  const { name } = query;
  const matches = (text: string) =>
    !name || ('text' in name ? text === name.text.replace(/\s+/g, ' ').trim() : new RegExp(name.source, name.flags).test(text));
  // Role queries see what the accessibility tree sees: rendered, not aria-hidden.
  return all.filter((el) => h.roleOf(el) === query.role && h.isVisible(el) && !el.closest('[aria-hidden="true"]')
    && matches(h.nameOf(el, h)));
}

function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && el.checkVisibility({ visibilityProperty: true });
}

function hitAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

const HELPERS = { roots, find, roleOf, nameOf, isVisible, hitAt };

/** Source of an expression that calls `main(arg, helpers)` in the page. */
export function inPageCall<A>(main: (arg: A, h: InPage) => unknown, arg: A): string {
  const entries = Object.entries(HELPERS).map(([key, fn]) => `${key}: (${fn.toString()})`);
  return `(${main.toString()})(${JSON.stringify(arg)}, { ${entries.join(', ')} })`;
}
