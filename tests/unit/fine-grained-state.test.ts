import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/github/page';
import { reduceGuide } from '@/lib/guide/reducer';
import { IDLE_GUIDE, type GuideState, guideStateSchema } from '@/lib/guide/schema';
import { pageEventSchema } from '@/lib/guide/event-schema';
import type { FineGrainedPlan } from '@/lib/fine-grained/plan';
import { FINE_GRAINED_FORM_STEP_IDS, FINE_GRAINED_STEP_ORDER, stepPosition } from '@/lib/steps/ids';

const facts = (kind: PageFacts['kind'], extra: Partial<PageFacts> = {}): PageFacts => ({
  kind,
  userMenuOpen: false,
  patGroupCollapsed: false,
  generateMenuOpen: false,
  emailUnverified: false,
  ...extra,
});
const plan: FineGrainedPlan = {
  name: 'push from laptop',
  description: 'git over HTTPS',
  expiresIn: 30,
  permissions: [{ key: 'contents', access: 'write' }],
};
const started = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5, tokenKind: 'fine-grained' });

describe('fine-grained guide state', () => {
  it('starts a fine-grained guide, with the fast path plan when one is given', () => {
    expect(started).toMatchObject({ active: true, tokenKind: 'fine-grained', fastPath: false, fineGrainedPlan: null });
    const fast = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5, tokenKind: 'fine-grained', fineGrainedPlan: plan });
    expect(fast).toMatchObject({ fastPath: true, fineGrainedPlan: plan, fastPlan: null });
    expect(guideStateSchema.safeParse(fast).success).toBe(true);
  });

  it('a start without a kind is classic, whatever ran before', () => {
    expect(reduceGuide(started, { type: 'start', now: 9 })).toMatchObject({ tokenKind: 'classic', fineGrainedPlan: null });
  });

  it('arriving on the fine-grained form starts at fg-name, a reload keeps the step, a refused POST goes back', () => {
    const mid: GuideState = { ...started, stepId: 'fg-generate-new-token', formStep: 'fg-permissions' };
    expect(reduceGuide(mid, { type: 'page', facts: facts('fg-token-form'), now: 1 }).formStep).toBe('fg-name');
    const onForm: GuideState = { ...started, stepId: 'fg-permissions', formStep: 'fg-permissions' };
    expect(reduceGuide(onForm, { type: 'page', facts: facts('fg-token-form'), now: 1 })).toBe(onForm);
    const clicked = reduceGuide(onForm, { type: 'generate-clicked', submitted: { note: 'n', expiresAt: 1, tokenKind: 'fine-grained' } });
    const refused = reduceGuide(clicked, { type: 'page', facts: facts('fg-token-form', { formError: 'Name has already been taken' }), now: 1 });
    expect(refused).toMatchObject({ formStep: 'fg-name', submitted: null });
  });

  it('"Next" walks the fine-grained form steps and stops at fg-generate-token', () => {
    let state: GuideState = { ...started, formStep: 'fg-name' };
    const seen: string[] = [state.formStep];
    for (let i = 0; i < 8; i++) {
      state = reduceGuide(state, { type: 'next' });
      if (seen.at(-1) !== state.formStep) seen.push(state.formStep);
    }
    expect(seen).toEqual([...FINE_GRAINED_FORM_STEP_IDS]);
  });

  it('"Next" on store-token ends nothing and leads nowhere: fine-grained tokens have no single sign-on step', () => {
    const stored: GuideState = { ...started, stepId: 'store-token', copied: true };
    expect(reduceGuide(stored, { type: 'next' })).toBe(stored);
  });

  it('the result page turns the submitted facts into the reminder, with the token id and kind', () => {
    const submitted = { note: 'push from laptop', expiresAt: 99, tokenKind: 'fine-grained' as const };
    const clicked = reduceGuide(started, { type: 'generate-clicked', submitted });
    const shown = reduceGuide(clicked, { type: 'page', facts: facts('fg-token-result', { tokenId: '4242' }), now: 42 });
    expect(shown).toMatchObject({ generatedAt: 42, reminder: { ...submitted, tokenId: '4242' }, submitted: null });
    expect(guideStateSchema.safeParse(shown).success).toBe(true);
  });

  it('remembers that the user chose the repository access, once', () => {
    const chosen = reduceGuide(started, { type: 'repository-access-chosen' });
    expect(chosen.repositoryAccessChosen).toBe(true);
    expect(reduceGuide(chosen, { type: 'repository-access-chosen' })).toBe(chosen);
    expect(reduceGuide(chosen, { type: 'start', now: 1, tokenKind: 'fine-grained' }).repositoryAccessChosen).toBe(false);
  });
});

