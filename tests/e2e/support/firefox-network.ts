import type { Browser } from 'puppeteer-core';
import type { DriverLog } from './backend';
import { bidiConnection, type BidiConnection } from './firefox-bidi';
import { routeRequest } from './network';
import type { GitHubReplica } from './replica';

interface BeforeRequestSent {
  isBlocked: boolean;
  request: { request: string; url: string; method: string; bodySize: number | null };
}

/**
 * Puppeteer intercepts per page, which misses the first request of a tab the extension opens.
 * A browser-wide BiDi intercept catches every request from the start.
 */
export async function interceptAll(browser: Browser, replica: GitHubReplica, log: DriverLog): Promise<void> {
  const connection = bidiConnection(browser);
  await connection.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  connection.on<BeforeRequestSent>('network.beforeRequestSent', (event) => {
    if (event.isBlocked) void answer(connection, event, replica, log).catch((error) => log.pageErrors.push(`routing: ${error}`));
  });
}

async function answer(connection: BidiConnection, event: BeforeRequestSent, replica: GitHubReplica, log: DriverLog) {
  const { request, url, method } = event.request;
  const routing = routeRequest(log, replica, { method, url });
  if (routing === 'pass') return connection.send('network.continueRequest', { request });
  if (routing === 'block') return connection.send('network.failRequest', { request });
  const body = event.request.bodySize ? await requestBody(connection, request) : undefined;
  const { status, headers, body: html } = replica.handle({ method, url, body });
  return connection.send('network.provideResponse', {
    request,
    statusCode: status,
    headers: Object.entries(headers).map(([name, value]) => ({ name, value: { type: 'string', value } })),
    body: { type: 'string', value: html },
  });
}

async function requestBody(connection: BidiConnection, request: string): Promise<string | undefined> {
  const { result } = await connection.send('network.getData', { dataType: 'request', request });
  const bytes = result.bytes as { type: 'string' | 'base64'; value: string } | undefined;
  if (!bytes) return undefined;
  return bytes.type === 'base64' ? Buffer.from(bytes.value, 'base64').toString('utf8') : bytes.value;
}
