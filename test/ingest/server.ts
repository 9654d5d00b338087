// A local HTTP server for ingest tests: 127.0.0.1, a random port, routes by path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Paths requested, in order, with the headers sent. */
  requests: { path: string; headers: IncomingMessage['headers']; at: number }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers, at: Date.now() });
    const handler = routes[path];
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (
    body: string | Uint8Array,
    type = 'text/html; charset=utf-8',
    headers: Record<string, string> = {},
  ): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...headers });
    res.end(body);
  };

export const redirect =
  (to: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };

/** Headers at once, then nothing for `ms` (a page slower than the fetch timeout). */
export const slow =
  (ms: number, body = '<html><body><p>late</p></body></html>'): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    const t = setTimeout(() => res.end(body), ms);
    res.on('close', () => clearTimeout(t));
  };

/**
 * `size` bytes of HTML paragraphs, generated as the client reads them (never buffered),
 * stopping when the client goes away. With `declare` the size is sent as Content-Length.
 */
export const huge =
  (size: number, declare = false): Handler =>
  (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html',
      ...(declare ? { 'content-length': String(size) } : {}),
    });
    const chunk = Buffer.from(`<p>${'The minister said talks would continue. '.repeat(25_000)}</p>\n`);
    let sent = 0;
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    const pump = () => {
      while (!closed && sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!closed) res.end();
    };
    pump();
  };
