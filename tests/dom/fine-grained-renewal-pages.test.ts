// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findFineGrainedRegenerateForm, FINE_GRAINED_RENEWAL_STEPS, readFineGrainedRenewalFacts } from '@/lib/fine-grained/renewal-steps';
import { findRegenerateForm, readRegenerateNote } from '@/lib/github/token-page';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
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
    <strong><a class="token-description" href="/settings/personal-access-tokens/2002">laptop</a></strong>
  </div>`);
const tokenPage = parseHtml(`<h2>deploy</h2><a class="btn" href="/settings/personal-access-tokens/2001/regenerate">Regenerate token</a>`);
const regenerate = parseHtml(`
  <form action="/settings/personal-access-tokens/2001/regenerate" method="post">
    <p class="token-description">deploy</p>
    <button type="submit" class="btn btn-primary">Regenerate token</button>
  </form>`);

const renewing: GuideState = { ...IDLE_GUIDE, active: true, kind: 'renew', tokenKind: 'fine-grained', renewing: { tokenId: null, note: 'deploy' } };
const [openToken, openRegenerate, , , confirmRegenerate] = FINE_GRAINED_RENEWAL_STEPS;

describe('a fine-grained token’s pages as a renewal reads them', () => {
  it('tells the token’s page from its regenerate form by the path and the form', () => {
    expect(readFineGrainedRenewalFacts(tokenPage, '/settings/personal-access-tokens/2001')).toEqual({ tokenId: '2001' });
    expect(readFineGrainedRenewalFacts(regenerate, '/settings/personal-access-tokens/2001/regenerate')).toEqual({ tokenId: '2001', regenerateForm: true });
    expect(readFineGrainedRenewalFacts(list, '/settings/personal-access-tokens')).toEqual({});
  });

  it('rings the token by its name in the list, "Regenerate token" on its page, and the form’s submit', () => {
    expect(openToken!.findTarget!(list, renewing)?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001');
    expect(openToken!.findTarget!(list, { ...renewing, renewing: { tokenId: null, note: null } })?.querySelectorAll('.access-token')).toHaveLength(2);
    expect(openRegenerate!.findTarget!(tokenPage, renewing)?.getAttribute('href')).toBe('/settings/personal-access-tokens/2001/regenerate');
    expect(confirmRegenerate!.findTarget!(regenerate, renewing)?.textContent).toBe('Regenerate token');
    expect(readRegenerateNote(findFineGrainedRegenerateForm(regenerate)!)).toBe('deploy');
  });

  it('is not taken for a classic token’s regenerate form', () => {
    expect(findRegenerateForm(regenerate)).toBeUndefined();
  });
});
