import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import {
  classicPresetFor,
  fineGrainedPresetFor,
  KIND_FACT_IDS,
  PURPOSE_IDS,
  type PurposeId,
  recommendKind,
} from '@/lib/token-kind-chooser';
import { kindFactLabel, kindReasonText, purposeLabel } from '@/lib/token-kind-text';

describe('which kind of token', () => {
  it.each<[PurposeId, string, string]>([
    ['https', 'fine-grained', 'fine-grained-fits'],
    ['actions', 'fine-grained', 'fine-grained-fits'],
    ['api', 'fine-grained', 'fine-grained-fits'],
    ['read-packages', 'classic', 'packages'],
    ['publish-packages', 'classic', 'packages'],
    ['cli', 'classic', 'cli'],
    ['app', 'classic', 'app'],
  ])('for %s recommends %s (%s)', (purpose, kind, reason) => {
    expect(recommendKind({ purpose, facts: [] })).toEqual({ kind, reason });
  });

  it('recommends fine-grained, as GitHub does, when nothing is said', () => {
    expect(recommendKind({ purpose: null, facts: [] })).toEqual({ kind: 'fine-grained', reason: 'github-recommends' });
  });

  it.each(KIND_FACT_IDS)('recommends classic when %s, whatever the purpose', (fact) => {
    expect(recommendKind({ purpose: 'https', facts: [fact] })).toEqual({ kind: 'classic', reason: fact });
    expect(recommendKind({ purpose: null, facts: [fact] })).toEqual({ kind: 'classic', reason: fact });
  });

  it('names the purpose first when both the purpose and a fact need classic', () => {
    expect(recommendKind({ purpose: 'publish-packages', facts: ['several-orgs'] }).reason).toBe('packages');
  });

  it('maps each purpose to presets of both kinds', () => {
    expect(PURPOSE_IDS.map((purpose) => fineGrainedPresetFor(purpose))).toEqual([
      'https', 'actions', 'https', 'https', 'https', 'https', 'issues-prs',
    ]);
    expect(PURPOSE_IDS.map((purpose) => classicPresetFor(purpose))).toEqual([
      'https', 'actions', 'read-packages', 'publish-packages', 'https', 'https', 'https',
    ]);
    expect(fineGrainedPresetFor(null)).toBe('https');
    expect(classicPresetFor(null)).toBe('recommended');
  });

  it('has a label for every purpose and fact and one line of why for every reason', () => {
    for (const purpose of PURPOSE_IDS) expect(purposeLabel(purpose)).not.toMatch(/^kindChooser/);
    for (const fact of KIND_FACT_IDS) expect(kindFactLabel(fact)).not.toMatch(/^kindChooser/);
    expect(purposeLabel('https')).toBe('Push and pull over HTTPS to my repositories');
    expect(kindReasonText('packages')).toBe('Only a classic token can use GitHub Packages.');
    expect(i18n.t('kindChooser.kind.fineGrained')).toBe('Fine-grained');
  });
});
