// The dashboard in Debian's Chromium (playwright-core), on a database holding the seed
// article: filter to PAK–USA, find the CONSULT event, open it, see its evidence highlighted.
// An article whose text holds <script> and an onerror image renders as plain text. The page
// must run without a single Content-Security-Policy or Trusted Types violation.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator } from 'playwright-core';
import { buildWeb, createApp, listen, WEB_DIST, webIsStale } from '../../src/server/index.ts';
import { coderFingerprint, createIngestor, openStore } from '../../src/store/index.ts';
import { launchChromium, skipUnlessChromium } from '../../web/tools/chromium.ts';
import { bundledCoder } from '../helpers/coder.ts';
import { PROJECT_ROOT, sharedPath, skipUnlessShared } from '../helpers/shared.ts';

/** A locator's text ('' when it has none). */
const textOf = async (l: Locator): Promise<string> => (await l.textContent()) ?? '';

const skip = skipUnlessChromium() || skipUnlessShared('examples', 'seed-article.txt');
const TOKEN = 'browser-test-token';
/** Where the screenshots stay for a look after the run (.cache is not committed). */
const SHOTS = process.env.DYAD_SCREENSHOT_DIR ?? join(PROJECT_ROOT, '.cache', 'screenshots');
const MARKUP =
  'Iran threatened France on Monday.\n<script>window.__pwned = 1</script>\n' +
  '<img src="x" onerror="window.__pwned = 2"><b>bold?</b>';

test('dashboard: PAK–USA, the CONSULT event opened with its evidence highlighted', {
  skip,
  timeout: 240_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  mkdirSync(SHOTS, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // The dashboard as built from the current sources: web/dist when fresh, else a build here.
  let web = WEB_DIST;
  if (webIsStale()) {
    web = join(dir, 'dist');
    await buildWeb(web);
  }

  const store = await openStore(join(dir, 'dyad.sqlite'));
  t.after(() => store.close());
  const coder = bundledCoder();
  const ingestor = createIngestor(store, { coder, fingerprint: coderFingerprint(coder) });
  await ingestor.add({
    article: {
      id: 'seed-article',
      text: readFileSync(sharedPath('examples', 'seed-article.txt'), 'utf8'),
      published: '2025-04-08',
      source: 'seed.example',
      title: 'Dar and Rubio hold first phone call',
      lang: 'en',
    },
    input: 'seed-article.txt',
  });
  await ingestor.finish();

  const app = createApp({ store, token: TOKEN, coder: () => coder, webDir: web });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  t.after(() => server.close());

  // The markup article goes in through the API, as a client would send it.
  const posted = await fetch(`${server.url}articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ id: 'markup', text: MARKUP, published: '2025-04-07', title: '<i>markup</i>' }),
  });
  assert.equal(posted.status, 201);
  const markupId = (await posted.json()).id as string;

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Trusted/i.test(m.text())) problems.push(m.text());
  });

  await page.goto(server.url);
  await page.locator('.events tbody tr').first().waitFor();

  await page.getByLabel('Actor', { exact: true }).fill('PAK');
  await page.getByLabel('Other actor').fill('USA');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(
    () => window.location.hash.includes('a=PAK') && window.location.hash.includes('b=USA'),
  );
  await page.locator('.timeline canvas').first().waitFor();
  const consult = page
    .locator('.events tbody tr', { hasText: 'CONSULT' })
    .filter({ hasText: 'held his first official phone conversation with' });
  await consult.first().waitFor();
  const codes = await page
    .locator('.events tbody tr td:nth-child(2) code, .events tbody tr td:nth-child(4) code')
    .allInnerTexts();
  assert.ok(codes.length > 0);
  assert.ok(
    codes.every((c) => c.startsWith('PAK') || c.startsWith('USA')),
    codes.join(' '),
  );
  await page.locator('.network canvas').first().waitFor();
  await page.locator('.map canvas').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

  await consult.first().locator('a.event-link').click();
  const sentence = page.getByTestId('sentence');
  await sentence.waitFor();
  assert.equal(
    await textOf(sentence.locator('mark.hl-verb')),
    'held his first official phone conversation with',
  );
  assert.match((await sentence.locator('mark.hl-source').allInnerTexts()).join(' '), /Ishaq Dar/);
  assert.match((await sentence.locator('mark.hl-target').allInnerTexts()).join(' '), /Marco Rubio/);
  assert.match(await textOf(page.getByTestId('rule')), /^dictionaries\/verbs\/04-consult\.txt:\d+/);
  await page.screenshot({ path: join(SHOTS, 'event.png'), fullPage: true });

  await page.locator('a.article-link').click();
  const text = page.getByTestId('article-text');
  await text.waitFor();
  assert.match(await textOf(text), /Ishaq Dar held his first official phone conversation/);
  assert.ok((await text.locator('mark.hl-verb').count()) > 0);

  // Markup in an article is text: shown literally, never parsed, never run.
  await page.goto(`${server.url}#/articles/${markupId}`);
  await text.waitFor();
  const shown = await textOf(text);
  assert.ok(shown.includes('<script>window.__pwned = 1</script>'), shown);
  assert.ok(shown.includes('<img src="x" onerror="window.__pwned = 2"><b>bold?</b>'), shown);
  assert.equal(await textOf(page.locator('#article-h')), '<i>markup</i>');
  assert.equal(await page.locator('main script, main img, main b, #article-h i').count(), 0);
  assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);

  assert.deepEqual(problems, []);
});
