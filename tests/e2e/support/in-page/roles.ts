/**
 * Runs inside the page (serialized with toString): no imports, no closures over module scope.
 * A deliberately small part of the HTML-AAM role mapping: what GitHub's settings pages and the
 * guide's callout use. `<summary>` maps to button, as browsers expose GitHub's summary buttons.
 */
export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : undefined;
  if (tag === 'input') return inputRole(el as HTMLInputElement);
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
  }
  if (/^h[1-6]$/.test(tag)) return 'heading';
  const byTag: Record<string, string> = {
    textarea: 'textbox', option: 'option', dialog: 'dialog', nav: 'navigation', main: 'main',
    ul: 'list', ol: 'list', li: 'listitem', details: 'group', fieldset: 'group', table: 'table',
    img: el.getAttribute('alt') === '' ? 'presentation' : 'img',
  };
  return byTag[tag];

  function inputRole(input: HTMLInputElement): string | undefined {
    if (['button', 'submit', 'reset', 'image'].includes(input.type)) return 'button';
    if (['checkbox', 'radio'].includes(input.type)) return input.type;
    if (input.type === 'range') return 'slider';
    if (input.type === 'hidden') return undefined;
    if (input.list) return 'combobox';
    return input.type === 'search' ? 'searchbox' : 'textbox';
  }
}
