// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true } }
import { describe, expect, it } from 'vitest';
import { findFineGrainedForm } from '@/lib/github/fine-grained-find';
import { readRepositoryAccess } from '@/lib/github/fine-grained-form';
import { assistFineGrainedForm } from '@/lib/fine-grained/assistant';
import { explainFormPermissions } from '@/lib/fine-grained/permission-notes';
import { reduceGuide } from '@/lib/guide/reducer';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import type { FineGrainedPlan } from '@/lib/fine-grained/plan';
import { form } from './fixtures/fine-grained';

const tokenForm = (options: Parameters<typeof form>[0]) =>
  findFineGrainedForm(new DOMParser().parseFromString(`<html><body>${form(options)}</body></html>`, 'text/html'))!;
const guide = reduceGuide(IDLE_GUIDE, { type: 'start', now: 1, tokenKind: 'fine-grained' });
const plan: FineGrainedPlan = {
  name: 'laptop push',
  description: 'git over HTTPS',
  expiresIn: 30,
  permissions: [{ key: 'contents', access: 'write' }],
};
const asPlanned = { name: plan.name, description: plan.description, expiration: '30', permissions: [['Contents', 'Read and write']] as Array<[string, 'Read and write']> };

describe('the fine-grained form assistant', () => {
  it('picks "Only select repositories" over GitHub\'s default (public repositories, or none ticked), and says so', () => {
    for (const access of [undefined, 'none'] as const) {
      const f = tokenForm({ access });
      expect(assistFineGrainedForm(f, guide, undefined)).toEqual([expect.stringContaining('Only select repositories')]);
      expect(readRepositoryAccess(f)).toBe('selected');
    }
  });

  it("leaves the user's own choice: one already ticked, or one the user made before a reload", () => {
    const all = tokenForm({ access: 'all' });
    expect(assistFineGrainedForm(all, guide, undefined)).toEqual([]);
    expect(readRepositoryAccess(all)).toBe('all');
    const reloaded = tokenForm({ access: 'none' });
    expect(assistFineGrainedForm(reloaded, { ...guide, repositoryAccessChosen: true }, undefined)).toEqual([]);
    expect(readRepositoryAccess(reloaded)).toBe('none');
  });

  it('says nothing more when the form matches the plan', () => {
    expect(assistFineGrainedForm(tokenForm({ ...asPlanned, access: 'selected' }), guide, plan)).toEqual([]);
  });

  it('names each difference from the plan in plain words', () => {
    const differing = tokenForm({ ...asPlanned, access: 'selected', expiration: '90', permissions: [['Contents', 'Read-only'], ['Administration', 'Read and write']] });
    const [notice] = assistFineGrainedForm(differing, guide, plan);
    expect(notice).toContain('the expiration is 90 days, not 30 days');
    expect(notice).toContain('Contents is Read-only, not Read and write');
    expect(notice).toContain('Administration (Read and write) was added');
    const ignored = tokenForm({ access: 'selected', expiration: '30' });
    const [missing] = assistFineGrainedForm(ignored, guide, plan);
    expect(missing).toContain('the name is "", not "laptop push"');
    expect(missing).toContain('Contents (Read and write) is missing');
  });

  it("says the plan's own notice on the form", () => {
    const notice = 'Your saved preset could not be used.';
    expect(assistFineGrainedForm(tokenForm({ ...asPlanned, access: 'selected' }), guide, { ...plan, notice })).toEqual([notice]);
  });
});

describe('the permissions step', () => {
  it('explains each permission with the catalogue, read apart from read and write, and flags administration, secrets, workflows', () => {
    const lines = explainFormPermissions([
      { label: 'Contents', access: 'read' },
      { label: 'Contents', access: 'write' },
      { label: 'Workflows', access: 'write' },
      { label: 'Secrets', access: 'read' },
      { label: 'Administration', access: 'write' },
      { label: 'Something new', access: 'read' },
    ]);
    expect(lines[0]).toMatch(/^Contents — Read-only: /);
    expect(lines[1]).toMatch(/^Contents — Read and write: /);
    for (const line of lines.slice(2, 5)) expect(line).toContain('Handle with care:');
    expect(lines[5]).toBe('Something new: Read-only');
  });
});
