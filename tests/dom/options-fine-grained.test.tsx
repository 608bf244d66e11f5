// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readSettings, settingsItem } from '@/lib/storage';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['notifications'] } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function showOptions(): Promise<void> {
  await act(() => render(<App browserName="Chrome" />, root));
  await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
}

const $ = <T extends Element = HTMLInputElement>(selector: string) => root.querySelector<T>(selector)!;

async function click(selector: string): Promise<void> {
  await act(() => $<HTMLElement>(selector).click());
}

async function choose(selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(selector);
  select.value = value;
  await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
}

async function customDays(text: string): Promise<void> {
  await click('#fg-expiration-custom');
  const input = $('#fg-custom-days');
  input.value = text;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}

async function save(): Promise<string> {
  await act(() => void $<HTMLFormElement>('form').requestSubmit());
  await vi.waitFor(() => expect($('.status').textContent).not.toBe(''));
  return $('.status').textContent ?? '';
}

describe('the options page, fine-grained tokens', () => {
  it('keeps the fine-grained settings folded away while classic is the default kind', async () => {
    await showOptions();
    expect($('#token-kind-classic').checked).toBe(true);
    expect($<HTMLDetailsElement>('details.fine-grained').open).toBe(false);
    expect($('#token-kind-fine-grained-about').textContent).toContain('what GitHub recommends');
  });

  it('saves fine-grained as the default kind with a preset and an expiration', async () => {
    await showOptions();
    await click('#token-kind-fine-grained');
    expect($<HTMLDetailsElement>('details.fine-grained').open).toBe(true);
    await click('#fg-preset-actions');
    await customDays('200');
    expect(await save()).toBe('Settings saved.');
    const { settings } = await readSettings();
    expect(settings.tokenKind).toBe('fine-grained');
    expect(settings.fineGrained).toEqual({ presetId: 'actions', customPermissions: [], expiration: { kind: 'custom', days: 200 } });
    expect(settings.presetId).toBe(DEFAULT_SETTINGS.presetId);
  });

  it('lists each preset’s permissions with their risk, and flags workflows', async () => {
    await showOptions();
    const actions = $('#fg-preset-actions-purpose').textContent ?? '';
    expect(actions).toContain('Contents — Read and write: Read the code and push commits');
    expect(actions).toContain('Workflows — Read and write: Add and change GitHub Actions workflow files');
    expect(actions).toContain('Flagged: Workflows run code with the repository’s secrets.');
    expect($('#fg-preset-read-code-contents-risk').textContent).toBe('Read only');
  });

  it('builds a custom set with the permission picker and saves it in catalogue order', async () => {
    await showOptions();
    await click('#fg-preset-custom');
    await choose('#fg-add-key', 'pull_requests');
    await choose('#fg-add-access', 'write');
    await click('.add-permission button');
    await choose('#fg-add-key', 'contents');
    await click('.add-permission button');
    expect([...root.querySelectorAll('.grants li [id$="-about"]')].map((el) => el.textContent).slice(-2)).toEqual([
      'Contents — Read-only: Read the code, branches and releases: enough to clone and pull.',
      'Pull requests — Read and write: Read, open, review, comment on and merge pull requests.',
    ]);
    await choose('#fg-grant-contents-access', 'write');
    expect(await save()).toBe('Settings saved.');
    expect((await readSettings()).settings.fineGrained.customPermissions).toEqual([
      { key: 'contents', access: 'write' },
      { key: 'pull_requests', access: 'write' },
    ]);
    const remove = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Remove Pull requests')!;
    await act(() => remove.click());
    expect(root.querySelector('#fg-grant-pull_requests-about')).toBeNull();
  });

  it('shows a bad custom number of days next to the fine-grained field and saves nothing', async () => {
    await showOptions();
    await click('#token-kind-fine-grained');
    await customDays('400');
    expect($('#fg-expiration-messages').textContent).toBe('Enter a whole number of days from 1 to 366.');
    expect($('#expiration-messages').textContent).toBe('');
    expect(await save()).toBe('Not saved: correct the fields marked below.');
    expect((await readSettings()).settings.tokenKind).toBe('classic');
  });

  it('shows the repair note for a corrupt stored fine-grained setting, and its defaults', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tokenKind: 'fine-grained', fineGrained: 'broken' } as never);
    await showOptions();
    await vi.waitFor(() => expect(root.querySelector('.repair-notice')).not.toBeNull());
    expect($('.repair-notice').textContent).toContain(
      'Your saved fine-grained setting was not valid (Choose a fine-grained preset and expiration), so the default is used.',
    );
    expect($('#fg-preset-https').checked).toBe(true);
    expect($('#fg-expiration-30').checked).toBe(true);
  });
});

describe('the options page and the kind chooser', () => {
  it('never overwrites the chooser’s latest answers, which this page does not show, when saving other edits', async () => {
    await showOptions();
    await act(() => {
      const note = $('#note-template');
      note.value = 'Desk {date} {time}';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The popup's "Which kind?" helper saves its answers while this page has edits in progress.
    const answered = { ...DEFAULT_SETTINGS, kindChoice: { purpose: 'cli' as const, facts: ['several-orgs' as const] } };
    await act(() => settingsItem.setValue(answered));
    await vi.waitFor(() => expect($('.status').textContent).toContain('Your edits here are kept'));
    await act(() => void $<HTMLFormElement>('form').requestSubmit());
    await vi.waitFor(() => expect($('.status').textContent).toBe('Settings saved.'));
    const { settings } = await readSettings();
    expect(settings.noteTemplate).toBe('Desk {date} {time}');
    expect(settings.kindChoice).toEqual({ purpose: 'cli', facts: ['several-orgs'] });
  });
});
