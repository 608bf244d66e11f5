// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrefillReview } from '@/components/PrefillReview';
import { findTokenForm } from '@/lib/github/find';
import { findScope } from '@/lib/github/scopes';
import { readCustomDate, readExpiration, readNote, readTickedScopes } from '@/lib/github/token-form';
import { reviewPrefill, scopeFlags, type ReviewPreset } from '@/lib/guide/prefill-review';
import { renderReplicaPage } from '../support/github-replica';
import { messageReader } from '../setup/messages';

const PRESET: ReviewPreset = { scopes: ['repo', 'workflow'], expiration: '30' };
const GITHUB = 'https://github.com';

/** GitHub's form as another app's link opens it (the replica answers the prefill query as GitHub does). */
function openLink(query: string) {
  const url = `${GITHUB}/settings/tokens/new?${query}`;
  document.documentElement.innerHTML = renderReplicaPage(`/settings/tokens/new?${query}`).replace(/^<!doctype html>/i, '');
  const form = findTokenForm(document)!;
  const shown = () => ({ ticked: readTickedScopes(form), note: readNote(form), expiration: readExpiration(form), customDate: readCustomDate(form) });
  return { url, form, review: (preset = PRESET) => reviewPrefill(url, shown(), preset) };
}

const handlers = () => ({ onUntickBeyond: vi.fn(), onSetExpiration: vi.fn(), onDismiss: vi.fn() });

async function show(review: ReturnType<typeof reviewPrefill>, on = handlers()) {
  const root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<PrefillReview review={review} settingsExpiration="30 days" {...on} />, root));
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
  const named = (text: string) => [...dialog.querySelectorAll('button')].find((button) => button.textContent === text);
  const scope = (name: string) => dialog.querySelector(`li[data-scope="${name}"]`);
  return { root, dialog, named, scope, on };
}

afterEach(() => {
  render(null, document.body);
  fakeBrowser.i18n.getMessage = messageReader('en');
});

describe('a link asking admin:org and delete_repo with no expiration', () => {
  const link = () => openLink('scopes=admin:org,delete_repo&description=Some%20app&default_expires_at=none');

  it('is reviewed with both scopes flagged, beyond the preset, and the missing expiration flagged', () => {
    const review = link().review();
    expect(review.link).toEqual({ note: 'Some app', expiration: 'none', unknownScopes: [] });
    expect([review.note, review.noExpiration, review.expirationMatchesSettings]).toEqual(['Some app', true, false]);
    // admin:org's children are ticked by GitHub along with it, and folded into it.
    expect(review.scopes.map(({ name, risk, flags, beyondPreset, fromLink }) => ({ name, risk, flags, beyondPreset, fromLink }))).toEqual([
      { name: 'admin:org', risk: 'admin', flags: ['administers'], beyondPreset: true, fromLink: true },
      { name: 'delete_repo', risk: 'destructive', flags: ['deletes'], beyondPreset: true, fromLink: true },
    ]);
    expect(review.scopes[0]!.explanation).toBeTruthy();
    expect(review.beyondPreset).toEqual(['admin:org', 'delete_repo']);
    expect(review.missingFromPreset).toEqual(['repo', 'workflow']);
    expect(review.matchesPreset).toBe(false);
  });

  it('shows a named dialog with each scope in plain words, its risk and its flag, and offers both fixes', async () => {
    const { dialog, named, scope } = await show(link().review());
    const title = dialog.ownerDocument.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Review what this link asks for');
    expect(scope('admin:org')?.textContent).toBe(`admin:org admin ⚠ administers · not in your preset${findScope('admin:org')!.explanation}`);
    expect(scope('delete_repo')?.textContent).toContain('⚠ can delete');
    expect(scope('delete_repo')?.classList.contains('flagged')).toBe(true);
    expect(dialog.querySelectorAll('li[data-scope]')).toHaveLength(2);
    expect(dialog.textContent).toContain('No expiration: this token would never expire.');
    expect(dialog.textContent).toContain('This link ticks more than your preset: admin:org, delete_repo.');
    expect(dialog.textContent).not.toMatch(/match your preset/);
    expect(named('Untick the 2 scopes beyond your preset')).toBeDefined();
    expect(named('Set expiration to 30 days')).toBeDefined();
    expect(named('Dismiss')).toBeDefined();
  });

  it('only calls back: the buttons change nothing on the form', async () => {
    const { form, review } = link();
    const { named, on } = await show(review());
    for (const text of ['Untick the 2 scopes beyond your preset', 'Set expiration to 30 days', 'Dismiss']) named(text)!.click();
    expect([on.onUntickBeyond, on.onSetExpiration, on.onDismiss].map((spy) => spy.mock.calls.length)).toEqual([1, 1, 1]);
    expect(readTickedScopes(form)).toEqual(expect.arrayContaining(['admin:org', 'delete_repo']));
    expect(readExpiration(form)).toBe('none');
  });
});

