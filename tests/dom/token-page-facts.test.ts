// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { readPageFacts } from '@/lib/github/page';
import { findRegenerateControl, findRegenerateForm, findRegenerateSubmit, findTokenLink, findTokenList, readRegenerateNote } from '@/lib/github/token-page';
import { createGitHubReplica } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml, submitForm, visit } from '../support/github-replica/testing';

/** What a renewal reads on the replica's token pages (built from github-ui.md §16). */
describe("a token's pages as a renewal reads them", () => {
  const replica = createGitHubReplica({ existingNotes: ['ci', 'deploy'] });
  const list = parseHtml(getFrom(replica, '/settings/tokens').body);
  const tokenPage = parseHtml(getFrom(replica, '/settings/tokens/1002').body);
  const regenerate = parseHtml(getFrom(replica, '/settings/tokens/1002/regenerate').body);

  it('finds the link of the token whose note matches, and the whole list for the user to pick from', () => {
    expect(findTokenLink(list, 'deploy')?.getAttribute('href')).toBe('/settings/tokens/1002');
    expect(findTokenLink(list, 'depl')).toBeUndefined();
    expect(findTokenList(list)?.querySelectorAll('.access-token')).toHaveLength(2);
    expect(readPageFacts(list, `${GITHUB}/settings/tokens`)).toMatchObject({ kind: 'token-list' });
    expect(readPageFacts(list, `${GITHUB}/settings/tokens`).tokenId).toBeUndefined();
  });

  it('tells the token page from its regenerate form, both at settings paths', () => {
    expect(readPageFacts(tokenPage, `${GITHUB}/settings/tokens/1002`)).toMatchObject({ kind: 'settings', tokenId: '1002' });
    expect(readPageFacts(tokenPage, `${GITHUB}/settings/tokens/1002`).regenerateForm).toBeUndefined();
    expect(findRegenerateControl(tokenPage)?.getAttribute('href')).toBe('/settings/tokens/1002/regenerate');
    expect(readPageFacts(regenerate, `${GITHUB}/settings/tokens/1002/regenerate`)).toMatchObject({ kind: 'settings', tokenId: '1002', regenerateForm: true });
    const form = findRegenerateForm(regenerate)!;
    expect(findRegenerateSubmit(form)?.textContent).toBe('Regenerate token');
    expect(findRegenerateControl(regenerate)).toBeUndefined();
    expect(readRegenerateNote(form)).toBe('deploy');
  });

  it("reads the new token's id from its row once GitHub shows it", () => {
    const result = parseHtml(submitForm(replica, findRegenerateForm(parseHtml(visit(replica, '/settings/tokens/1002/regenerate').body))!).body);
    expect(readPageFacts(result, `${GITHUB}/settings/tokens`)).toMatchObject({ kind: 'token-result', tokenId: '1002' });
  });
});
