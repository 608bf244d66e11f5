import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/lib/github/page';
import { resolveStep } from '@/lib/guide/resolve';
import { pageFacts } from '../support/page-facts';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';

const facts = pageFacts;
const active: GuideState = { ...IDLE_GUIDE, active: true };
const stepOn = (f: Partial<PageFacts>, s: Partial<GuideState> = {}) => resolveStep(facts(f), { ...active, ...s })?.id;

describe('resolveStep derives the step from where the user is', () => {
  it.each([
    [{ kind: 'other' }, 'open-user-menu'],
    [{ kind: 'other', userMenuOpen: true }, 'open-settings'],
    [{ kind: 'settings' }, 'open-developer-settings'],
    [{ kind: 'emails' }, 'open-developer-settings'],
    [{ kind: 'emails', emailUnverified: true }, 'verify-email'],
    [{ kind: 'developer-settings', patGroupCollapsed: true }, 'open-personal-access-tokens'],
    [{ kind: 'developer-settings' }, 'open-tokens-classic'],
    [{ kind: 'token-list' }, 'open-generate-menu'],
    [{ kind: 'token-list', generateMenuOpen: true }, 'choose-classic'],
    [{ kind: 'sudo' }, 'confirm-access'],
    [{ kind: 'token-form' }, 'fill-note'],
    [{ kind: 'token-result' }, 'copy-token'],
  ] as const)('%o → %s', (page, expected) => {
    expect(stepOn(page)).toBe(expected);
  });

  it('follows the form step the user reached with Next', () => {
    expect(stepOn({ kind: 'token-form' }, { formStep: 'choose-expiration' })).toBe('choose-expiration');
    expect(stepOn({ kind: 'token-form' }, { formStep: 'review-scopes' })).toBe('review-scopes');
    expect(stepOn({ kind: 'token-form' }, { formStep: 'generate-token' })).toBe('generate-token');
  });

  it('moves from copy-token to store-token once the user copied', () => {
    expect(stepOn({ kind: 'token-result' }, { copied: true })).toBe('store-token');
  });

  it('never offers copy-token on a re-rendered form, even after Generate was clicked', () => {
    expect(stepOn({ kind: 'token-form', formError: 'Validation failed' }, { generatedAt: 1 })).toBe('fill-note');
  });
});

describe('single sign-on after the token', () => {
  it('ends at store-token without "Configure SSO", and offers Next to authorize-sso with it', () => {
    const stored = resolveStep(facts({ kind: 'token-result', ssoOffered: false }), { ...active, copied: true });
    expect([stored?.id, stored?.action, stored?.aside]).toEqual(['store-token', 'finish', 'steps.storeToken.ssoLine']);
    const beforeSso = resolveStep(facts({ kind: 'token-result', ssoOffered: true }), { ...active, copied: true });
    expect([beforeSso?.id, beforeSso?.action, beforeSso?.aside]).toEqual(['store-token', 'next', undefined]);
  });

  it('stays on authorize-sso on the result page, the token list and every page on the way through sign-in', () => {
    const sso = { copied: true, authorizingSso: true };
    expect(stepOn({ kind: 'token-result', ssoOffered: true }, sso)).toBe('authorize-sso');
    expect(stepOn({ kind: 'token-list' }, sso)).toBe('authorize-sso');
    expect(stepOn({ kind: 'token-list', generateMenuOpen: true }, sso)).toBe('authorize-sso');
    expect(stepOn({ kind: 'other' }, sso)).toBe('authorize-sso');
    expect(stepOn({ kind: 'token-list' }, { authorizingSso: false })).toBe('open-generate-menu');
  });
});
