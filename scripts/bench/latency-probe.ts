export interface ProbeOptions {
  step: string;
  trials: number;
  timeoutMs: number;
}

export interface Trial {
  /** Insertion → marker on the new element and the ring around it (DOM state, seen by a MutationObserver). */
  placedMs: number;
  /** The ring was in place before the first frame that paints the inserted element. */
  sameFrame: boolean;
}

/**
 * Runs in the page's main world, so it must stay self-contained. Each trial replaces the
 * marked target with a fresh unmarked copy, as GitHub does when it re-renders the header:
 * remove it, wait until the guide has let go (no marker, no ring), then insert the copy from
 * a timer task (as a network response or an event would) at a different point of the frame
 * each trial, and time until the guide marks the copy and draws the ring around it.
 */
export async function probeHighlight({ step, trials, timeoutMs }: ProbeOptions): Promise<Trial[]> {
  const attribute = 'data-pat-pilot-step';
  const shadow = document.querySelector('pat-pilot-ui')?.shadowRoot;
  if (!shadow) throw new Error('the guide is not drawn');
  const ring = () => shadow.querySelector('rect.spotlight-ring');
  // The ring surrounds the target with the same margin on every side (the spotlight's padding).
  const ringFits = (target: Element) => {
    const r = ring()?.getBoundingClientRect();
    if (!r) return false;
    const t = target.getBoundingClientRect();
    const margins = [t.left - r.left, t.top - r.top, r.right - t.right, r.bottom - t.bottom];
    return margins.every((m) => m >= 0 && m <= 16 && Math.abs(m - margins[0]!) <= 1);
  };
  // Resolves with performance.now() at the first mutation after which `done()` holds.
  const until = (done: () => boolean) =>
    new Promise<number>((resolve, reject) => {
      if (done()) return resolve(performance.now());
      const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`no highlight within ${timeoutMs} ms`))), timeoutMs);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        resolve(performance.now());
        observer.disconnect();
        clearTimeout(timer);
      });
      for (const root of [document.documentElement, shadow]) observer.observe(root, { subtree: true, childList: true, attributes: true });
    });
  // A task posted from a frame's rAF callback runs once that frame has been rendered.
  const afterNextPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const results: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    const target = document.querySelector(`[${attribute}="${step}"]`);
    if (!target?.parentNode) throw new Error(`no element marked ${step}`);
    const [parent, next] = [target.parentNode, target.nextSibling];
    const copy = target.cloneNode(true) as Element;
    copy.removeAttribute(attribute);
    target.remove();
    await until(() => !ring() && !document.querySelector(`[${attribute}]`));
    await afterNextPaint();
    await sleep(i % 17);
    const start = performance.now();
    parent.insertBefore(copy, next);
    const painted = afterNextPaint();
    const placed = await until(() => copy.getAttribute(attribute) === step && ringFits(copy));
    results.push({ placedMs: placed - start, sameFrame: placed <= (await painted) });
  }
  return results;
}
