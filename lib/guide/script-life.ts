import { browser } from '#imports';

/**
 * The guide script's lifetime in a page, as an AbortSignal: it ends when a newer copy of the script
 * starts in this page (the extension was updated or reloaded and injected it again). The event's
 * name carries the extension's id, so another extension's script is never mistaken for ours.
 */
export function startScriptLife(): AbortSignal {
  const controller = new AbortController();
  const started = scriptStartedEvent();
  const self = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(started, { detail: self }));
  document.addEventListener(started, (event) => (event as CustomEvent).detail !== self && controller.abort(), { signal: controller.signal });
  return controller.signal;
}

/** Dispatched on the document each time the guide script starts (tests listen for it too). */
export function scriptStartedEvent(): string {
  return `${browser.runtime.id}:pat-pilot-guide-started`;
}
