// Writes need the configured token as `Authorization: Bearer …`; with no token configured
// the server is read-only and refuses every write.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | null | undefined): MiddlewareHandler {
  const want = token ? digest(token) : null;
  return async function requireTokenMiddleware(c, next) {
    if (!want)
      return problem(c, 403, 'this server is read-only: start it with DYAD_TOKEN set to accept writes');
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]), want)) {
      c.header('WWW-Authenticate', 'Bearer realm="dyad"');
      return problem(c, 401, 'send the server token as Authorization: Bearer <token>');
    }
    await next();
  };
}
