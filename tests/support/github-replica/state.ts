import type { Site } from './hosts';
import type { CreatedToken, ReplicaOptions } from './options';

/** A row on /settings/tokens, newest first. */
export interface ListedToken {
  id: number;
  note: string;
  scopes: string[];
  expiration: string;
}

/** What one host remembers between requests: its server side for one signed-in user. */
export interface ReplicaState {
  options: ReplicaOptions;
  /** The host these pages are served on. */
  site: Site;
  now: () => Date;
  tokens: ListedToken[];
  /** Shared by all hosts of one replica, in order of creation. */
  created: CreatedToken[];
  sudoConfirmed: boolean;
  /** The token the next GET /settings/tokens shows once. */
  pendingResult?: { id: number; token: string; reduced: boolean };
  /** A one-shot flash for the page after a redirect. */
  pendingFlash?: { kind: 'flash-notice' | 'flash-error'; message: string };
  nextId: number;
}

export function createState(options: ReplicaOptions, site: Site, created: CreatedToken[], now: () => Date = () => new Date()): ReplicaState {
  const tokens = options.existingNotes.map((note, index) => ({
    id: 1001 + index,
    note,
    scopes: ['repo', 'workflow'],
    expiration: 'none',
  }));
  return { options, site, now, tokens, created, sudoConfirmed: false, nextId: 2001 };
}

export function isNoteTaken(state: ReplicaState, note: string): boolean {
  return state.tokens.some((token) => token.note === note);
}

export function needsSudo(state: ReplicaState): boolean {
  return state.site.sudoPrompt && state.options.sudo !== 'none' && !state.sudoConfirmed;
}
