// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { createGitHubReplica, type ReplicaOptions } from '../support/github-replica';
import { getFrom, replicaDocument } from '../support/github-replica/testing';

const linked = (document: Document, selector: string, attribute: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.getAttribute(attribute) ?? '');

describe('replica pages run on GitHub’s open-source front end', () => {
  it('links Primer CSS and Primer ViewComponents’ CSS, served from node_modules with their content types', () => {
    const document = replicaDocument('/settings/tokens');
    const sheets = linked(document, 'link[rel="stylesheet"]', 'href');
    expect(sheets).toEqual(expect.arrayContaining(['/_replica/vendor/primer.css', '/_replica/vendor/primer_view_components.css']));
    const replica = createGitHubReplica();
    for (const href of sheets) {
      const answer = getFrom(replica, href);
      expect([href, answer.status, answer.headers['content-type']]).toEqual([href, 200, 'text/css; charset=utf-8']);
    }
    expect(getFrom(replica, '/_replica/vendor/primer.css').body).toContain('[data-color-mode=dark][data-dark-theme=dark_dimmed]');
  });

  it('serves only the files on its list', () => {
    const replica = createGitHubReplica();
    expect(getFrom(replica, '/_replica/vendor/package.json').status).toBe(404);
    expect(getFrom(replica, '/_replica/vendor/..%2F..%2Fpackage.json').status).toBe(404);
  });

  it('draws every icon with @primer/octicons', () => {
    const icons = [...replicaDocument('/settings/tokens/new', { header: 'v3' }).querySelectorAll('svg.octicon')];
    expect(icons.length).toBeGreaterThan(5);
    for (const icon of icons) expect([icon.getAttribute('class'), icon.querySelector('path') !== null]).toEqual([icon.getAttribute('class'), true]);
    const key = icons.find((icon) => icon.classList.contains('octicon-key'))!;
    expect(key.getAttribute('viewBox')).toBe('0 0 16 16');
  });

  it.each(['v4', 'v5'] as const)('%s renders its menus with Primer React, bundled with React’s JSX runtime', (header) => {
    const document = replicaDocument('/', { header });
    expect(linked(document, 'script[type="module"]', 'src')).toContain('/_replica/vendor/header-menus.js');
    expect(linked(document, 'link[rel="stylesheet"]', 'href')).toContain('/_replica/vendor/header-menus.css');
    expect(document.querySelectorAll('react-partial [data-target="react-partial.reactRoot"]').length).toBeGreaterThan(0);
    const replica = createGitHubReplica({ header });
    const script = getFrom(replica, '/_replica/vendor/header-menus.js');
    expect([script.status, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    // The project's tsconfig points JSX at Preact, whose elements (fields such as __k) React cannot render
    // (React error #31): the bundle must carry React's JSX runtime only.
    expect(script.body).not.toContain('__k');
    expect(getFrom(replica, '/_replica/vendor/header-menus.css').body).toMatch(/\.prc-ActionList-/);
  }, 30_000);

  it('older headers load no React', () => {
    expect(linked(replicaDocument('/', { header: 'v3' }), 'script[type="module"]', 'src')).not.toContain('/_replica/vendor/header-menus.js');
  });

  it.each<[ReplicaOptions['theme'], string, string]>([
    ['auto', 'auto', 'dark'],
    ['light', 'light', 'dark'],
    ['dark', 'dark', 'dark'],
    ['dark_dimmed', 'dark', 'dark_dimmed'],
  ])('theme %s sets Primer’s color-mode attributes', (theme, mode, darkTheme) => {
    const html = replicaDocument('/', { theme }).documentElement;
    expect([html.dataset.colorMode, html.dataset.lightTheme, html.dataset.darkTheme]).toEqual([mode, 'light', darkTheme]);
  });
});
