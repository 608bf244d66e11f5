import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/github/page';
import { fineGrainedRegenerateUrl, fineGrainedTokenIdFromPath, fineGrainedTokensUrl, PATHS } from '@/lib/github/urls';
import { reduceGuide } from '@/lib/guide/reducer';
import { resolveStep } from '@/lib/guide/resolve';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { FINE_GRAINED_RENEWAL_STEP_ORDER, FINE_GRAINED_RENEWAL_STEPS } from '@/lib/fine-grained/renewal-steps';
import { FINE_GRAINED_RENEWAL_TOUR } from '@/lib/fine-grained/steps';
import { RENEWAL_TOUR } from '@/lib/steps/renewal-steps';
import { pageFacts } from '../support/page-facts';

const renewing = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5, renew: { tokenId: '2001', note: 'deploy' }, tokenKind: 'fine-grained' });
const page = (state: GuideState, over: Partial<PageFacts>) => reduceGuide(state, { type: 'page', facts: pageFacts(over), now: 9 });
const stepOn = (over: Partial<PageFacts>, state: GuideState = renewing) => resolveStep(pageFacts(over), state, FINE_GRAINED_RENEWAL_STEPS)?.id;
const tokenPage = { kind: 'developer-settings', tokenId: '2001' } as const;
const regenerateForm = { ...tokenPage, regenerateForm: true } as const;

describe('the fine-grained token pages', () => {
  it('are built on the guide’s host', () => {
    expect(fineGrainedTokensUrl('https://github.com')).toBe('https://github.com/settings/personal-access-tokens');
    expect(fineGrainedTokensUrl('https://github.example.com', '2001')).toBe('https://github.example.com/settings/personal-access-tokens/2001');
    expect(fineGrainedRegenerateUrl('https://github.com', '2001')).toBe('https://github.com/settings/personal-access-tokens/2001/regenerate');
    expect(PATHS.fineGrainedTokens).toBe('/settings/personal-access-tokens');
  });

  it('name their token by the id in the path; the new-token form and other pages name none', () => {
    for (const path of ['/settings/personal-access-tokens/2001', '/settings/personal-access-tokens/2001/regenerate/']) {
      expect(fineGrainedTokenIdFromPath(path)).toBe('2001');
    }
    for (const path of ['/settings/personal-access-tokens', '/settings/personal-access-tokens/new', '/settings/personal-access-tokens/2001/edit', '/settings/tokens/1001']) {
      expect(fineGrainedTokenIdFromPath(path)).toBeUndefined();
    }
  });
});

describe('a fine-grained renewal', () => {
  it('walks list → token page → sudo → regenerate form, and leaves the result page to the copy steps', () => {
    expect(stepOn({ kind: 'fg-token-list' })).toBe('open-token');
    expect(stepOn(tokenPage)).toBe('open-regenerate');
    expect(stepOn({ kind: 'sudo' })).toBe('confirm-access');
    const onForm = page(renewing, regenerateForm);
    expect(onForm.formStep).toBe('choose-expiration');
    expect(stepOn(regenerateForm, onForm)).toBe('choose-expiration');
    expect(stepOn(regenerateForm, reduceGuide(onForm, { type: 'next' }))).toBe('confirm-regenerate');
    expect(stepOn({ kind: 'fg-token-result', tokenId: '2001' })).toBeUndefined();
  });

  it('ends as a fine-grained creation does: the new token copied on the result page, then kept safe', () => {
    const onResult = (state: GuideState) => resolveStep(pageFacts({ kind: 'fg-token-result', tokenId: '2001' }), state, FINE_GRAINED_RENEWAL_TOUR)?.id;
    expect(onResult(renewing)).toBe('fg-copy-token');
    expect(onResult({ ...renewing, copied: true })).toBe('store-token');
    expect(FINE_GRAINED_RENEWAL_TOUR.map((step) => step.id)).toEqual([...FINE_GRAINED_RENEWAL_STEP_ORDER]);
  });

  it('leads back to the fine-grained token list from any page it does not use', () => {
    for (const kind of ['other', 'settings', 'developer-settings', 'token-list', 'fg-token-form'] as const) expect(stepOn({ kind })).toBe('open-token');
    expect(resolveStep(pageFacts({ kind: 'other' }), renewing, FINE_GRAINED_RENEWAL_STEPS)?.destination).toBe('fineGrainedTokens');
  });

  it('speaks of the token’s name, not a classic note, and counts as the same moves as a classic renewal', () => {
    expect(FINE_GRAINED_RENEWAL_STEPS.slice(0, 2).map((step) => step.title)).toEqual(['steps.fgOpenToken.title', 'steps.fgOpenRegenerate.title']);
    expect(FINE_GRAINED_RENEWAL_STEPS.map((step) => step.id)).toEqual(RENEWAL_TOUR.slice(0, 5).map((step) => step.id));
  });

  it('records the regenerated token’s id and kind with its reminder on the result page', () => {
    const submitted = reduceGuide(page(renewing, regenerateForm), { type: 'generate-clicked', submitted: { note: 'deploy', expiresAt: 77, tokenKind: 'fine-grained' } });
    expect(page(submitted, { kind: 'fg-token-result', tokenId: '2001' }).reminder).toEqual({ note: 'deploy', expiresAt: 77, tokenId: '2001', tokenKind: 'fine-grained' });
  });

  it('leaves the classic renewal on the classic pages', () => {
    const classic = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5, renew: { tokenId: null, note: 'deploy' } });
    const classicStep = (over: Partial<PageFacts>) => resolveStep(pageFacts(over), classic, RENEWAL_TOUR)?.id;
    expect(classicStep(tokenPage)).toBe('open-token');
    expect(classicStep({ kind: 'settings', tokenId: '1001' })).toBe('open-regenerate');
    expect(resolveStep(pageFacts({ kind: 'other' }), classic, RENEWAL_TOUR)?.destination).toBe('tokens');
  });
});
