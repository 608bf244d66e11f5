/** How long a step may look for its target after a page load or navigation before offering a way around. */
export const RECOVERY_DELAY_MS = 10_000;

export interface RecoveryClock {
  /** A page arrived or a new step began: the target gets a fresh 10 s. */
  restart(): void;
  /** The time is up for a target still missing. */
  isDue(): boolean;
  /** Call `onDue` when the time is up, so the recovery card shows without a page change. */
  arm(): void;
}

export function createRecoveryClock(signal: AbortSignal, onDue: () => void): RecoveryClock {
  let since = performance.now();
  let timer = 0;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    restart: () => {
      since = performance.now();
      clearTimeout(timer);
      timer = 0;
    },
    isDue: () => performance.now() - since >= RECOVERY_DELAY_MS,
    arm: () => {
      if (timer) return;
      timer = window.setTimeout(() => ((timer = 0), onDue()), RECOVERY_DELAY_MS - (performance.now() - since) + 20);
    },
  };
}
