import type { Site } from './hosts';
import type { CreatedFineGrainedToken, CreatedToken, RegeneratedFineGrainedToken, RegeneratedToken, ReplicaOptions } from './options';

/** A row on /settings/tokens, newest first. */
export interface ListedToken {
  id: number;
  note: string;
  scopes: string[];
  expiration: string;
  /** SSO organizations this token is authorized for; lost when the token is regenerated (UI reference §15). */
  authorizedOrgs: string[];
}

/** A row on /settings/personal-access-tokens, newest first: what the token was made with, without its value. */
export type ListedFineGrainedToken = Omit<CreatedFineGrainedToken, 'token'> & { id: number };

/** What one host remembers between requests: its server side for one signed-in user. */
export interface ReplicaState {
  options: ReplicaOptions;
  /** The host these pages are served on. */
  site: Site;
  now: () => Date;
  tokens: ListedToken[];
  /** Shared by all hosts of one replica, in order of creation. */
  created: CreatedToken[];
  /** Tokens made again on /settings/tokens/<id>/regenerate; shared by all hosts like `created`. */
  regenerated: RegeneratedToken[];
  fineGrained: ListedFineGrainedToken[];
  createdFineGrained: CreatedFineGrainedToken[];
  regeneratedFineGrained: RegeneratedFineGrainedToken[];
  sudoConfirmed: boolean;
  /** The fine-grained token the next GET /settings/personal-access-tokens shows once. */
  pendingFineGrainedResult?: { id: number; token: string };
  /** The token the next GET /settings/tokens shows once. */
  pendingResult?: { id: number; token: string; reduced: boolean };
  /** A one-shot flash for the page after a redirect. */
  pendingFlash?: { kind: 'flash-notice' | 'flash-error'; message: string };
  nextId: number;
}

/** The replica-wide records of tokens made, which every host's state appends to. */
export interface MadeTokens {
  created: CreatedToken[];
  regenerated: RegeneratedToken[];
  createdFineGrained: CreatedFineGrainedToken[];
  regeneratedFineGrained: RegeneratedFineGrainedToken[];
}

export function createState(options: ReplicaOptions, site: Site, made: MadeTokens, now: () => Date = () => new Date()): ReplicaState {
  const tokens = options.existingNotes.map((note, index) => ({
    id: 1001 + index,
    note,
    scopes: ['repo', 'workflow'],
    expiration: 'none',
    authorizedOrgs: [],
  }));
  const fineGrained = options.existingFineGrainedNames.map((name, index): ListedFineGrainedToken => ({
    id: 501 + index,
    name,
    description: '',
    targetName: site.login,
    expiration: '30',
    installTarget: 'all',
    repositories: [],
    permissions: { contents: 'read', metadata: 'read' },
  }));
  return { options, site, now, tokens, fineGrained, ...made, sudoConfirmed: false, nextId: 2001 };
}

export function isNoteTaken(state: ReplicaState, note: string): boolean {
  return state.tokens.some((token) => token.note === note);
}

export function findToken(state: ReplicaState, id: number): ListedToken | undefined {
  return state.tokens.find((token) => token.id === id);
}

export function needsSudo(state: ReplicaState): boolean {
  return state.site.sudoPrompt && state.options.sudo !== 'none' && !state.sudoConfirmed;
}
