// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFineGrainedPageFacts } from '@/lib/github/fine-grained-page';
import { findRegenerateForm, readRegenerateNote } from '@/lib/github/token-page';
import { findFineGrainedRegenerateForm, listenForFineGrainedRegenerate, withFineGrainedRenewalFacts } from '@/lib/fine-grained/renewal-pages';
import { FINE_GRAINED_RENEWAL_STEPS } from '@/lib/fine-grained/renewal-steps';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { createGitHubReplica } from '../support/github-replica';
import { GITHUB, parseHtml, submitForm, visit } from '../support/github-replica/testing';

/** A fine-grained token's pages on the replica (github-ui.md §17: the paths; the markup is inferred there too). */
const replica = createGitHubReplica({ existingFineGrainedNames: ['ci', 'deploy'] });
const LIST = '/settings/personal-access-tokens';
const PAGE = `${LIST}/502`;
const REGENERATE = `${PAGE}/regenerate`;
const page = (path: string) => parseHtml(visit(replica, path).body);
const factsOf = (doc: Document, path: string) => withFineGrainedRenewalFacts(readFineGrainedPageFacts(doc, GITHUB + path), doc, GITHUB + path);

const renewing: GuideState = { ...IDLE_GUIDE, active: true, kind: 'renew', tokenKind: 'fine-grained', renewing: { tokenId: null, note: 'deploy' } };
const [openToken, openRegenerate, , chooseExpiration, confirmRegenerate] = FINE_GRAINED_RENEWAL_STEPS;

describe('a fine-grained token’s pages as a renewal reads them', () => {
  it('tells the list, the token’s page and its regenerate form apart, by path and form', () => {
    expect(factsOf(page(LIST), LIST)).toMatchObject({ kind: 'fg-token-list' });
    expect(factsOf(page(LIST), LIST).tokenId).toBeUndefined();
    expect(factsOf(page(PAGE), PAGE)).toMatchObject({ tokenId: '502' });
    expect(factsOf(page(PAGE), PAGE).regenerateForm).toBeUndefined();
    expect(factsOf(page(REGENERATE), REGENERATE)).toMatchObject({ tokenId: '502', regenerateForm: true });
  });

  it('rings the token by its name in the list, "Regenerate token" on its page, and the form’s submit', () => {
    expect(openToken!.findTarget!(page(LIST), renewing)?.getAttribute('href')).toBe(PAGE);
    expect(openToken!.findTarget!(page(LIST), { ...renewing, renewing: { tokenId: null, note: null } })?.querySelectorAll('.access-token')).toHaveLength(2);
    expect(openRegenerate!.findTarget!(page(PAGE), renewing)?.getAttribute('href')).toBe(REGENERATE);
    const form = page(REGENERATE);
    expect(chooseExpiration!.findTarget!(form, renewing)?.closest('.js-new-default-token-expiration-select')).not.toBeNull();
    expect(confirmRegenerate!.findTarget!(form, renewing)?.textContent).toBe('Regenerate token');
    expect(readRegenerateNote(findFineGrainedRegenerateForm(form)!)).toBe('deploy');
  });

  it('offers "Next" on the expiration once one is chosen under the fine-grained field names', () => {
    const form = page(REGENERATE);
    expect(chooseExpiration!.isSatisfied!(form)).toBe(true);
    form.querySelector<HTMLInputElement>('[name="user_programmatic_access[default_expires_at]"]')!.value = 'custom';
    expect(chooseExpiration!.isSatisfied!(form)).toBe(false);
    form.querySelector<HTMLInputElement>('[name="user_programmatic_access[custom_expires_at]"]')!.value = '2027-01-31';
    expect(chooseExpiration!.isSatisfied!(form)).toBe(true);
  });

  it('is not taken for a classic token’s regenerate form, nor a classic one for it', () => {
    expect(findRegenerateForm(page(REGENERATE))).toBeUndefined();
    expect(findFineGrainedRegenerateForm(parseHtml(visit(createGitHubReplica({ existingNotes: ['ci'] }), '/settings/tokens/1001/regenerate').body))).toBeUndefined();
  });

  it('shows the regenerated token on the list as a result, which no renewal step but the copy steps takes', () => {
    const result = parseHtml(submitForm(replica, findFineGrainedRegenerateForm(page(REGENERATE))!).body);
    expect(factsOf(result, LIST)).toMatchObject({ kind: 'fg-token-result' });
    expect(factsOf(result, LIST).regenerateForm).toBeUndefined();
    expect(FINE_GRAINED_RENEWAL_STEPS.filter((step) => step.appliesTo(factsOf(result, LIST), renewing))).toEqual([]);
  });
});

describe('the user’s own "Regenerate token"', () => {
  const controller = new AbortController();
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  const submit = (trusted: boolean) => {
    const event = new Event('submit', { bubbles: true, cancelable: true });
    if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
    event.preventDefault();
    findFineGrainedRegenerateForm(document)!.dispatchEvent(event);
  };

  it('reports the token’s name, its expiry and its kind, for the new token’s reminder; the guide’s own submits are not the user’s', () => {
    document.body.innerHTML = page(REGENERATE).body.innerHTML;
    const dispatch = vi.fn();
    listenForFineGrainedRegenerate(controller.signal, dispatch);
    submit(false);
    expect(dispatch).not.toHaveBeenCalled();
    submit(true);
    expect(dispatch).toHaveBeenCalledWith({ type: 'generate-clicked', submitted: { note: 'deploy', expiresAt: expect.any(Number), tokenKind: 'fine-grained' } });
  });
});
