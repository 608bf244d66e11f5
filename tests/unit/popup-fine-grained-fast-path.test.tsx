// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { renderRoot } from '../support/render-root';
import { describe, expect, it, vi } from 'vitest';
import { FineGrainedFastPath, type FineGrainedPresetOption } from '@/components/popup/FineGrainedFastPath';

const mount = renderRoot();

const options: FineGrainedPresetOption[] = [
  {
    id: 'https',
    label: 'Push and pull over HTTPS',
    purpose: 'Use the token as your password.',
    permissions: [{ key: 'contents', label: 'Contents', access: 'Read and write', risk: 'write', flagged: false, explanation: 'Files.' }],
  },
  {
    id: 'actions',
    label: 'GitHub Actions workflows',
    purpose: 'Change workflow files.',
    permissions: [
      { key: 'contents', label: 'Contents', access: 'Read and write', risk: 'write', flagged: false, explanation: 'Files.' },
      { key: 'workflows', label: 'Workflows', access: 'Read and write', risk: 'admin', flagged: true, explanation: 'Workflow files.' },
    ],
  },
];

function show(props: { initial?: string; warning?: string } = {}) {
  const onOpen = vi.fn();
  render(<FineGrainedFastPath options={options} initial={props.initial ?? 'https'} name="PAT Pilot, Chrome" expiration="30 days" warning={props.warning} onOpen={onOpen} />, mount.element);
  return onOpen;
}

describe('FineGrainedFastPath', () => {
  it('lists each preset with its permissions, their access, risk and the flagged ones marked', () => {
    show();
    const actions = mount.element.querySelector('#fg-preset-actions-permissions')!;
    expect(actions.getAttribute('aria-label')).toBe('Permissions of GitHub Actions workflows');
    const lines = [...actions.querySelectorAll('li')];
    expect(lines.map((line) => line.textContent)).toEqual(['Contents: Read and write', 'Workflows: Read and write admin ⚑ handle with care']);
    expect(lines.map((line) => line.classList.contains('flagged'))).toEqual([false, true]);
    expect(lines[1]?.getAttribute('title')).toBe('Workflow files.');
  });

  it('shows the name and expiration, and the no-expiration warning when there is one', () => {
    show({ warning: 'It never expires.' });
    expect(mount.element.querySelector('.plan')?.textContent).toBe('Name “PAT Pilot, Chrome”, expires: 30 days.');
    expect(mount.element.querySelector('.warning')?.textContent).toBe('It never expires.');
  });

  it('preselects the given preset and opens the form with the one chosen', async () => {
    const onOpen = show({ initial: 'actions' });
    expect(mount.element.querySelector<HTMLInputElement>('input[name="fg-preset"]:checked')?.value).toBe('actions');
    await act(() => mount.element.querySelector<HTMLInputElement>('#fg-preset-https')!.click());
    [...mount.element.querySelectorAll('button')].find((b) => b.textContent === 'Open the filled-in form')!.click();
    expect(onOpen).toHaveBeenCalledWith('https');
  });
});
