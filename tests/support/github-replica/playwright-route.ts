import { followRedirects, redirectTarget, type Handler } from './redirects';

/** The parts of Playwright's Route this adapter uses (structural, so this package imports no Playwright). */
export interface RouteLike {
  request(): { method(): string; url(): string; postData(): string | null; isNavigationRequest(): boolean };
  fulfill(response: { status: number; headers: Record<string, string>; body: string }): Promise<void>;
  /** What Playwright's own HAR replay redirects navigations with (internal API in 1.65). */
  _redirectNavigationRequest?(url: string): Promise<void>;
}

/**
 * `context.route('https://github.com/**', (route) => fulfillFromReplica(replica, route))`.
 * Playwright does not route the request a fulfilled 302 leads to, so a redirected navigation goes through
 * Playwright's navigation redirect (the address bar ends on the target, as on GitHub), and a redirected fetch
 * gets the final page with its URL in a header (Turbo reads `response.url`, so soft visits want a real server).
 */
export async function fulfillFromReplica(replica: Handler, route: RouteLike): Promise<void> {
  const request = route.request();
  const url = request.url();
  const response = replica.handle({ method: request.method(), url, body: request.postData() ?? undefined });
  const target = redirectTarget(response);
  if (target && request.isNavigationRequest() && route._redirectNavigationRequest) {
    return route._redirectNavigationRequest(new URL(target, url).href);
  }
  await route.fulfill(followRedirects(replica, url, response));
}
