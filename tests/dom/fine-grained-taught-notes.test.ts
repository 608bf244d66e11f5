// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { buildFineGrainedView } from '@/lib/fine-grained/build-view';
import * as steps from '@/lib/fine-grained/steps';
import type { FineGrainedPlan } from '@/lib/fine-grained/plan';
import type { PageFacts } from '@/lib/github/page';
import type { StepDefinition } from '@/lib/steps/define-step';
import { form } from './fixtures/fine-grained';

/** The taught path fills neither name nor permissions: the callout says what the user's settings ask for. */
const plan: FineGrainedPlan = {
  name: 'PAT Pilot 2026-12-03 20:06',
  description: 'Git over HTTPS',
  expiresIn: 30,
  permissions: [
    { key: 'contents', access: 'write' },
    { key: 'workflows', access: 'write' },
  ],
};
const facts = { kind: 'fg-token-form' } as unknown as PageFacts;

function notesAt(step: StepDefinition, options: Parameters<typeof form>[0]): string[] {
  document.body.innerHTML = form(options);
  return buildFineGrainedView({ step, target: undefined, recovery: false, facts, notices: [] }, { kind: 'create' }, plan).notices;
}

describe('the taught fine-grained form says what the settings ask for', () => {
  it('suggests the planned name while the name is empty, and nothing once the user typed one', () => {
    expect(notesAt(steps.name, {})).toEqual(['Nothing typed yet: a name such as “PAT Pilot 2026-12-03 20:06” says where and when it was made.']);
    expect(notesAt(steps.name, { name: 'laptop' })).toEqual([]);
  });

  it('lists the permissions to add while none is added, then explains those added and what is still missing', () => {
    expect(notesAt(steps.permissions, {})).toEqual([
      'No permission added yet: the token could only read public information.',
      'Your settings ask for: Contents: Read and write, Workflows: Read and write. Add each with "Add permissions", then set its access.',
    ]);
    const added = notesAt(steps.permissions, { permissions: [['Contents', 'Read and write']] });
    expect(added[0]).toMatch(/^Contents — Read and write: /);
    expect(added.at(-1)).toContain('Workflows (Read and write) is missing');
  });
});
