import type { ReplicaRequest, ReplicaResponse } from './options';

/** The header naming the URL a response really came from, once the replica has followed redirects itself. */
export const REPLICA_URL_HEADER = 'x-replica-url';

export interface Handler {
  handle(request: ReplicaRequest): ReplicaResponse;
}

export function redirectTarget(response: ReplicaResponse): string | undefined {
  return response.status >= 300 && response.status < 400 ? response.headers.location : undefined;
}

/**
 * Given the answer to a request for `url`, follows its 302s inside the replica as a browser would (each hop a
 * GET, recorded in `requests`) and names the final URL in REPLICA_URL_HEADER. For transports that cannot let
 * the browser follow: Playwright hands the request a fulfilled 302 leads to to the network, where github.com
 * does not resolve. Turbo reads `response.url` and not the header, so a redirected soft visit needs a transport
 * that lets the browser follow (the e2e HTTPS server, Firefox's BiDi interception).
 */
export function followRedirects(replica: Handler, url: string, response: ReplicaResponse): ReplicaResponse {
  for (let hop = 0; hop < 5; hop++) {
    const target = redirectTarget(response);
    if (!target) return { ...response, headers: { ...response.headers, [REPLICA_URL_HEADER]: url } };
    url = new URL(target, url).href;
    response = replica.handle({ method: 'GET', url });
  }
  throw new Error(`replica: too many redirects to ${url}`);
}
