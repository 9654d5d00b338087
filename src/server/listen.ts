// The app on a socket (@hono/node-server): resolves once listening, with the URL to print.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { DyadError } from '../errors.ts';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  opts: { port: number; host: string },
): Promise<Listening> {
  const server = createAdaptorServer({
    fetch: (request) => app.fetch(request),
    hostname: opts.host,
    port: opts.port,
    serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16 * 1024 },
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'EADDRINUSE' ? 'is in use (choose another with --port)' : `cannot be opened (${e.code})`;
      reject(new DyadError('DYAD_E_INPUT', `${opts.host}:${opts.port} ${why}`));
    });
    server.listen(opts.port, opts.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
