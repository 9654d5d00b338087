import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { isPrivateAddress } from '../../src/ingest/address.ts';
import { createHostGate } from '../../src/ingest/host-gate.ts';
import { createFetcher } from '../../src/ingest/index.ts';
import { huge, redirect, send, slow, startServer } from './server.ts';

const server = await startServer({
  '/ok': send('<p>hello</p>'),
  '/r1': redirect('/ok'),
  '/loop': redirect('/loop'),
  '/to-ftp': redirect('ftp://example.com/file'),
  '/slow': slow(5000),
  '/huge': huge(50 * 1024 * 1024),
  '/huge-declared': huge(50 * 1024 * 1024, true),
  '/feed': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, {
      etag: '"v1"',
      'last-modified': 'Tue, 08 Apr 2025 10:00:00 GMT',
      'content-type': 'application/rss+xml',
    });
    res.end('<rss/>');
  },
  '/error': (_req, res) => {
    res.writeHead(503);
    res.end();
  },
});
after(() => server.close());

const fetcher = createFetcher({ allowPrivate: true, delayMs: 0, timeoutMs: 500 });

test('a page is fetched with a clear user agent', async () => {
  const r = await fetcher.fetch(`${server.base}/ok`);
  assert.ok(r.ok);
  assert.equal(new TextDecoder().decode(r.response.bytes), '<p>hello</p>');
  assert.match(r.response.contentType ?? '', /text\/html/);
  const seen = server.requests.find((q) => q.path === '/ok');
  assert.match(String(seen?.headers['user-agent']), /^Dyad\/\d/);
});

test('redirects are followed and the final URL reported', async () => {
  const r = await fetcher.fetch(`${server.base}/r1`);
  assert.ok(r.ok);
  assert.equal(r.response.url, `${server.base}/ok`);
});

test('a redirect loop stops at the redirect cap', async () => {
  const r = await fetcher.fetch(`${server.base}/loop`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'DYAD_E_REDIRECTS');
});

test('a redirect to a non-HTTP scheme is refused', async () => {
  const r = await fetcher.fetch(`${server.base}/to-ftp`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'DYAD_E_FETCH');
});

test('404 and 503 are HTTP errors naming the status', async () => {
  for (const [path, status] of [
    ['/missing', 404],
    ['/error', 503],
  ] as const) {
    const r = await fetcher.fetch(`${server.base}${path}`);
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'DYAD_E_HTTP');
    assert.match(r.error.message, new RegExp(`HTTP ${status}`));
    assert.equal(r.error.input, `${server.base}${path}`);
  }
});

test('a slow page times out', async () => {
  const t = Date.now();
  const r = await fetcher.fetch(`${server.base}/slow`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'DYAD_E_TIMEOUT');
  assert.ok(Date.now() - t < 3000);
});

test('a 50 MB page is cut off at the size cap while streaming', async () => {
  const small = createFetcher({ allowPrivate: true, delayMs: 0, maxBytes: 1024 * 1024, timeoutMs: 10_000 });
  const t = Date.now();
  const r = await small.fetch(`${server.base}/huge`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'DYAD_E_TOO_LARGE');
  assert.ok(Date.now() - t < 3000, 'aborted early, not after downloading 50 MB');
  const declared = await small.fetch(`${server.base}/huge-declared`);
  assert.ok(!declared.ok);
  assert.equal(declared.error.code, 'DYAD_E_TOO_LARGE');
  assert.match(declared.error.message, /52428800 bytes/);
});

test('conditional GET: an unchanged feed answers 304', async () => {
  const first = await fetcher.fetch(`${server.base}/feed`);
  assert.ok(first.ok);
  assert.equal(first.response.etag, '"v1"');
  assert.equal(first.response.lastModified, 'Tue, 08 Apr 2025 10:00:00 GMT');
  const again = await fetcher.fetch(`${server.base}/feed`, { etag: first.response.etag });
  assert.ok(again.ok);
  assert.equal(again.response.notModified, true);
  assert.equal(again.response.bytes.byteLength, 0);
});

test('private, loopback and link-local addresses are refused unless allowed', async () => {
  const strict = createFetcher({ delayMs: 0 });
  const r = await strict.fetch(`${server.base}/ok`);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'DYAD_E_PRIVATE_ADDRESS');
  for (const url of ['http://localhost/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data']) {
    const b = await strict.fetch(url);
    assert.ok(!b.ok && b.error.code === 'DYAD_E_PRIVATE_ADDRESS', url);
  }
  // A public name that resolves to a private address is refused too (DNS rebinding).
  const rebinding = createFetcher({ delayMs: 0, resolve: async () => ['10.0.0.7'] });
  const c = await rebinding.fetch('http://news.example.com/story');
  assert.ok(!c.ok);
  assert.equal(c.error.code, 'DYAD_E_PRIVATE_ADDRESS');
});

test('bad URLs and schemes are errors, not throws', async () => {
  for (const url of ['not a url', 'file:///etc/passwd', 'ftp://example.com/']) {
    const r = await fetcher.fetch(url);
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'DYAD_E_FETCH');
  }
});

test('politeness: request starts to one host are delayMs apart, other hosts do not wait', async () => {
  const gate = createHostGate({ perHost: 1, delayMs: 100, total: 8 });
  const starts: Record<string, number[]> = { a: [], b: [] };
  const job = (host: 'a' | 'b') =>
    gate.run(host, async () => {
      starts[host].push(Date.now());
      await new Promise((r) => setTimeout(r, 10));
    });
  await Promise.all([job('a'), job('a'), job('a'), job('b')]);
  for (let i = 1; i < 3; i++)
    assert.ok(starts.a[i] - starts.a[i - 1] >= 99, `gap ${starts.a[i] - starts.a[i - 1]}`);
  // another host does not queue behind the first one's delays (an ordering, not a timing, so load cannot flake it)
  assert.ok(starts.b[0] < starts.a[1], 'another host starts before the second request to the first');

  // Through the fetcher, against the server: three requests span at least two delays.
  const polite = createFetcher({ allowPrivate: true, delayMs: 150, perHost: 1 });
  const before = server.requests.length;
  await Promise.all([1, 2, 3].map(() => polite.fetch(`${server.base}/ok`)));
  const times = server.requests.slice(before).map((q) => q.at);
  assert.equal(times.length, 3);
  assert.ok(times[2] - times[0] >= 250, `span ${times[2] - times[0]} ms`);
});

test('address classification', () => {
  for (const ip of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    'garbage',
  ])
    assert.equal(isPrivateAddress(ip), true, ip);
  for (const ip of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
    assert.equal(isPrivateAddress(ip), false, ip);
});
