/**
 * A stateful replica of github.com for the PAT flow, written from the UI reference (shared/reference/github-ui.md).
 * Pure TypeScript over Node's fs: plug `handle` into Playwright routing, Puppeteer request interception, or call
 * `renderReplicaPage` from DOM tests. Pages live in tests/fixtures/github; their behaviour scripts are served at
 * https://github.com/_replica/*.js.
 */
import { siteFor } from './hosts';
import { LOGIN, ORIGIN, resolveOptions, type CreatedFineGrainedToken, type CreatedToken, type RegeneratedFineGrainedToken, type RegeneratedToken, type ReplicaOptions, type ReplicaRequest, type ReplicaResponse } from './options';
import { followRedirects } from './redirects';
import { notFound, route } from './routes';
import { createState, type MadeTokens, type ReplicaState } from './state';

export type { HostFlavour, Site } from './hosts';
export { DEFAULT_HOSTS, HOST_FLAVOURS } from './hosts';
export type { CreatedFineGrainedToken, CreatedToken, HeaderGeneration, RegeneratedFineGrainedToken, MissingTarget, RegeneratedToken, ReplicaOptions, ReplicaRequest, ReplicaResponse, Theme } from './options';
export { DEFAULT_OPTIONS, LOGIN } from './options';
export { SCOPE_VALUES, SCOPES } from './scope-catalogue';
export { followRedirects, redirectTarget, REPLICA_URL_HEADER } from './redirects';

export interface GitHubReplica {
  options: ReplicaOptions;
  /** Any URL on one of `options.hosts`; unknown paths and other hosts get a 404 page. */
  handle(request: ReplicaRequest): ReplicaResponse;
  /** The origins served (`https://` + each of `options.hosts`), for transports to route. */
  readonly origins: string[];
  /** Every request seen, in order (tests check that no token leaves the page). */
  readonly requests: ReplicaRequest[];
  readonly createdTokens: CreatedToken[];
  /** Tokens made again on a regenerate form, on any host, each with its row's id and the host it was made on. */
  readonly regeneratedTokens: RegeneratedToken[];
  /** Fine-grained tokens created on any host, in order, with every field GitHub received (UI reference §17). */
  readonly createdFineGrainedTokens: CreatedFineGrainedToken[];
  /** Fine-grained tokens made again on their regenerate form, each with its row's id and host. */
  readonly regeneratedFineGrainedTokens: RegeneratedFineGrainedToken[];
  /** True once POST /sessions/sudo has been answered, on any host. */
  readonly sudoConfirmed: boolean;
}

export function createGitHubReplica(options?: Partial<ReplicaOptions>): GitHubReplica {
  const resolved = resolveOptions(options);
  const requests: ReplicaRequest[] = [];
  const made: MadeTokens = { created: [], regenerated: [], createdFineGrained: [], regeneratedFineGrained: [] };
  const hosts = new Map<string, ReplicaState>(Object.entries(resolved.hosts).map(([hostname, flavour]) => (
    [hostname, createState(resolved, siteFor(hostname, flavour, LOGIN), made)]
  )));
  // An unknown host's 404 is rendered as github.com's (or the first host's, when github.com is not served).
  const fallback = hosts.get(new URL(ORIGIN).hostname) ?? [...hosts.values()][0]!;
  return {
    options: resolved,
    origins: [...hosts.values()].map((state) => state.site.origin),
    handle(request) {
      requests.push({ ...request });
      const state = hosts.get(new URL(request.url).hostname);
      return state ? route(state, request) : notFound(fallback);
    },
    requests,
    createdTokens: made.created,
    regeneratedTokens: made.regenerated,
    createdFineGrainedTokens: made.createdFineGrained,
    regeneratedFineGrainedTokens: made.regeneratedFineGrained,
    get sudoConfirmed() {
      return [...hosts.values()].some((state) => state.sudoConfirmed);
    },
  };
}

/** The HTML a fresh replica serves for GET `path` (on github.com unless `origin` says), following redirects (e.g. to the sudo page). */
export function renderReplicaPage(path: string, options?: Partial<ReplicaOptions>, origin = ORIGIN): string {
  const replica = createGitHubReplica(options);
  const url = new URL(path, origin).href;
  return followRedirects(replica, url, replica.handle({ method: 'GET', url })).body;
}
