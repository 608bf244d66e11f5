import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isGuideHere } from '@/lib/guide/guide-here';
import { openChannel } from '@/lib/guide/channel';
import { IDLE_GUIDE } from '@/lib/guide/state';

const GITHUB = 'https://github.com';

describe('which guide script draws a guide', () => {
  const running = { ...IDLE_GUIDE, active: true };

  it('each script draws only the guide of its own token kind', () => {
    expect(isGuideHere(running, 'classic', GITHUB)).toBe(true);
    expect(isGuideHere(running, 'fine-grained', GITHUB)).toBe(false);
    const fineGrained = { ...running, tokenKind: 'fine-grained' as const };
    expect(isGuideHere(fineGrained, 'fine-grained', GITHUB)).toBe(true);
    expect(isGuideHere(fineGrained, 'classic', GITHUB)).toBe(false);
  });

  it('only on the host the guide runs on, and only while it runs', () => {
    expect(isGuideHere(running, 'classic', 'https://ghe.example.com')).toBe(false);
    expect(isGuideHere(IDLE_GUIDE, 'classic', GITHUB)).toBe(false);
  });
});

describe("the guide script's answer to the background's ping", () => {
  it('names the script, so the background knows which kind runs in the tab; the prefill review does not answer', async () => {
    const answerOf = async (name?: 'guide.js' | 'fine-grained-guide.js') => {
      fakeBrowser.reset();
      const controller = new AbortController();
      openChannel(controller.signal, vi.fn(), name);
      const respond = vi.fn();
      await fakeBrowser.runtime.onMessage.trigger({ type: 'guide-ping' }, {}, respond);
      controller.abort();
      return respond.mock.calls;
    };
    expect(await answerOf('guide.js')).toEqual([['guide.js']]);
    expect(await answerOf('fine-grained-guide.js')).toEqual([['fine-grained-guide.js']]);
    expect(await answerOf()).toEqual([]);
  });
});
