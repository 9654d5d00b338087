// Fetching pages and feeds with Node's built-in fetch: a deadline for the whole exchange,
// a size cap enforced while streaming, redirects followed by hand (each hop's address is
// checked), a clear user agent, per-host politeness, conditional GET. Never throws.
import { lookup } from 'node:dns/promises';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { DyadError, type ErrorCode } from '../errors.ts';
import { isPrivateAddress } from './address.ts';
import { createHostGate } from './host-gate.ts';
import type { IngestError } from './types.ts';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export const FETCH_DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: `Dyad/${VERSION} (political event coder; news reader)`,
  perHost: 2,
  delayMs: 1000,
  concurrency: 8,
  allowPrivate: false,
};

export type FetchOptions = Partial<typeof FETCH_DEFAULTS> & {
  /** Replaces DNS resolution (tests). */
  resolve?: (host: string) => Promise<string[]>;
};

export interface ConditionalRequest {
  etag?: string;
  lastModified?: string;
  accept?: string;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  bytes: Uint8Array;
  /** 304: the resource has not changed since the ETag / Last-Modified sent. */
  notModified: boolean;
}

export type FetchOutcome = { ok: true; response: Fetched } | { ok: false; error: IngestError };

export interface Fetcher {
  readonly options: typeof FETCH_DEFAULTS;
  fetch(url: string, req?: ConditionalRequest): Promise<FetchOutcome>;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

async function defaultResolve(host: string): Promise<string[]> {
  const all = await lookup(host, { all: true, verbatim: true });
  return all.map((a) => a.address);
}

function fail(input: string, code: ErrorCode, message: string): FetchOutcome {
  return { ok: false, error: { input, stage: 'fetch', code, message } };
}

/** Reads a body, cancelling the download as soon as it passes `max` bytes. */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw new DyadError('DYAD_E_TOO_LARGE', `larger than the ${max}-byte cap`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts, total);
}

export function createFetcher(opts: FetchOptions = {}): Fetcher {
  const options = { ...FETCH_DEFAULTS, ...opts };
  const resolve = opts.resolve ?? defaultResolve;
  const gate = createHostGate({
    perHost: options.perHost,
    delayMs: options.delayMs,
    total: options.concurrency,
  });

  /** An error message when the host must not be reached, else undefined. */
  async function checkHost(url: URL): Promise<{ code: ErrorCode; message: string } | undefined> {
    if (options.allowPrivate) return undefined;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
      return { code: 'DYAD_E_PRIVATE_ADDRESS', message: `${host} is a loopback name (use --allow-private)` };
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await resolve(host);
    } catch (e) {
      return {
        code: 'DYAD_E_FETCH',
        message: `cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? e})`,
      };
    }
    const bad = addresses.find(isPrivateAddress);
    if (bad)
      return {
        code: 'DYAD_E_PRIVATE_ADDRESS',
        message: `${host === bad ? host : `${host} resolves to ${bad}`}: a private, loopback or link-local address (use --allow-private)`,
      };
    return undefined;
  }

  async function follow(input: string, start: URL, req: ConditionalRequest): Promise<FetchOutcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let url = start;
    try {
      for (let hop = 0; ; hop++) {
        const blocked = await checkHost(url);
        if (blocked) return fail(input, blocked.code, blocked.message);
        const headers: Record<string, string> = {
          'user-agent': options.userAgent,
          accept: req.accept ?? ACCEPT,
        };
        if (req.etag) headers['if-none-match'] = req.etag;
        if (req.lastModified) headers['if-modified-since'] = req.lastModified;
        const res = await fetch(url, { redirect: 'manual', signal: controller.signal, headers });
        if (REDIRECT.has(res.status)) {
          await res.body?.cancel().catch(() => {});
          const location = res.headers.get('location');
          if (!location) return fail(input, 'DYAD_E_HTTP', `HTTP ${res.status} without a Location header`);
          if (hop >= options.maxRedirects)
            return fail(
              input,
              'DYAD_E_REDIRECTS',
              `more than ${options.maxRedirects} redirects (last to ${location})`,
            );
          url = new URL(location, url);
          if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return fail(input, 'DYAD_E_FETCH', `redirect to a non-HTTP URL ${url.href}`);
          continue;
        }
        const response: Fetched = {
          url: url.href,
          status: res.status,
          contentType: res.headers.get('content-type') ?? undefined,
          etag: res.headers.get('etag') ?? undefined,
          lastModified: res.headers.get('last-modified') ?? undefined,
          bytes: new Uint8Array(0),
          notModified: res.status === 304,
        };
        if (res.status === 304) {
          await res.body?.cancel().catch(() => {});
          return { ok: true, response };
        }
        if (!res.ok) {
          await res.body?.cancel().catch(() => {});
          const where = url.href === input ? '' : ` (at ${url.href})`;
          return fail(input, 'DYAD_E_HTTP', `HTTP ${res.status} ${res.statusText}${where}`.trim());
        }
        const length = Number(res.headers.get('content-length') ?? Number.NaN);
        if (length > options.maxBytes) {
          await res.body?.cancel().catch(() => {});
          return fail(
            input,
            'DYAD_E_TOO_LARGE',
            `${length} bytes, larger than the ${options.maxBytes}-byte cap`,
          );
        }
        response.bytes = await readCapped(res.body, options.maxBytes);
        return { ok: true, response };
      }
    } catch (e) {
      if (controller.signal.aborted)
        return fail(input, 'DYAD_E_TIMEOUT', `no complete answer within ${options.timeoutMs} ms`);
      if (e instanceof DyadError) return fail(input, e.code, e.message.slice(e.code.length + 2));
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      return fail(input, 'DYAD_E_FETCH', cause?.code ?? cause?.message ?? (e as Error).message);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    options,
    async fetch(raw, req = {}) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return fail(raw, 'DYAD_E_FETCH', 'not a valid URL');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return fail(raw, 'DYAD_E_FETCH', `unsupported scheme ${url.protocol} (http and https only)`);
      return gate.run(url.host, () => follow(raw, url, req));
    },
  };
}
