import type { DriverLog } from './backend';

/**
 * 'github': served by the replica. 'block': any other http(s) request, recorded in the log and
 * refused, as the extension may reach nothing else. 'pass': not a network request (data:, blob:,
 * the extension's own files), left to the browser.
 */
export type Routing = 'github' | 'block' | 'pass';

export function routeRequest(log: DriverLog, request: { method: string; url: string }): Routing {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'pass';
  if (url.origin === 'https://github.com') return 'github';
  log.blockedRequests.push(`${request.method} ${request.url}`);
  return 'block';
}
