/** A small accessible-name reading, enough to tell GitHub's controls apart (aria-label, aria-labelledby, text). */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered and not hidden: zero-size boxes count as hidden (closed menus, collapsed groups). */
export function isVisible(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden], [aria-hidden="true"]')) return false;
  if (isInClosedDetails(element)) return false;
  if (typeof (element as HTMLElement).checkVisibility === 'function') {
    return (element as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  const rect = element.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

export function findFirst(root: ParentNode, selector: string, accept: (el: Element) => boolean): Element | undefined {
  for (const element of root.querySelectorAll(selector)) if (accept(element)) return element;
  return undefined;
}

/** Content of a closed <details> (other than its summary) is not rendered, whatever its styles say. */
function isInClosedDetails(element: Element): boolean {
  const details = element.closest('details:not([open])');
  return !!details && !element.closest('summary')?.parentElement?.isSameNode(details);
}
