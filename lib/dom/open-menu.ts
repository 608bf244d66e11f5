import type { Box } from './place-card';

/**
 * The menus a target has open: GitHub's pickers (Primer's action-menu, React's ActionMenu) open a list below
 * their button, often in the top layer or at the end of <body>, outside the target's own box. The callout is
 * placed beside the target and these together, so it never covers the list the user is choosing from.
 */
const OPENERS = '[popovertarget], [aria-expanded="true"][aria-controls]';

export function openMenus(target: Element): Element[] {
  const openers = [target, ...target.querySelectorAll(OPENERS)].filter((el) => el.matches(OPENERS));
  return openers.flatMap((opener) => {
    const id = opener.getAttribute('popovertarget') ?? opener.getAttribute('aria-controls');
    const menu = id ? opener.ownerDocument.getElementById(id) : null;
    return menu && !target.contains(menu) && isOpen(menu) ? [menu] : [];
  });
}

function isOpen(menu: Element): boolean {
  const { width, height } = menu.getBoundingClientRect();
  return width > 0 && height > 0;
}

/** The smallest box holding all of them. */
export function unionBox(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
