// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { readFineGrainedPageFacts } from '@/lib/github/fine-grained-page';
import * as find from '@/lib/github/fine-grained-find';
import { readFormPermissions, readRepositoryAccess } from '@/lib/github/fine-grained-form';
import { FINE_GRAINED_TOUR } from '@/lib/fine-grained/steps';
import { resolveIn } from '@/lib/guide/resolve-in';
import { reduceGuide } from '@/lib/guide/reducer';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { CLASSIC_LIST, form, LIST, RESULT, SIDEBAR } from './fixtures/fine-grained';

const GITHUB = 'https://github.com';
const page = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
const guide = reduceGuide(IDLE_GUIDE, { type: 'start', now: 1, tokenKind: 'fine-grained' });

/** The step the fine-grained tour shows on `html` at `path`, and the element it marks. */
function stepOn(html: string, path: string, state: Partial<GuideState> = {}) {
  const doc = page(html);
  const facts = readFineGrainedPageFacts(doc, GITHUB + path);
  const step = resolveIn(FINE_GRAINED_TOUR, facts, { ...guide, ...state });
  return { facts, id: step?.id, target: step?.findTarget?.(doc, { ...guide, ...state }), doc, step };
}

describe('the fine-grained pages as the guide reads them', () => {
  it('developer settings: points at the sidebar item "Fine-grained tokens"', () => {
    const { id, target } = stepOn(SIDEBAR, '/settings/apps');
    expect(id).toBe('open-tokens-fine-grained');
    expect(target?.getAttribute('href')).toBe('/settings/personal-access-tokens');
  });

  it('the list (and its older beta address): points at "Generate new token"', () => {
    const { facts, id, target } = stepOn(LIST, '/settings/personal-access-tokens');
    expect(facts.kind).toBe('fg-token-list');
    expect(id).toBe('fg-generate-new-token');
    expect(target?.getAttribute('href')).toBe('/settings/personal-access-tokens/new');
    expect(stepOn(LIST, '/settings/tokens?type=beta').facts.kind).toBe('fg-token-list');
  });

  it("the classic list: its menu first, then the menu's fine-grained item", () => {
    const closed = stepOn(CLASSIC_LIST, '/settings/tokens');
    expect(closed.id).toBe('fg-generate-new-token');
    expect(closed.target?.tagName).toBe('SUMMARY');
    const open = page(CLASSIC_LIST);
    open.querySelector('details')!.open = true;
    const target = closed.step!.findTarget!(open, guide);
    expect(target?.getAttribute('href')).toBe('/settings/personal-access-tokens/new');
  });

  it('the form: each form step marks its own control, in the order "Next" walks them', () => {
    const html = form({ permissions: [['Contents', 'Read and write']] });
    const targets: Record<string, (el: Element | undefined) => boolean> = {
      'fg-name': (el) => el?.id === 'user_programmatic_access_name',
      'fg-resource-owner': (el) => el?.id === 'resource-owner-select-panel-button',
      'fg-expiration': (el) => el?.getAttribute('popovertarget') === 'menu',
      'fg-repository-access': (el) => !!el?.querySelector('#install_target_selected') || el?.id === 'repository-menu-list-button',
      'fg-permissions': (el) => !!el?.querySelector('[role="tab"]') && /Add permissions/.test(el?.textContent ?? ''),
      'fg-generate-token': (el) => el?.textContent === 'Generate token' && !!el.closest('form'),
    };
    let state: GuideState = reduceGuide(guide, { type: 'page', facts: stepOn(html, '/settings/personal-access-tokens/new').facts, now: 2 });
    for (const [id, isTarget] of Object.entries(targets)) {
      const seen = stepOn(html, '/settings/personal-access-tokens/new', state);
      expect(seen.facts.kind).toBe('fg-token-form');
      expect(seen.id).toBe(id);
      expect(isTarget(seen.target), id).toBe(true);
      state = reduceGuide({ ...state, stepId: seen.id as GuideState['stepId'] }, { type: 'next' });
    }
  });

  it("fg-generate-token: the overlay's own button once GitHub opened it, never the token form's", () => {
    const { target } = stepOn(form({ overlay: true }), '/settings/personal-access-tokens/new', { stepId: 'fg-generate-token', formStep: 'fg-generate-token' });
    expect(target?.closest('.Overlay')).not.toBeNull();
  });

  it('reads the added permissions and the repository choice', () => {
    const doc = page(form({ access: 'selected', permissions: [['Contents', 'Read and write'], ['Metadata', 'Read-only']] }));
    const tokenForm = find.findFineGrainedForm(doc)!;
    expect(readFormPermissions(tokenForm)).toEqual([
      { label: 'Contents', access: 'write' },
      { label: 'Metadata', access: 'read' },
    ]);
    expect(readRepositoryAccess(tokenForm)).toBe('selected');
  });

  it('the result: the copy button and the token id, never the token', () => {
    const { facts, id, target } = stepOn(RESULT, '/settings/personal-access-tokens');
    expect(facts).toMatchObject({ kind: 'fg-token-result', tokenId: '4242' });
    expect(id).toBe('fg-copy-token');
    expect(target?.getAttribute('for')).toBe('new-access-token');
    expect(stepOn(RESULT, '/settings/personal-access-tokens', { copied: true }).id).toBe('store-token');
  });
});