describe('a link asking less than the preset', () => {
  it('says so and does not claim a match', async () => {
    const review = openLink('scopes=repo&description=ci').review();
    expect([review.beyondPreset, review.missingFromPreset, review.matchesPreset]).toEqual([[], ['workflow'], false]);
    const { dialog, named } = await show(review);
    expect(dialog.textContent).toContain('This link asks for less than your preset: workflow not ticked.');
    expect(dialog.textContent).not.toMatch(/match your preset/);
    expect(named('Untick the 1 scope beyond your preset') ?? named('Untick the scope beyond your preset')).toBeUndefined();
    expect(named('Set expiration to 30 days')).toBeUndefined();
  });

  it('a child of a preset scope grants less: not beyond the preset, and the preset scope is missing', () => {
    const review = openLink('scopes=public_repo,workflow').review();
    expect([review.beyondPreset, review.missingFromPreset, review.matchesPreset]).toEqual([[], ['repo'], false]);
  });
});

describe('the verdict', () => {
  it('matches only when the form ticks exactly the preset', async () => {
    const review = openLink('scopes=repo,workflow&description=ci').review();
    expect(review.matchesPreset).toBe(true);
    expect((await show(review)).dialog.textContent).toContain('The ticked scopes match your preset.');
  });

  it('never matches while a scope beyond the preset stays ticked, even with all of the preset ticked', () => {
    const { form, review } = openLink('scopes=repo,workflow,gist');
    expect(review().matchesPreset).toBe(false);
    form.querySelector<HTMLInputElement>('input[value="gist"]')!.checked = false;
    expect(review().matchesPreset).toBe(true);
  });

  it("treats GHES's site_admin as beyond the preset, explains and flags it, and lists a scope it does not know", () => {
    const review = reviewPrefill(`${GITHUB}/settings/tokens/new?scopes=repo,site_admin,bogus`, { ticked: ['repo', 'workflow', 'site_admin'], note: '', expiration: '30' }, PRESET);
    expect(review.scopes.at(-1)).toMatchObject({ name: 'site_admin', risk: 'admin', beyondPreset: true, flags: ['administers', 'wholeAccount'] });
    expect(review.scopes.at(-1)?.explanation).toMatch(/site admin/);
    expect(review.link?.unknownScopes).toEqual(['bogus']);
    expect(review.matchesPreset).toBe(false);
  });

  it("reads the link on an added host's form as on github.com's (the review runs there too)", () => {
    const url = 'https://github.example.com/settings/tokens/new?description=ci&scopes=repo,site_admin,bogus';
    const review = reviewPrefill(url, { ticked: ['repo', 'workflow', 'site_admin'], note: 'ci', expiration: '30' }, PRESET);
    expect(review.link).toMatchObject({ note: 'ci', unknownScopes: ['bogus'] });
    expect(review.scopes.filter((scope) => scope.fromLink).map((scope) => scope.name)).toEqual(['repo', 'site_admin']);
  });

  it('has no link facts on another page, and still reviews the form', () => {
    const review = reviewPrefill(`${GITHUB}/settings/tokens`, { ticked: ['repo', 'workflow'], note: 'x', expiration: '30' }, PRESET);
    expect([review.link, review.matchesPreset, review.expirationMatchesSettings]).toEqual([undefined, true, true]);
  });
});

describe('scopeFlags', () => {
  it.each([
    ['delete_repo', ['deletes']], ['delete:packages', ['deletes']], ['admin:org', ['administers']], ['admin:enterprise', ['administers']],
    ['admin:repo_hook', ['administers']], ['manage_runners:org', ['administers']], ['scim:enterprise', ['administers']],
    ['user', ['wholeAccount']], ['site_admin', ['administers', 'wholeAccount']], ['repo', []], ['read:org', []], ['workflow', []],
  ])('%s: %j', (name, flags) => {
    expect(scopeFlags(name)).toEqual(flags);
  });
});

describe('in German', () => {
  it('speaks German, GitHub\'s scope names aside', async () => {
    fakeBrowser.i18n.getMessage = messageReader('de');
    const { dialog, named } = await show(openLink('scopes=admin:org,delete_repo&default_expires_at=none').review());
    expect(dialog.querySelector('h2')?.textContent).toBe('Prüfen Sie, was dieser Link verlangt');
    expect(dialog.textContent).toContain('kann löschen');
    expect(named('Die 2 Scopes über Ihre Vorgabe hinaus abwählen')).toBeDefined();
  });
});
