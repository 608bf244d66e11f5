import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { GitHubReplica } from './replica';
import { githubCertificate } from './tls';

export interface GitHubServer {
  port: number;
  close(): Promise<void>;
}

/**
 * github.com on the loopback interface, answered by the replica. Chromium resolves github.com
 * here: Playwright's routing lets redirect follow-ups go to the network, so a routed 302 (sudo,
 * the token form's POST) would end in a DNS error. Every github.com request takes this path.
 */
export async function startGitHubServer(replica: GitHubReplica): Promise<GitHubServer> {
  const server = https.createServer(githubCertificate(), (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
      const answer = replica.handle({ method: request.method ?? 'GET', url: `https://github.com${request.url}`, body });
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
