import { browser } from '#imports';
import { EDIT_EVENTS } from './form-edits';
import type { TabEvent } from './reducer';

/**
 * The preset offer (entrypoints/preset-offer) records the user's edits of the form; a guide started on that form
 * keeps them. The guide script's start ends the offer's script (lib/guide/script-life.ts), which then hands its
 * edits over with this page event, synchronously, to the guide script that listens from before its start. The
 * name carries the extension's id, as the script-life events do.
 */
function handoverEvent(): string {
  return `${browser.runtime.id}:pat-pilot-form-edits`;
}

export function handOverFormEdits(edits: TabEvent[]): void {
  document.dispatchEvent(new CustomEvent(handoverEvent(), { detail: edits }));
}

/** Listens for the offer's edits until `take` is called; only form edits are taken from the event. */
export function awaitFormEdits(): { take(): TabEvent[] } {
  const listening = new AbortController();
  let edits: TabEvent[] = [];
  const receive = (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    edits = Array.isArray(detail) ? detail.filter((edit: TabEvent) => EDIT_EVENTS.has(edit?.type)) : [];
  };
  document.addEventListener(handoverEvent(), receive, { signal: listening.signal });
  return {
    take() {
      listening.abort();
      const taken = edits;
      edits = [];
      return taken;
    },
  };
}
