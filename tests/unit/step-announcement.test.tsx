// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuideOverlay } from '@/components/GuideOverlay';
import type { PageFacts } from '@/lib/github/page';
import { buildView } from '@/lib/guide/build-view';
import { defaultFormPlan } from '@/lib/guide/form-plan';
import { openSettings, verifyEmail } from '@/lib/steps/navigation-steps';
import type { StepDefinition } from '@/lib/steps/define-step';

const handlers = { onClose() {}, onNext() {}, onFinish() {} };
const facts: PageFacts = {
  kind: 'emails',
  userMenuOpen: false,
  patGroupCollapsed: false,
  generateMenuOpen: false,
  emailUnverified: true,
  formError: undefined,
};
let root: HTMLElement;

beforeEach(() => void (root = document.body.appendChild(document.createElement('div'))));
afterEach(() => {
  render(null, root);
  root.remove();
});

/** What a screen reader hears when the step appears: the overlay's live region. */
async function announcement(step: StepDefinition): Promise<string> {
  const view = buildView({ step, target: undefined, recovery: false, facts, notices: [], plan: defaultFormPlan(new Date()), settingsPlan: defaultFormPlan(new Date()) });
  await act(() => render(<GuideOverlay {...handlers} view={view} />, root));
  return root.querySelector('[aria-live]')?.textContent ?? '';
}

describe('the step announcement', () => {
  it('numbers the steps of the tour', async () => {
    expect(await announcement(openSettings)).toBe('Step 2 of 15: Go to Settings');
  });

  it('announces the e-mail prerequisite as coming before the tour, not as step 0', async () => {
    const text = await announcement(verifyEmail);
    expect(text).toBe('Before you start: Verify your e-mail address');
    expect(text).not.toMatch(/Step 0/);
  });
});
