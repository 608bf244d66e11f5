// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { FINE_GRAINED_STEP_ORDER } from '@/lib/steps/ids';
import { guideStateItem, saveSettings, settingsItem } from '@/lib/storage';
import { fakeScripting } from '../support/fake-scripting';

let root: HTMLElement;
let sendMessage: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('BROWSER', 'chrome');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['alarms', 'notifications'] } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllEnvs();
});

async function showPopup(guide: Partial<GuideState> = {}): Promise<void> {
  await guideStateItem.setValue({ ...IDLE_GUIDE, ...guide });
  await act(() => render(<App />, root));
  await settled();
}

/** Lets storage reads resolve and Preact re-render. */
async function settled(): Promise<void> {
  await vi.waitFor(() => expect(root.querySelector('h2#checklist-heading')).not.toBeNull());
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const buttons = () => [...root.querySelectorAll('button')].map((button) => button.textContent?.trim());
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const steps = () => [...root.querySelectorAll<HTMLElement>('li[data-step]')];

describe('popup when idle', () => {
  it('offers "Start guide", the fast path and the options, but not "Start over"', async () => {
    await showPopup();
    expect(buttons()).toEqual(expect.arrayContaining(['Start guide', 'Open the prefilled form', 'Options']));
    expect(buttons()).not.toContain('Start over');
    expect(buttons()).not.toContain('Resume guide');
  });

  it('lists the prerequisite first, then fifteen steps with none current', async () => {
    await showPopup();
    const first = root.querySelector('.checklist li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://github.com/settings/emails');
    expect(first?.textContent).toContain('Verify your e-mail address');
    expect(steps()).toHaveLength(15);
    expect(root.querySelector('[aria-current]')).toBeNull();
  });

  it('asks the background to start the guide', async () => {
    await showPopup();
    button('Start guide').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: false, origin: 'https://github.com' });
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await showPopup();
    button('Options').click();
    expect(open).toHaveBeenCalled();
  });
});

describe('fast path', () => {
  it('preselects the preset from the settings and sends the chosen one', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, presetId: 'actions' });
    await showPopup();
    expect(root.querySelector<HTMLInputElement>('input[name="preset"]:checked')?.value).toBe('actions');
    await act(() => root.querySelector<HTMLInputElement>('#preset-https')!.click());
    button('Open the prefilled form').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-prefilled-form', presetId: 'https', origin: 'https://github.com' });
  });

  it('shows each preset scope with its risk and flags destructive ones', async () => {
    await showPopup();
    const recommended = root.querySelector('#preset-recommended-scopes')?.textContent ?? '';
    expect(recommended).toContain('delete_repo');
    expect(recommended).toContain('⚠ destructive');
    expect(root.querySelector('#preset-https-scopes')?.textContent).not.toContain('destructive');
  });
});

describe('popup during a guide', () => {
  it('resumes, offers to start over, and marks progress', async () => {
    await showPopup({ active: true, stepId: 'open-tokens-classic' });
    expect(buttons()).toEqual(expect.arrayContaining(['Resume guide', 'Start over']));
    const current = root.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('data-step')).toBe('open-tokens-classic');
    expect(steps().filter((li) => li.classList.contains('done'))).toHaveLength(4);
    button('Start over').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: true, origin: 'https://github.com' });
  });

  it('follows the guide state live', async () => {
    await showPopup({ active: true, stepId: 'open-settings' });
    await act(() => guideStateItem.setValue({ ...IDLE_GUIDE, active: true, stepId: 'review-scopes' }));
    await vi.waitFor(() => expect(root.querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('review-scopes'));
  });
});

describe('popup after the token is generated', () => {
  it('leads with the copy-now warning, then how to store the token safely', async () => {
    await showPopup({ active: true, stepId: 'copy-token', generatedAt: Date.now() });
    const lead = root.querySelector('main > :is(section, div):not(.notes)');
    expect(lead?.querySelector('h2')?.textContent).toBe('Copy your token now: GitHub shows it only once');
    const text = lead?.textContent ?? '';
    for (const advice of ['password manager', 'Git Credential Manager', 'git credential approve', 'gh auth login --with-token', 'Git over HTTPS', 'Never paste it into code, chats or issues'])
      expect(text).toContain(advice);
    expect(lead?.querySelector('a[href="https://github.com/settings/tokens"]')).not.toBeNull();
  });

  it('offers to allow reminder notifications while they are not granted', async () => {
    await showPopup({ active: true, stepId: 'copy-token', generatedAt: Date.now() });
    expect(buttons()).toContain('Allow reminder notifications');
  });

  it('shows nothing of it before the token exists', async () => {
    await showPopup({ active: true, stepId: 'generate-token' });
    expect(root.querySelector('.token-safety')).toBeNull();
    expect(root.textContent).not.toContain('GitHub shows it only once');
  });
});

