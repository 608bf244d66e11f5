// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountGuideUi } from '@/entrypoints/guide/mount-ui';

afterEach(() => document.querySelectorAll('pat-pilot-ui').forEach((host) => host.remove()));

describe("the guide's UI host", () => {
  it('is removed when its script ends', async () => {
    const life = new AbortController();
    await mountGuideUi(life.signal);
    expect(document.querySelectorAll('pat-pilot-ui')).toHaveLength(1);
    life.abort();
    expect(document.querySelectorAll('pat-pilot-ui')).toHaveLength(0);
  });

  it('is never left in the page by a copy of the script that a newer copy already ended', async () => {
    // Two copies can start in one tab (the registered script and an injection racing it); the older one is
    // ended while it still waits for the background's answer, and mounts afterwards.
    const life = new AbortController();
    life.abort();
    await mountGuideUi(life.signal);
    expect(document.querySelectorAll('pat-pilot-ui')).toHaveLength(0);
  });
});
