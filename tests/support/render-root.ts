import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** A fresh element in the document for each test to render into, emptied and removed after it. */
export function renderRoot(): { readonly element: HTMLElement } {
  const holder = { element: undefined as unknown as HTMLElement };
  beforeEach(() => {
    holder.element = document.createElement('div');
    document.body.append(holder.element);
  });
  afterEach(() => {
    render(null, holder.element);
    holder.element.remove();
  });
  return holder;
}
