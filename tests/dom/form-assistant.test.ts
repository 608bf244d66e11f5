// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { findTokenForm } from '@/lib/github/find';
import { readExpiration, readNote, readTickedScopes } from '@/lib/github/token-form';
import { assistForm } from '@/lib/guide/form-assistant';
import type { FormPlan } from '@/lib/guide/form-plan';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { renderReplicaPage } from '../support/github-replica';

const plan: FormPlan = { note: 'PAT Pilot test', expiration: '30', scopes: ['repo', 'admin:repo_hook', 'delete_repo'] };
const guide: GuideState = { ...IDLE_GUIDE, active: true };
const FORM_SCRIPT = readFileSync('tests/fixtures/github/behaviour/token-form.js', 'utf8');
const PRIMER_SCRIPT = readFileSync('node_modules/@primer/view-components/app/assets/javascripts/primer_view_components.js', 'utf8');

beforeAll(() => {
  // Primer ViewComponents' <action-menu> checks the item and fills the hidden input; GitHub's own form script
  // then ticks a parent's children and labels the menu.
  new Function(PRIMER_SCRIPT)();
  new Function(FORM_SCRIPT)();
});

describe.each(['action-menu', 'select'] as const)('form assistant on the %s form', (expiration) => {
  let form: HTMLFormElement;
  const submitted = vi.fn((event: Event) => event.preventDefault());

  const load = (path = '/settings/tokens/new') => {
    document.documentElement.innerHTML = renderReplicaPage(path, { expiration }).replace(/^<!doctype html>/i, '');
    // happy-dom ignores `selected` on options parsed through innerHTML; a browser honours it.
    for (const option of document.querySelectorAll<HTMLOptionElement>('option[selected]')) option.selected = true;
    form = findTokenForm(document)!;
    form.addEventListener('submit', submitted);
  };
  beforeEach(() => {
    submitted.mockClear();
    load();
  });

  it('fills the note, keeps 30 days and ticks the preset', () => {
    const result = assistForm(form, guide, plan);
    expect(readNote(form)).toBe('PAT Pilot test');
    expect(readExpiration(form)).toBe('30');
    expect(readTickedScopes(form)).toEqual(expect.arrayContaining(plan.scopes));
    expect(result.missingScopes).toEqual([]);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('replaces a preset "No expiration" with the plan', () => {
    load('/settings/tokens/new?default_expires_at=none');
    expect(readExpiration(form)).toBe('none');
    assistForm(form, guide, plan);
    expect(readExpiration(form)).toBe('30');
  });

  it('leaves an expiration the user chose', () => {
    load('/settings/tokens/new?default_expires_at=90');
    assistForm(form, { ...guide, expirationChosen: true }, plan);
    expect(readExpiration(form)).toBe('90');
  });

  it('never re-ticks what the user unticked and never unticks', () => {
    (form.querySelector('input[value="gist"]') as HTMLInputElement).click();
    assistForm(form, { ...guide, untickedScopes: ['delete_repo'] }, plan);
    const ticked = readTickedScopes(form);
    expect(ticked).not.toContain('delete_repo');
    expect(ticked).toEqual(expect.arrayContaining(['repo', 'admin:repo_hook', 'gist']));
  });

  it('a ticked parent ticks its children, which are not reported as extra', () => {
    const { extraScopes } = assistForm(form, guide, plan);
    expect(readTickedScopes(form)).toContain('repo:status');
    expect(extraScopes).toEqual([]);
  });

  it('never changes a note the user typed, even one GitHub refuses', () => {
    load('/settings/tokens/new?description=laptop');
    assistForm(form, { ...guide, noteTyped: true, knownNotes: ['laptop'] }, plan);
    expect(readNote(form)).toBe('laptop');
  });

  it('replaces a prefilled note that is already taken with a unique one', () => {
    load('/settings/tokens/new?description=PAT%20Pilot%20test');
    assistForm(form, { ...guide, knownNotes: ['PAT Pilot test'] }, plan);
    expect(readNote(form)).toBe('PAT Pilot test (2)');
  });

  it('sets a custom date through GitHub\'s own custom option', () => {
    assistForm(form, guide, { ...plan, expiration: 'custom', customDate: '2027-01-31' });
    expect(readExpiration(form)).toBe('custom');
    expect(form.querySelector<HTMLInputElement>('[name="oauth_access[custom_expires_at]"]')!.value).toBe('2027-01-31');
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe('the form assistant never clicks anything that submits', () => {
  const submitted = vi.fn((event: Event) => event.preventDefault());
  const lookAlikeClicked = vi.fn();

  /** Next to each real menu item and scope box: controls with the same role, value and text that would submit. */
  const addLookAlikes = (form: HTMLFormElement) => {
    for (const item of form.querySelectorAll('.js-new-default-token-expiration-item')) {
      const value = item.querySelector('button')!.dataset.value!;
      const label = item.textContent!.trim();
      item.insertAdjacentHTML(
        'beforebegin',
        `<li class="js-new-default-token-expiration-item"><button type="submit" role="menuitemradio" data-value="${value}">${label}</button></li>` +
          `<li class="js-new-default-token-expiration-item"><button role="menuitemradio" data-value="${value}">${label}</button></li>` +
          `<li class="js-new-default-token-expiration-item"><input type="submit" role="menuitemradio" data-value="${value}" value="${label}"></li>`,
      );
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="oauth_access[scopes][]"]')) {
      box.closest('label')!.insertAdjacentHTML('beforebegin', `<input type="submit" name="oauth_access[scopes][]" value="${box.value}">`);
    }
    for (const control of form.querySelectorAll('[type="submit"], button:not([type])')) control.addEventListener('click', lookAlikeClicked);
  };

  it.each(['90', 'none', 'custom'])('chooses %s on the action menu through the real item only', (expiration) => {
    document.documentElement.innerHTML = renderReplicaPage('/settings/tokens/new', { expiration: 'action-menu' }).replace(/^<!doctype html>/i, '');
    const form = findTokenForm(document)!;
    form.addEventListener('submit', submitted);
    // GitHub's own "Generate token" button is the one submit control the assistant must never press either.
    addLookAlikes(form);
    lookAlikeClicked.mockClear();
    submitted.mockClear();
    const result = assistForm(form, guide, { ...plan, expiration, customDate: '2027-01-31' });
    expect(readExpiration(form)).toBe(expiration);
    expect(readTickedScopes(form)).toEqual(expect.arrayContaining(plan.scopes));
    expect(result.missingScopes).toEqual([]);
    expect(lookAlikeClicked).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
  });
});
