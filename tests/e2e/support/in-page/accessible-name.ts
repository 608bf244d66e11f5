import type { InPage } from './helpers';

/**
 * Runs inside the page (serialized with toString). A compact accessible-name computation
 * (aria-labelledby, aria-label, labels, value, alt, content, title): the same in both
 * browsers, so a test that clicks "Generate token" means the same element everywhere.
 */
export function nameOf(el: Element, h: InPage): string {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const labelled = clean(ids.map((id) => textOf(root.getElementById(id))).join(' '));
  if (labelled) return labelled;
  const label = clean(el.getAttribute('aria-label'));
  if (label) return label;
  if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return clean(el.value);
  const labels = 'labels' in el ? (el.labels as NodeListOf<HTMLLabelElement> | null) : null;
  if (labels?.length) return clean([...labels].map(textOf).join(' '));
  if (el.localName === 'img') return clean(el.getAttribute('alt'));
  const fromContent = ['button', 'link', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tab', 'option',
    'checkbox', 'radio', 'switch', 'heading', 'treeitem', 'cell', 'tooltip'];
  const content = fromContent.includes(h.roleOf(el) ?? '') ? clean(textOf(el)) : '';
  return content || clean(el.getAttribute('title'));

  /** Text of a subtree in the flat tree, skipping what assistive technology does not see. */
  function textOf(node: Node | null): string {
    if (!node) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (node.getAttribute('aria-hidden') === 'true' || ['style', 'script', 'template'].includes(node.localName)) return '';
    if (node !== el && node.getAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
    if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
    if (node instanceof HTMLInputElement && node !== el) return ` ${node.value} `;
    const display = getComputedStyle(node).display;
    if (display === 'none' && node !== el) return '';
    const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true })
      : [...(node.shadowRoot ?? node).childNodes];
    const inner = children.map(textOf).join('');
    return display === 'inline' ? inner : ` ${inner} `;
  }
}
