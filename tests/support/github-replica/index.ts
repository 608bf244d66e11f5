/**
 * A stateful replica of github.com for the PAT flow, written from the UI reference (shared/reference/github-ui.md).
 * Pure TypeScript over Node's fs: plug `handle` into Playwright routing, Puppeteer request interception, or call
 * `renderReplicaPage` from DOM tests. Pages live in tests/fixtures/github; their behaviour scripts are served at
 * https://github.com/_replica/*.js.
 */
import { ORIGIN, resolveOptions, type CreatedToken, type ReplicaOptions, type ReplicaRequest, type ReplicaResponse } from './options';
import { followRedirects } from './redirects';
import { route } from './routes';
import { createState } from './state';

export type { CreatedToken, HeaderGeneration, MissingTarget, ReplicaOptions, ReplicaRequest, ReplicaResponse, Theme } from './options';
export { DEFAULT_OPTIONS, LOGIN } from './options';
export { SCOPE_VALUES, SCOPES } from './scope-catalogue';
export { followRedirects, redirectTarget, REPLICA_URL_HEADER } from './redirects';

export interface GitHubReplica {
  options: ReplicaOptions;
  /** Any https://github.com/... URL; unknown paths and other hosts get a 404 page. */
  handle(request: ReplicaRequest): ReplicaResponse;
  /** Every request seen, in order (tests check that no token leaves the page). */
  readonly requests: ReplicaRequest[];
  readonly createdTokens: CreatedToken[];
  /** Tokens made again on a regenerate form, each with its row's id. */
  readonly regeneratedTokens: Array<CreatedToken & { id: number }>;
  /** True once POST /sessions/sudo has been answered. */
  readonly sudoConfirmed: boolean;
}

export function createGitHubReplica(options?: Partial<ReplicaOptions>): GitHubReplica {
  const state = createState(resolveOptions(options));
  return {
    options: state.options,
    handle(request) {
      state.requests.push({ ...request });
      return route(state, request);
    },
    get requests() {
      return state.requests;
    },
    get createdTokens() {
      return state.created;
    },
    get regeneratedTokens() {
      return state.regenerated;
    },
    get sudoConfirmed() {
      return state.sudoConfirmed;
    },
  };
}

/** The HTML a fresh replica serves for GET `path`, following redirects (e.g. to the sudo page). */
export function renderReplicaPage(path: string, options?: Partial<ReplicaOptions>): string {
  const replica = createGitHubReplica(options);
  const url = new URL(path, ORIGIN).href;
  return followRedirects(replica, url, replica.handle({ method: 'GET', url })).body;
}