describe('stored fine-grained state', () => {
  it('reads a state stored before fine-grained tokens existed as a classic guide', () => {
    const { tokenKind: _kind, fineGrainedPlan: _plan, repositoryAccessChosen: _chosen, ...old } = { ...IDLE_GUIDE, active: true };
    const reminder = { note: 'laptop', expiresAt: 9 };
    const parsed = guideStateSchema.parse({ ...old, reminder });
    expect(parsed).toMatchObject({ tokenKind: 'classic', fineGrainedPlan: null, repositoryAccessChosen: false, reminder });
    expect(parsed.reminder?.tokenKind ?? 'classic').toBe('classic');
  });

  it('repairs field by field: an unknown kind, a bad plan, an unknown form step', () => {
    const parsed = guideStateSchema.parse({ ...IDLE_GUIDE, tokenKind: 'oauth', formStep: 'fg-dance', fineGrainedPlan: { ...plan, expiresIn: 400 } });
    expect(parsed).toMatchObject({ tokenKind: 'classic', formStep: 'fill-note', fineGrainedPlan: null });
    const unknownKey = guideStateSchema.parse({ ...IDLE_GUIDE, fineGrainedPlan: { ...plan, permissions: [{ key: 'everything', access: 'write' }] } });
    expect(unknownKey.fineGrainedPlan).toBeNull();
    const longName = guideStateSchema.parse({ ...IDLE_GUIDE, fineGrainedPlan: { ...plan, name: 'n'.repeat(41) } });
    expect(longName.fineGrainedPlan).toBeNull();
    const badKind = guideStateSchema.parse({ ...IDLE_GUIDE, reminder: { note: 'x', expiresAt: null, tokenKind: 'oauth' } });
    expect(badKind.reminder?.tokenKind).toBe('classic');
  });

  it('keeps a valid plan, its owner and "none" expiration', () => {
    const kept = { ...plan, targetName: 'octo-org', expiresIn: 'none' as const };
    expect(guideStateSchema.parse({ ...IDLE_GUIDE, tokenKind: 'fine-grained', fineGrainedPlan: kept })).toMatchObject({
      tokenKind: 'fine-grained',
      fineGrainedPlan: kept,
    });
  });
});

describe('fine-grained tab events and step count', () => {
  it('accepts the fine-grained page kinds, the repository choice and a fine-grained submit', () => {
    expect(pageEventSchema.safeParse({ type: 'page', facts: facts('fg-token-result', { tokenId: '7' }), now: 1 }).success).toBe(true);
    expect(pageEventSchema.safeParse({ type: 'repository-access-chosen' }).success).toBe(true);
    const submit = { type: 'generate-clicked', submitted: { note: 'n', expiresAt: null, tokenKind: 'fine-grained' } };
    expect(pageEventSchema.safeParse(submit).success).toBe(true);
    expect(pageEventSchema.safeParse({ ...submit, submitted: { ...submit.submitted, tokenKind: 'app' } }).success).toBe(false);
  });

  it('counts a fine-grained creation over its own order, a classic one and a renewal as before', () => {
    expect(stepPosition('create', 'fg-permissions', 'fine-grained')).toEqual({
      number: FINE_GRAINED_STEP_ORDER.indexOf('fg-permissions') + 1,
      total: FINE_GRAINED_STEP_ORDER.length,
    });
    expect(stepPosition('create', 'store-token', 'fine-grained')).toEqual({ number: 15, total: 15 });
    expect(stepPosition('create', 'fg-name')).toEqual({ number: 0, total: 15 });
    expect(stepPosition('renew', 'copy-token', 'fine-grained').total).toBe(8);
  });
});
