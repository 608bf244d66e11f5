// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openMenus, unionBox } from '@/lib/dom/open-menu';

/** happy-dom lays nothing out: each element's box is set by hand, as a browser would report it. */
function place(el: Element, box: { x: number; y: number; width: number; height: number }): void {
  el.getBoundingClientRect = () => ({ ...box, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, toJSON: () => box }) as DOMRect;
}

describe('openMenus', () => {
  it('finds the list a popover button inside the target opened, outside the target', () => {
    document.body.innerHTML = `
      <fieldset id="target"><button popovertarget="repos-overlay" aria-controls="repos-list">Select repositories</button></fieldset>
      <div id="repos-overlay" popover><ul id="repos-list" role="menu"></ul></div>`;
    const overlay = document.getElementById('repos-overlay')!;
    place(overlay, { x: 10, y: 200, width: 300, height: 240 });
    expect(openMenus(document.getElementById('target')!)).toEqual([overlay]);
  });

  it('finds a React menu by aria-controls while its button is expanded, and nothing once it closed', () => {
    document.body.innerHTML = `
      <div id="target"><button aria-haspopup="true" aria-expanded="true" aria-controls="perm-menu">Add permissions</button></div>
      <ul id="perm-menu" role="menu"></ul>`;
    const menu = document.getElementById('perm-menu')!;
    place(menu, { x: 400, y: 300, width: 280, height: 320 });
    const target = document.getElementById('target')!;
    expect(openMenus(target)).toEqual([menu]);
    target.querySelector('button')!.setAttribute('aria-expanded', 'false');
    expect(openMenus(target)).toEqual([]);
  });

  it('ignores a closed popover (no box) and a menu that sits inside the target', () => {
    document.body.innerHTML = `
      <div id="target"><button popovertarget="closed">Expiration</button>
        <button aria-expanded="true" aria-controls="inner">Owner</button><ul id="inner" role="menu"></ul></div>
      <div id="closed" popover></div>`;
    place(document.getElementById('inner')!, { x: 0, y: 0, width: 100, height: 100 });
    expect(openMenus(document.getElementById('target')!)).toEqual([]);
  });
});

describe('unionBox', () => {
  it('holds every box', () => {
    expect(unionBox([{ x: 10, y: 20, width: 100, height: 30 }, { x: 0, y: 60, width: 50, height: 200 }])).toEqual({ x: 0, y: 20, width: 110, height: 240 });
  });
});
