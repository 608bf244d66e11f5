// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { IDLE_GUIDE } from '@/lib/guide/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { guideStateItem, saveSettings } from '@/lib/storage';
import { messageReader } from '../setup/messages';
import { renderRoot } from '../support/render-root';

const mount = renderRoot();
beforeAll(() => void (fakeBrowser.i18n.getMessage = messageReader('de')));
afterAll(() => void (fakeBrowser.i18n.getMessage = messageReader('en')));
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('BROWSER', 'firefox');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
});

describe('the kind chooser and the fine-grained fast path in German', () => {
  it('speak German, with GitHub’s own names left in English', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, tokenKind: 'fine-grained' });
    await guideStateItem.setValue(IDLE_GUIDE);
    await act(() => render(<App />, mount.element));
    await vi.waitFor(() => expect(mount.element.querySelector('#kind-chooser-toggle')).not.toBeNull());
    await act(() => mount.element.querySelector<HTMLButtonElement>('#kind-chooser-toggle')!.click());
    await act(() => mount.element.querySelector<HTMLInputElement>('#kind-purpose-https')!.click());
    const text = mount.element.textContent ?? '';
    for (const german of ['Welche Art?', 'Wofür ist das Token?', 'Empfohlen: feingranulares Token', '„Anleitung starten“ erstellt ein feingranulares Token.', 'Ausgefülltes Formular öffnen'])
      expect(text).toContain(german);
    for (const english of ['Which kind?', 'Recommended:', 'Use a', 'Start guide makes', 'Open the filled-in form', 'Permissions of'])
      expect(text).not.toContain(english);
    expect(mount.element.querySelector('#fg-preset-https-permissions')?.getAttribute('aria-label')).toMatch(/^Berechtigungen von /);
  });
});
