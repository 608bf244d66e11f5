import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { GitHubReplica } from './replica';
import { replicaCertificate, spkiFingerprint } from './tls';

export interface GitHubServer {
  port: number;
  /** Chromium's flags that resolve every replica host to this server and trust its certificate, and no other. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/**
 * The replica's hosts (github.com and the enterprise ones) on the loopback interface. Chromium resolves each of
 * them here: Playwright's routing lets redirect follow-ups go to the network, so a routed 302 (sudo, the token
 * form's POST) would end in a DNS error. The Host header says which of them a request is for.
 */
export async function startGitHubServer(replica: GitHubReplica): Promise<GitHubServer> {
  const certificate = replicaCertificate(replica.origins);
  const server = https.createServer(certificate, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
      const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'github.com'}`);
      const answer = replica.handle({ method: request.method ?? 'GET', url: url.href, body });
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rules = replica.origins.map((origin) => `MAP ${new URL(origin).hostname} 127.0.0.1:${port}`);
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=${rules.join(',')}`, `--ignore-certificate-errors-spki-list=${spkiFingerprint(certificate.cert)}`],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
