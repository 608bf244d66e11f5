import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { DriverLog } from './backend';

export interface RecordingProxy {
  /** Firefox preferences that send every request not answered by interception here. */
  prefs: Record<string, string | number | boolean>;
  /** Environment Firefox needs for those preferences to hold. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * BiDi interception sees tabs only; an extension's background page fetches past it. With this
 * proxy as Firefox's only way out, such a request is recorded and refused like any other
 * (HTTPS shows as CONNECT with its host only, as a proxy sees it).
 */
export async function startRecordingProxy(log: DriverLog): Promise<RecordingProxy> {
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    log.blockedRequests.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request: http.IncomingMessage, socket: Socket) => {
    log.blockedRequests.push(`CONNECT https://${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      // Firefox's own remote-settings sync stays off, so blockedRequests is ours (as Chromium's QUIET flags).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
    // Release builds ignore a changed remote-settings server unless this is set.
    env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
