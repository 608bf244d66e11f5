// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findRegenerateControl, findRegenerateForm, findRegenerateSubmit, findTokenLink, readRegenerateNote } from '@/lib/github/token-page';
import { parseHtml } from '../support/github-replica/testing';

/**
 * A fine-grained token's pages as github-ui.md §17 names them (the list's rows as the classic list's, §14); markup
 * beyond the paths is inferred, so only what the renewal relies on is spelled out.
 */
const list = parseHtml(`
  <div id="access-token-2001" class="access-token" data-id="2001">
    <strong><a class="token-description" href="/settings/personal-access-tokens/2001">deploy</a></strong>
  </div>
  <div id="access-token-2002" class="access-token" data-id="2002">
    <strong><a href="/settings/personal-access-tokens/2002">laptop</a></strong>
  </div>`);
const tokenPage = parseHtml(`<h2>deploy</h2><a class="btn" href="/settings/personal-access-tokens/2001/regenerate">Regenerate token</a>`);
const regenerate = parseHtml(`
  <form action="/settings/personal-access-tokens/2001/regenerate" method="post">
    <p class="token-description">deploy</p>
    <button type="submit" class="btn btn-primary">Regenerate token</button>
  </form>`);

describe('a fine-grained token’s pages as a renewal reads them', () => {
  it('finds the token’s link in the fine-grained list by its name', () => {
    expect(findTokenLink(list, 'deploy')?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001');
    expect(findTokenLink(list, 'laptop')?.getAttribute('href')).toBe('/settings/personal-access-tokens/2002');
  });

  it('finds "Regenerate token" on the token’s page, and the regenerate form with its submit and name', () => {
    expect(findRegenerateControl(tokenPage)?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001/regenerate');
    expect(findRegenerateForm(tokenPage)).toBeUndefined();
    const form = findRegenerateForm(regenerate)!;
    expect(findRegenerateSubmit(form)?.textContent).toBe('Regenerate token');
    expect(readRegenerateNote(form)).toBe('deploy');
    expect(findRegenerateControl(regenerate)).toBeUndefined();
  });
});
