import { browser } from '#imports';

/**
 * The guide script's lifetime in a page, as an AbortSignal: it ends when a newer copy of the script
 * starts in this page (the extension was updated or reloaded and injected it again). The event's
 * name carries the extension's id, so another extension's script is never mistaken for ours.
 */
export function startScriptLife(script: PageScript = 'guide'): AbortSignal {
  const controller = new AbortController();
  const self = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(scriptStartedEvent(script), { detail: self }));
  // A newer copy of the same script ends this one; the guide also ends the prefill review.
  const endedBy = new Set([scriptStartedEvent(script), scriptStartedEvent('guide')]);
  for (const name of endedBy) {
    document.addEventListener(name, (event) => (event as CustomEvent).detail !== self && controller.abort(), { signal: controller.signal });
  }
  return controller.signal;
}

/** The scripts the background injects into GitHub's pages on demand. */
export type PageScript = 'guide' | 'prefill-review';

/** Dispatched on the document each time such a script starts (tests listen for it too). */
export function scriptStartedEvent(script: PageScript): string {
  return `${browser.runtime.id}:pat-pilot-${script}-started`;
}