describe('settings repair notes', () => {
  it('are shown once', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, presetId: 'everything' as never });
    await showPopup();
    expect(root.querySelector('.notes')?.textContent).toContain('Your saved preset “everything” cannot be used');
    render(null, root);
    await showPopup();
    expect(root.querySelector('.notes')).toBeNull();
  });
});

describe('popup when the stored state cannot be read', () => {
  it('says so with a Try again button instead of staying busy, and recovers on retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is broken'));
    await act(() => render(<App />, root));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('storage is broken'));
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBeNull();
    expect(warn).toHaveBeenCalledWith('[PAT Pilot] reading stored state:', 'storage is broken');
    get.mockRestore();
    await act(() => button('Try again').click());
    await settled();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(buttons()).toContain('Start guide');
  });
});

describe('reminder permission refused in the popup', () => {
  it('says why reminders cannot be shown', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await showPopup({ active: true, stepId: 'copy-token', generatedAt: Date.now() });
    await act(() => button('Allow reminder notifications').click());
    await vi.waitFor(() => expect(root.querySelector('.reminder [role="status"]')?.textContent).toBe('The browser did not allow notifications, so PAT Pilot cannot remind you.'));
  });
});

describe('popup with company GitHub hosts', () => {
  const activeTab = (url: string) => vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url, active: true }] as never);

  it('offers to add the GHE.com host of the active tab, asking the browser for that origin only', async () => {
    activeTab('https://acme.ghe.com/settings/tokens');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await showPopup();
    button('Use PAT Pilot on acme.ghe.com').click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://acme.ghe.com/*'] });
  });

  it("lets the user pick the host once one is added, starting on the active tab's host", async () => {
    fakeScripting.hosts = ['https://github.example.com/*'];
    activeTab('https://github.example.com/octocat');
    await showPopup();
    const select = root.querySelector<HTMLSelectElement>('#host-choice')!;
    expect([...select.options].map((option) => option.textContent)).toEqual(['github.com', 'github.example.com']);
    expect(select.value).toBe('https://github.example.com');
    button('Start guide').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: false, origin: 'https://github.example.com' });
    expect(root.querySelector('.checklist li a')?.getAttribute('href')).toBe('https://github.example.com/settings/emails');
  });

  it('shows no host choice with github.com alone', async () => {
    await showPopup();
    expect(root.querySelector('#host-choice')).toBeNull();
  });
});

describe('popup during a fine-grained guide', () => {
  it('lists the fine-grained steps, and Resume and Start over keep the guide of that kind', async () => {
    await showPopup({ active: true, stepId: 'fg-expiration', tokenKind: 'fine-grained' });
    expect(steps().map((li) => li.dataset.step)).toEqual([...FINE_GRAINED_STEP_ORDER]);
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain('Choose when it expires');
    button('Resume guide').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: false, origin: 'https://github.com', tokenKind: 'fine-grained' });
    button('Start over').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: true, origin: 'https://github.com', tokenKind: 'fine-grained' });
  });

  it('once the token exists, leads with copying it and points at the fine-grained list to revoke it', async () => {
    await showPopup({ active: true, stepId: 'fg-copy-token', tokenKind: 'fine-grained' });
    expect(root.querySelector('.token-safety h2')?.textContent).toBe('Copy your token now: GitHub shows it only once');
    expect(root.querySelector('.token-safety a')?.getAttribute('href')).toBe('https://github.com/settings/personal-access-tokens');
  });
});

