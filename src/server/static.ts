// The built dashboard (web/dist), read into memory once: only files that exist at start
// can be served, so no request path ever reaches the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface File {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : [],
  );
}

export function loadWeb(dir: string): Map<string, File> {
  const files = new Map<string, File>();
  for (const path of walk(dir)) {
    const type = TYPES[extname(path)];
    if (!type) continue;
    const rel = `/${relative(dir, path).split(sep).join('/')}`;
    files.set(rel, { body: readFileSync(path), type, immutable: rel.startsWith('/assets/') });
  }
  return files;
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dyad</title>
<link rel="stylesheet" href="/docs.css"></head><body><h1>Dyad</h1>
<p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm start</code>) and
restart the server. The API works meanwhile: see <a href="/docs">/docs</a>.</p></body></html>`;

export function webRoutes(app: OpenAPIHono, dir: string | null | undefined): void {
  let files: Map<string, File> | null = null;
  try {
    files = dir ? loadWeb(dir) : null;
  } catch {
    files = null;
  }
  const index = files?.get('/index.html');
  app.get('/', (c) => (index ? send(c, index) : c.html(NOT_BUILT)));
  if (!files) return;
  for (const [path, file] of files) {
    if (path === '/index.html') continue;
    app.get(path, (c) => send(c, file));
  }
}

function send(c: Context, f: File): Response {
  return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': f.type,
    'cache-control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}
