import type { CreatedToken, ReplicaOptions, ReplicaRequest } from './options';

/** A row on /settings/tokens, newest first. */
export interface ListedToken {
  id: number;
  note: string;
  scopes: string[];
  expiration: string;
  /** SSO organizations this token is authorized for; lost when the token is regenerated (UI reference §15). */
  authorizedOrgs: string[];
}

/** Everything one replica remembers between requests: GitHub's server side for one signed-in user. */
export interface ReplicaState {
  options: ReplicaOptions;
  now: () => Date;
  tokens: ListedToken[];
  created: CreatedToken[];
  /** Tokens made again on /settings/tokens/<id>/regenerate, with the row's id. */
  regenerated: Array<CreatedToken & { id: number }>;
  requests: ReplicaRequest[];
  sudoConfirmed: boolean;
  /** The token the next GET /settings/tokens shows once. */
  pendingResult?: { id: number; token: string; reduced: boolean };
  /** A one-shot flash for the page after a redirect. */
  pendingFlash?: { kind: 'flash-notice' | 'flash-error'; message: string };
  nextId: number;
}

export function createState(options: ReplicaOptions, now: () => Date = () => new Date()): ReplicaState {
  const tokens = options.existingNotes.map((note, index) => ({
    id: 1001 + index,
    note,
    scopes: ['repo', 'workflow'],
    expiration: 'none',
    authorizedOrgs: [],
  }));
  return { options, now, tokens, created: [], regenerated: [], requests: [], sudoConfirmed: false, nextId: 2001 };
}

export function isNoteTaken(state: ReplicaState, note: string): boolean {
  return state.tokens.some((token) => token.note === note);
}

export function findToken(state: ReplicaState, id: number): ListedToken | undefined {
  return state.tokens.find((token) => token.id === id);
}

export function needsSudo(state: ReplicaState): boolean {
  return state.options.sudo !== 'none' && !state.sudoConfirmed;
}
