// Writes need the token; bodies are capped; CORS is off unless configured; every response
// carries the security headers; errors are problem details without internals.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildProgram } from '../../src/cli/program.ts';
import { createApp, listen } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { fixtureApp, fixtureStore, json, TOKEN } from './fixture.ts';

let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
before(async () => {
  store = await fixtureStore();
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

test('POST /articles: read-only without a configured token (403), 401 without the right bearer', async () => {
  const { app } = await fixtureApp({ store });
  const none = await app.request('/articles', post({ text: 'Iran praised France.' }));
  assert.equal(none.status, 403);
  assert.match((await json(none)).detail, /read-only/);

  const { app: guarded } = await fixtureApp({ store, token: TOKEN });
  const missing = await guarded.request('/articles', post({ text: 'Iran praised France.' }));
  assert.equal(missing.status, 401);
  assert.equal(missing.headers.get('content-type'), 'application/problem+json');
  assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
  for (const auth of ['Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, 'Bearer']) {
    const res = await guarded.request('/articles', post({ text: 'x' }, { authorization: auth }));
    assert.equal(res.status, 401, auth);
  }
  assert.equal((await store.stats()).articles, 6, 'nothing was stored');
});

test('POST /articles with the token codes and stores; the same text again is a duplicate', async () => {
  const s = await fixtureStore();
  const { app } = await fixtureApp({ store: s, token: TOKEN });
  const body = { id: 'new', text: 'Iran praised France in Paris.', published: '2025-05-02', source: 'x.org' };
  const res = await app.request('/articles', post(body, bearer(TOKEN)));
  assert.equal(res.status, 201, await res.clone().text());
  const created = await json(res);
  assert.equal(created.duplicate, false);
  assert.equal(created.external_id, 'new');
  assert.deepEqual(
    created.events.map(
      (e: { source: string; target: string; plover: string }) => `${e.source} ${e.plover} ${e.target}`,
    ),
    ['IRNGOV SUPPORT FRAGOV'],
  );
  const stored = await json(await app.request(created.href));
  assert.equal(stored.article.text, body.text);
  const again = await app.request('/articles', post(body, bearer(TOKEN)));
  assert.equal(again.status, 200);
  assert.equal((await json(again)).duplicate, true);
  assert.equal((await s.stats()).articles, 7);
  await s.close();
});

test('POST /articles: bad bodies are 400, other media types 415, large bodies 413', async () => {
  const { app } = await fixtureApp({ store, token: TOKEN, maxBodyBytes: 1000 });
  const auth = bearer(TOKEN);
  assert.equal((await app.request('/articles', post('{"text":', auth))).status, 400);
  const noText = await app.request('/articles', post({ title: 'x' }, auth));
  assert.equal(noText.status, 400);
  assert.equal((await json(noText)).errors[0].field, 'text');
  assert.equal(
    (await app.request('/articles', post({ text: 'x', published: '2025-02-31' }, auth))).status,
    400,
  );
  assert.equal(
    (await app.request('/articles', post({ text: 'x', url: 'javascript:alert(1)' }, auth))).status,
    400,
  );
  const form = await app.request('/articles', {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...auth },
    body: 'Iran praised France.',
  });
  assert.equal(form.status, 415);
  const big = await app.request('/articles', post({ text: 'x'.repeat(2000) }, auth));
  assert.equal(big.status, 413);
  assert.equal(big.headers.get('content-type'), 'application/problem+json');
  assert.equal((await store.stats()).articles, 6);
});

test('security headers on the API, the docs and the dashboard; no framework banner', async () => {
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(web, 'assets', 'app.js'), 'export {};');
  const { app } = await fixtureApp({ store, webDir: web });
  for (const path of ['/', '/events', '/docs', '/nowhere']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.match(csp, /object-src 'none'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.match(csp, /require-trusted-types-for 'script'/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-powered-by'), null);
  }
  const index = await app.request('/');
  assert.match(await index.text(), /assets\/app\.js/);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const asset = await app.request('/assets/app.js');
  assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  for (const path of ['/assets/../index.html', '/%2e%2e/package.json', '/assets/missing.js']) {
    const res = await app.request(path);
    assert.notEqual(res.status, 500, path);
    assert.doesNotMatch(await res.text(), /"name": "dyad"/, path);
  }
  const { app: bare } = await fixtureApp({ store, webDir: join(dir, 'missing') });
  assert.match(await (await bare.request('/')).text(), /npm run build:web/);
});

test('CORS is off by default and limited to the configured origins', async () => {
  const { app } = await fixtureApp({ store });
  const res = await app.request('/stats', { headers: { origin: 'https://evil.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  const preflight = await app.request('/articles', {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);

  const { app: open } = await fixtureApp({ store, corsOrigins: ['https://analyst.example'] });
  const ok = await open.request('/stats', { headers: { origin: 'https://analyst.example' } });
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://analyst.example');
  const other = await open.request('/stats', { headers: { origin: 'https://evil.example' } });
  assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
});

test('an internal failure is a 500 problem without stack, SQL or paths', async () => {
  const broken = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'events' || prop === 'stats') {
        return async () => {
          throw new Error(`SQLITE_ERROR: near "DROP": syntax error at ${join(dir, 'x.ts')}:1:1`);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  const app = createApp({ store: broken, webDir: null });
  const logged: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((s: string) => logged.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    for (const path of ['/events', '/stats']) {
      const res = await app.request(path);
      assert.equal(res.status, 500);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const text = await res.text();
      assert.doesNotMatch(text, /SQLITE|DROP|\.ts|at /);
      assert.deepEqual(Object.keys(JSON.parse(text)).sort(), [
        'detail',
        'instance',
        'status',
        'title',
        'type',
      ]);
    }
  } finally {
    process.stderr.write = write;
  }
  assert.ok(
    logged.some((l) => l.includes('SQLITE_ERROR')),
    'the operator still sees it',
  );
});

test('/openapi.json documents every route; /docs renders it without script', async () => {
  const { app } = await fixtureApp({ store });
  const doc = await json(await app.request('/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  const paths = Object.keys(doc.paths).sort();
  assert.deepEqual(paths, [
    '/actors',
    '/articles',
    '/articles/{id}',
    '/articles/{id}/quotes',
    '/clusters',
    '/clusters/{id}',
    '/dyads/{a}/{b}/timeline',
    '/events',
    '/events/{id}',
    '/map',
    '/network',
    '/quotes',
    '/stats',
  ]);
  assert.ok(doc.paths['/articles'].post.security);
  const events = doc.paths['/events'].get;
  const params = events.parameters.map((p: { name: string }) => p.name);
  for (const name of [
    'from',
    'to',
    'source',
    'target',
    'actor',
    'country',
    'plover',
    'cameo',
    'quad',
    'q',
    'min_confidence',
    'cursor',
    'limit',
  ]) {
    assert.ok(params.includes(name), name);
  }
  assert.ok(events.responses['200'].content['text/csv']);
  const html = await (await app.request('/docs')).text();
  assert.match(html, /\/dyads\/\{a\}\/\{b\}\/timeline/);
  assert.doesNotMatch(html, /<script/);
});

test('dyad serve listens on a socket and answers over HTTP', async () => {
  const serve = buildProgram().commands.find((c) => c.name() === 'serve');
  assert.ok(serve);
  const flags = serve.options.map((o) => o.long);
  for (const f of ['--db', '--port', '--host', '--cors', '--web']) assert.ok(flags.includes(f), f);
  const app = createApp({ store, webDir: null });
  const l = await listen(app, { port: 0, host: '127.0.0.1' });
  try {
    assert.match(l.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${l.url}stats`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).events, 7);
    await assert.rejects(listen(app, { port: l.port, host: '127.0.0.1' }), /in use/);
  } finally {
    await l.close();
  }
});
