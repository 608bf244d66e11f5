// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ApplyOffer } from '@/components/ApplyOffer';
import { StepCard } from '@/components/StepCard';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { TOUR } from '@/lib/steps';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { guideStateItem, settingsItem } from '@/lib/storage';
import { chromeMessages, messageReader } from '../setup/messages';

/**
 * With the browser in German, no English sentence of the message files may show: a text
 * written into a component instead of read from the messages stays English and is caught here.
 * GitHub's own labels, which the German texts quote on purpose ("Confirm access"), do not count.
 */
const english = chromeMessages('en');
const german = chromeMessages('de');
const ENGLISH_ONLY = Object.keys(english)
  .filter((name) => english[name] !== german[name])
  .flatMap((name) => english[name]!.split(/\{\w+\}|\$\d|\|/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 6 && !Object.values(german).some((text) => text.includes(part)));

const englishIn = (text: string) => ENGLISH_ONLY.filter((sentence) => text.includes(sentence));
let root: HTMLElement;

beforeAll(() => void (fakeBrowser.i18n.getMessage = messageReader('de')));
afterAll(() => void (fakeBrowser.i18n.getMessage = messageReader('en')));
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('BROWSER', 'firefox');
  // Reminders are offered: their status and the button asking for notifications show too.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['notifications'] } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllEnvs();
});

async function show(node: ComponentChild, ready: string): Promise<string> {
  await act(() => render(node, root));
  await vi.waitFor(() => expect(root.querySelector(ready)).not.toBeNull());
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return root.textContent ?? '';
}

describe('in German', () => {
  it('the check knows enough English sentences to mean something', () => {
    expect(ENGLISH_ONLY.length).toBeGreaterThan(150);
    expect(englishIn('Start guide: Weiter')).toEqual(['Start guide']);
  });

  it('the popup shows no English, idle or after the token was generated', async () => {
    await guideStateItem.setValue(IDLE_GUIDE);
    const idle = await show(<PopupApp />, '.fast-path');
    expect(idle).toContain('Anleitung starten');
    expect(englishIn(idle)).toEqual([]);
    render(null, root);
    const generated: GuideState = { ...IDLE_GUIDE, active: true, stepId: 'copy-token', generatedAt: 1 };
    await guideStateItem.setValue(generated);
    const text = await show(<PopupApp />, '.token-safety .reminder button');
    expect(text).toContain('Kopieren Sie Ihr Token jetzt');
    expect(englishIn(text)).toEqual([]);
  });

  it('the options page shows no English, its repair notes included', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, presetId: 'everything', customScopes: ['repo:write'], theme: 1 } as never);
    const text = await show(<OptionsApp browserName="Chrome" />, '.repair-notice');
    expect(text).toContain('Ihre gespeicherte Vorgabe „everything“ kann diese Version nicht verwenden, deshalb nimmt PAT Pilot stattdessen repo.');
    expect(text).toContain('Unbekannter Scope "repo:write" wurde aus Ihrer eigenen Scope-Auswahl entfernt.');
    expect(englishIn(text)).toEqual([]);
  });

  it('no callout shows English, nor its recovery note and scope review', async () => {
    const handlers = { onClose() {}, onNext() {}, onFinish() {} };
    for (const step of TOUR) {
      const view = { step, number: 1, total: 14, target: undefined, satisfied: true, notices: [] };
      for (const recovery of [false, true]) {
        const scopes = { ticked: ['repo', 'delete_repo'], extra: ['delete_repo'] };
        const text = await show(<StepCard {...handlers} view={{ ...view, recovery, scopes }} cardRef={{ current: null }} style={{}} />, 'section');
        expect(englishIn(text), step.id).toEqual([]);
      }
    }
    const offer = await show(<ApplyOffer preset="recommended" scopes={['repo']} extra={['admin:org', 'gist']} result={undefined} onApply={() => {}} onDismiss={() => {}} />, 'section');
    expect(offer).toContain('Empfohlene Scopes anwenden?');
    expect(englishIn(offer)).toEqual([]);
  });
});
