// Public face of src/server: the HTTP API and dashboard as a Hono app, and its socket.
export { createApp } from './app.ts';
export { type Listening, listen } from './listen.ts';
export { DEFAULT_MAX_BODY, type ServerOptions } from './options.ts';
export { buildWeb, ensureWeb, WEB_DIST, WEB_ROOT, webIsStale } from './web-build.ts';
