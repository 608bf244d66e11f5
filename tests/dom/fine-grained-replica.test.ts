// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { readFineGrainedPageFacts } from '@/lib/github/fine-grained-page';
import * as find from '@/lib/github/fine-grained-find';
import { countSelectedRepositories, readFineGrainedExpiration, readName, readOwner, readRepositoryAccess } from '@/lib/github/fine-grained-form';
import { FINE_GRAINED_TOUR } from '@/lib/fine-grained/steps';
import { assistFineGrainedForm } from '@/lib/fine-grained/assistant';
import { resolveIn } from '@/lib/guide/resolve-in';
import { reduceGuide } from '@/lib/guide/reducer';
import { IDLE_GUIDE } from '@/lib/guide/state';
import { createGitHubReplica } from '../support/github-replica';
import { getFrom, GITHUB, parseHtml, postTo } from '../support/github-replica/testing';

/** The fine-grained pages the replica serves (after GitHub's, github-ui.md §17) as the fine-grained guide reads them. */
describe('the replica fine-grained pages', () => {
  const guide = reduceGuide(IDLE_GUIDE, { type: 'start', now: 1, tokenKind: 'fine-grained' });

  it('the sidebar item, the list and its "Generate new token"', () => {
    const replica = createGitHubReplica();
    const apps = parseHtml(getFrom(replica, '/settings/apps').body);
    expect(find.findFineGrainedTokensLink(apps)?.getAttribute('href')).toBe('/settings/personal-access-tokens');
    const list = parseHtml(getFrom(replica, '/settings/personal-access-tokens').body);
    const facts = readFineGrainedPageFacts(list, `${GITHUB}/settings/personal-access-tokens`);
    expect(facts.kind).toBe('fg-token-list');
    expect(resolveIn(FINE_GRAINED_TOUR, facts, guide)?.id).toBe('fg-generate-new-token');
    expect(find.findFineGrainedNewTokenLink(list)?.getAttribute('href')).toBe('/settings/personal-access-tokens/new');
  });

  it('the form from a template URL: its fields as prefilled, and "Only select repositories" picked by the guide', () => {
    const replica = createGitHubReplica({ repositories: ['dotfiles', 'site'] });
    const url = '/settings/personal-access-tokens/new?name=laptop&description=push&expires_in=30&contents=write';
    const doc = parseHtml(getFrom(replica, url).body);
    expect(readFineGrainedPageFacts(doc, GITHUB + url).kind).toBe('fg-token-form');
    const form = find.findFineGrainedForm(doc)!;
    expect([readName(form), readOwner(form), readFineGrainedExpiration(form)]).toEqual(['laptop', 'octocat', '30']);
    expect(find.findNameInput(form)).toBeDefined();
    expect(find.findOwnerButton(form)).toBeDefined();
    expect(find.findExpirationOpener(form)).toBeDefined();
    expect(find.findRepositoryAccessGroup(form)?.querySelector('#install_target_selected')).not.toBeNull();
    expect(find.findFormGenerateButton(form)?.textContent).toBe('Generate token');
    expect(countSelectedRepositories(form)).toBe(0);
    assistFineGrainedForm(form, guide, undefined);
    expect(readRepositoryAccess(form)).toBe('selected');
  });

  it("the result: GitHub's copy button for the new token and the new token's id, never its value", () => {
    const replica = createGitHubReplica({ existingFineGrainedNames: ['older'], repositories: ['dotfiles'] });
    const posted = postTo(replica, '/settings/personal-access-tokens', [
      ['user_programmatic_access[name]', 'laptop'],
      ['user_programmatic_access[description]', ''],
      ['target_name', 'octocat'],
      ['user_programmatic_access[default_expires_at]', '30'],
      ['install_target', 'all'],
    ]);
    expect(posted.status).toBe(302);
    const doc = parseHtml(getFrom(replica, '/settings/personal-access-tokens').body);
    const facts = readFineGrainedPageFacts(doc, `${GITHUB}/settings/personal-access-tokens`);
    expect(replica.createdFineGrainedTokens).toHaveLength(1);
    const rowId = doc.querySelector('#new-access-token')!.closest('[data-id]')!.getAttribute('data-id');
    expect(facts).toMatchObject({ kind: 'fg-token-result', tokenId: rowId });
    expect(rowId).not.toBe(doc.querySelector('[data-id]:not(.new-token)')?.getAttribute('data-id'));
    expect(find.findFineGrainedCopyButton(doc)?.getAttribute('for')).toBe('new-access-token');
  });
});
