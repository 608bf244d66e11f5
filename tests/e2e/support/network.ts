import type { DriverLog } from './backend';
import type { GitHubReplica, ReplicaRequest, ReplicaResponse } from './replica';

export type Routing =
  | { kind: 'replica'; response: ReplicaResponse }
  /** A request off github.com: recorded in the log and aborted, as nothing else may be reached. */
  | { kind: 'block' }
  /** Not a network request (data:, blob:, the extension's own files): left to the browser. */
  | { kind: 'pass' };

export function routeRequest(replica: GitHubReplica, log: DriverLog, request: ReplicaRequest): Routing {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'pass' };
  if (url.origin === 'https://github.com') return { kind: 'replica', response: replica.handle(request) };
  log.blockedRequests.push(`${request.method} ${request.url}`);
  return { kind: 'block' };
}