describe('"Which kind?" in the popup', () => {
  const kindLine = () => root.querySelector('#start-kind')?.textContent;

  it('says beside "Start guide" that it makes a classic token by default, without renaming the button', async () => {
    await showPopup();
    expect(kindLine()).toBe('Start guide makes a classic token.');
    expect(button('Start guide').getAttribute('aria-describedby')).toBe('start-kind');
  });

  it('recommends a kind for the purpose picked and sends the kind taken with the answers', async () => {
    await showPopup();
    await act(() => button('Which kind?').click());
    await act(() => root.querySelector<HTMLInputElement>('#kind-purpose-publish-packages')!.click());
    expect(root.querySelector('.kind-recommendation [role="status"]')?.textContent).toBe(
      'Recommended: Classic tokenOnly a classic token can use GitHub Packages.',
    );
    await act(() => root.querySelector<HTMLInputElement>('#kind-purpose-https')!.click());
    expect(root.querySelector('.kind-recommendation .recommended')?.textContent).toBe('Recommended: Fine-grained token');
    await act(() => button('Use a fine-grained token').click());
    expect(sendMessage).toHaveBeenCalledWith({ type: 'choose-token-kind', kind: 'fine-grained', purpose: 'https', facts: [] });
  });

  it('opens with the last answers, and with fine-grained chosen, Start guide makes that kind', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, tokenKind: 'fine-grained', kindChoice: { purpose: 'cli', facts: ['several-orgs'] } });
    await showPopup();
    expect(kindLine()).toBe('Start guide makes a fine-grained token.');
    expect(steps().map((li) => li.dataset.step)).toEqual([...FINE_GRAINED_STEP_ORDER]);
    await act(() => button('Which kind?').click());
    expect(root.querySelector<HTMLInputElement>('input[name="kind-purpose"]:checked')?.value).toBe('cli');
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="kind-fact"]:checked')].map((box) => box.value)).toEqual(['several-orgs']);
    button('Start guide').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: false, origin: 'https://github.com', tokenKind: 'fine-grained' });
  });
});

describe('fast path for fine-grained tokens', () => {
  const fineGrained = { ...DEFAULT_SETTINGS, tokenKind: 'fine-grained' as const };

  it('offers the fine-grained presets with their permissions, and the classic fast path stays away', async () => {
    await saveSettings(fineGrained);
    await showPopup();
    expect(buttons()).not.toContain('Open the prefilled form');
    expect(root.querySelector('input[name="preset"]')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('input[name="fg-preset"]:checked')?.value).toBe('https');
    expect(root.querySelector('#fg-preset-https-permissions')?.textContent).toBe('Contents: Read and write');
    const workflows = [...root.querySelectorAll('#fg-preset-actions-permissions li')].find((li) => li.textContent?.startsWith('Workflows'));
    expect(workflows?.textContent).toBe('Workflows: Read and write admin ⚑ handle with care');
    expect(workflows?.classList.contains('flagged')).toBe(true);
    expect(workflows?.getAttribute('title')).toContain('Workflows');
    expect(root.querySelector('.fast-path .plan')?.textContent).toMatch(/^Name “.+”, expires: 30 days\.$/);
  });

  it('opens the filled-in form with the preset chosen', async () => {
    await saveSettings({ ...fineGrained, fineGrained: { ...fineGrained.fineGrained, presetId: 'actions' } });
    await showPopup();
    expect(root.querySelector<HTMLInputElement>('input[name="fg-preset"]:checked')?.value).toBe('actions');
    await act(() => root.querySelector<HTMLInputElement>('#fg-preset-read-code')!.click());
    button('Open the filled-in form').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-fine-grained-form', presetId: 'read-code', origin: 'https://github.com' });
  });

  it('offers Custom once the settings hold permissions of their own, and warns of a token that never expires', async () => {
    await saveSettings({
      ...fineGrained,
      fineGrained: { presetId: 'custom', customPermissions: [{ key: 'secrets', access: 'read' }], expiration: { kind: 'none' } },
    });
    await showPopup();
    expect(root.querySelector<HTMLInputElement>('input[name="fg-preset"]:checked')?.value).toBe('custom');
    expect(root.querySelector('#fg-preset-custom-permissions li')?.classList.contains('flagged')).toBe(true);
    expect(root.querySelector('.fast-path .warning')).not.toBeNull();
  });
});

describe('a classic guide while fine-grained is the default kind', () => {
  it('Resume and Start over name the classic kind, so the background does not switch to the default', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, tokenKind: 'fine-grained' });
    await showPopup({ active: true, stepId: 'open-settings', tokenKind: 'classic' });
    await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('aria-busy')).toBeNull());
    button('Resume guide').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: false, origin: 'https://github.com', tokenKind: 'classic' });
    button('Start over').click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'start-guide', restart: true, origin: 'https://github.com', tokenKind: 'classic' });
  });
});
