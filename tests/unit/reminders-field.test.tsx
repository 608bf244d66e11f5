// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemindersField } from '@/components/options/RemindersField';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['alarms', 'notifications'] } as never);
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The field as the options form holds it: the box shows what the form will save. */
function Form() {
  const [enabled, setEnabled] = useState(false);
  return <RemindersField enabled={enabled} days="7" onEnabled={setEnabled} onDays={() => {}} />;
}

async function tick(): Promise<HTMLInputElement> {
  await act(() => render(<Form />, root));
  const box = root.querySelector<HTMLInputElement>('#reminders-enabled')!;
  await act(() => box.click());
  return box;
}

describe('turning reminders on', () => {
  it('keeps the box ticked when the browser allows notifications', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const box = await tick();
    await act(() => Promise.resolve());
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
    expect(box.checked).toBe(true);
    expect(root.querySelector('#reminders-refused')?.textContent).toBe('');
  });

  it('unticks the box and says why when the user refuses the permission', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const box = await tick();
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(root.querySelector('#reminders-refused')?.textContent).toContain('the browser did not allow PAT Pilot to show notifications');
    expect(box.getAttribute('aria-describedby')).toBe('reminders-refused');
  });

  it('unticks the box, logs once and names the failure when the browser cannot ask', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('not in a user gesture'));
    const box = await tick();
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(root.querySelector('#reminders-refused')?.textContent).toContain('not in a user gesture');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[PAT Pilot\]/);
  });
});
