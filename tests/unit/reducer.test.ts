import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/github/page';
import { reduceGuide } from '@/lib/guide/reducer';
import { IDLE_GUIDE, KNOWN_NOTES_MAX, STORED_NOTE_MAX_LENGTH, type GuideState, guideStateSchema } from '@/lib/guide/schema';

const form: PageFacts = {
  kind: 'token-form',
  userMenuOpen: false,
  patGroupCollapsed: false,
  generateMenuOpen: false,
  emailUnverified: false,
  formError: undefined,
};
const started = reduceGuide(IDLE_GUIDE, { type: 'start', now: 5 });

describe('reduceGuide', () => {
  it('starts fresh and active', () => {
    expect(started).toMatchObject({ active: true, startedAt: 5, formStep: 'fill-note', copied: false });
  });

  it('walks the form steps with Next and stops at generate-token', () => {
    let state = started;
    for (let i = 0; i < 5; i++) state = reduceGuide(state, { type: 'next' });
    expect(state.formStep).toBe('generate-token');
    expect(reduceGuide(started, { type: 'next' }).formStep).toBe('choose-expiration');
  });

  it('starts at fill-note when arriving on the form from another step', () => {
    const mid: GuideState = { ...started, stepId: 'choose-classic', formStep: 'review-scopes' };
    expect(reduceGuide(mid, { type: 'page', facts: form, now: 1 }).formStep).toBe('fill-note');
  });

  it('keeps the form step across a reload of the form', () => {
    const mid: GuideState = { ...started, stepId: 'review-scopes', formStep: 'review-scopes' };
    expect(reduceGuide(mid, { type: 'page', facts: form, now: 1 }).formStep).toBe('review-scopes');
  });

  it('goes back to fill-note after a refused POST and forgets the click', () => {
    const submitted = { note: 'laptop', expiresAt: 9 };
    const after: GuideState = { ...started, stepId: 'generate-token', formStep: 'generate-token', submitted };
    const next = reduceGuide(after, { type: 'page', facts: { ...form, formError: 'Note has already been taken' }, now: 1 });
    expect(next).toMatchObject({ formStep: 'fill-note', submitted: null, generatedAt: null, reminder: null });
  });

  it('remembers unticked scopes until the user ticks them again', () => {
    const off = reduceGuide(started, { type: 'scope', scope: 'delete_repo', ticked: false });
    expect(off.untickedScopes).toEqual(['delete_repo']);
    expect(reduceGuide(off, { type: 'scope', scope: 'delete_repo', ticked: true }).untickedScopes).toEqual([]);
  });

  it('collects listed notes without duplicates', () => {
    const once = reduceGuide(started, { type: 'notes-listed', notes: ['a', 'b'] });
    expect(reduceGuide(once, { type: 'notes-listed', notes: ['b', 'c'] }).knownNotes).toEqual(['a', 'b', 'c']);
  });

  it('keeps the known notes within bounds: the most recent ones, none longer than a storable note', () => {
    const many = Array.from({ length: KNOWN_NOTES_MAX + 50 }, (_, index) => `token ${index}`);
    const long = 'x'.repeat(STORED_NOTE_MAX_LENGTH + 1);
    const state = reduceGuide(started, { type: 'notes-listed', notes: [...many, long] });
    expect(state.knownNotes).toHaveLength(KNOWN_NOTES_MAX);
    expect(state.knownNotes.at(-1)).toBe(`token ${KNOWN_NOTES_MAX + 49}`);
    expect(guideStateSchema.safeParse(state).success).toBe(true);
  });

  it('stores only scopes from the catalogue, and a submitted note no longer than the bound', () => {
    expect(reduceGuide(started, { type: 'scope', scope: 'repo:everything', ticked: false })).toBe(started);
    const long = reduceGuide(started, { type: 'generate-clicked', submitted: { note: 'n'.repeat(1000), expiresAt: null } });
    expect(long.submitted?.note).toHaveLength(STORED_NOTE_MAX_LENGTH);
    expect(guideStateSchema.safeParse(long).success).toBe(true);
  });

  it('returns the same object when nothing changes, so nothing is written', () => {
    const copied = reduceGuide(started, { type: 'copied' });
    expect(reduceGuide(copied, { type: 'copied' })).toBe(copied);
    expect(reduceGuide(started, { type: 'page', facts: { ...form, kind: 'other' }, now: 1 })).toBe(started);
  });

  it('counts the token as generated only when GitHub shows it, and keeps note and expiry for the reminder', () => {
    const submitted = { note: 'laptop', expiresAt: 99 };
    const clicked = reduceGuide(started, { type: 'generate-clicked', submitted });
    expect(clicked.generatedAt).toBeNull();
    const shown = reduceGuide(clicked, { type: 'page', facts: { ...form, kind: 'token-result' }, now: 42 });
    expect(shown).toMatchObject({ generatedAt: 42, reminder: submitted, submitted: null });
  });

  it('the fast path carries the plan its URL asked for', () => {
    const fastPlan = { note: 'n', expiration: '7', scopes: ['repo'] };
    expect(reduceGuide(IDLE_GUIDE, { type: 'start', now: 1, fastPlan })).toMatchObject({ fastPath: true, fastPlan });
  });

  it('starting again keeps the notes already listed on the tokens page, so a suggested note never repeats one', () => {
    const listed = reduceGuide({ ...started, active: false }, { type: 'notes-listed', notes: ['laptop', 'ci'] });
    expect(reduceGuide(listed, { type: 'start', now: 9 }).knownNotes).toEqual(['laptop', 'ci']);
    const fastPlan = { note: 'n', expiration: '7', scopes: ['repo'] };
    expect(reduceGuide(listed, { type: 'start', now: 9, fastPlan }).knownNotes).toEqual(['laptop', 'ci']);
  });

  it('"Next" on store-token leads on to single sign-on, which a new guide or closing forgets', () => {
    const stored: GuideState = { ...started, stepId: 'store-token', copied: true, formStep: 'generate-token' };
    const sso = reduceGuide(stored, { type: 'next' });
    expect(sso).toMatchObject({ authorizingSso: true, formStep: 'generate-token' });
    expect(guideStateSchema.safeParse(sso).success).toBe(true);
    expect(reduceGuide(sso, { type: 'start', now: 9 }).authorizingSso).toBeUndefined();
    expect(reduceGuide(sso, { type: 'close' }).authorizingSso).toBeUndefined();
  });

  it('closing ends the guide', () => {
    expect(reduceGuide(started, { type: 'close' }).active).toBe(false);
  });

  it('every state it produces is valid against the stored schema', () => {
    const events = [{ type: 'next' }, { type: 'copied' }, { type: 'generate-clicked', submitted: { note: 'n', expiresAt: null } }, { type: 'note-typed' }] as const;
    for (const event of events) expect(guideStateSchema.safeParse(reduceGuide(started, event)).success).toBe(true);
  });
});

describe('expiry for the reminder', () => {
  const now = new Date(2026, 10, 25, 12, 0, 0);
  it('counts preset days from now, a custom date to its last second, and nothing for no expiration', async () => {
    const { expiryTime } = await import('@/lib/guide/user-actions');
    expect(expiryTime('30', '', now)).toBe(now.getTime() + 30 * 86_400_000);
    expect(expiryTime('custom', '2027-01-31', now)).toBe(new Date(2027, 0, 31, 23, 59, 59).getTime());
    expect(expiryTime('custom', '', now)).toBeNull();
    expect(expiryTime('none', '', now)).toBeNull();
  });
});
