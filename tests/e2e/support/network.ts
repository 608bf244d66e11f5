import type { DriverLog } from './backend';
import type { GitHubReplica } from './replica';

/**
 * 'replica': one of the replica's origins (github.com and the enterprise hosts it serves), answered by it.
 * 'block': any other http(s) request, recorded in the log and refused, as the extension may reach nothing else.
 * 'pass': not a network request (data:, blob:, the extension's own files), left to the browser.
 */
export type Routing = 'replica' | 'block' | 'pass';

export function routeRequest(log: DriverLog, replica: Pick<GitHubReplica, 'origins'>, request: { method: string; url: string }): Routing {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'pass';
  if (replica.origins.includes(url.origin)) return 'replica';
  log.blockedRequests.push(`${request.method} ${request.url}`);
  return 'block';
}
