import { logError } from '../log';
import { type Guide, type GuideSurface, runGuide } from './guide';
import type { TabEvent } from './reducer';
import type { GuideSnapshot } from './snapshot';
import type { GuideFlavor } from './flavor';

export interface MountedSurface extends GuideSurface {
  remove(): void;
}

export interface SessionOptions {
  /** The guide script's own lifetime (its context's signal). */
  signal: AbortSignal;
  /** The guide of the script's token kind; without one there is no guide to run, and nothing is mounted. */
  flavor?: GuideFlavor;
  snapshot: GuideSnapshot;
  earlier: TabEvent[];
  send(event: TabEvent): Promise<GuideSnapshot>;
  /** Draws the UI (the content entry renders the components). */
  mount(): Promise<MountedSurface>;
}

export interface GuideSession {
  receive(snapshot: GuideSnapshot): void;
  stop(): void;
}

/**
 * Mounts the UI and runs the guide under one AbortController tied to the script's lifetime.
 * Failures are logged, never thrown into the page.
 */
export function startGuideSession({ signal, flavor, snapshot, earlier, send, mount }: SessionOptions): GuideSession {
  const controller = new AbortController();
  // An abort listener added to an aborted signal never runs: a script already replaced starts nothing.
  if (signal.aborted) controller.abort();
  signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
  let guide: Guide | undefined;
  let latest = snapshot;
  let remove: (() => void) | undefined;
  if (!controller.signal.aborted && flavor) mount()
    .then((surface) => {
      remove = surface.remove;
      if (controller.signal.aborted) return surface.remove();
      guide = runGuide({
        signal: controller.signal,
        flavor,
        surface,
        snapshot: latest,
        earlier,
        send,
        log: (message) => console.info(`[PAT Pilot] ${message}`),
      });
    })
    .catch((error: unknown) => logError('starting the guide', error));
  return {
    receive(next) {
      latest = next;
      guide?.receive(next);
    },
    stop() {
      controller.abort();
      remove?.();
    },
  };
}
