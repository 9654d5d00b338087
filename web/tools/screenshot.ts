// `npm run screenshot [-- OUT.png] [-- '#/?a=PAK&b=USA']`: the dashboard on the bundled
// examples, as README shows it (docs/dashboard.png). Builds the dashboard when stale.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/cli/ingest.ts';
import { coderFor, EXAMPLES } from '../../src/cli/options.ts';
import { createApp, ensureWeb, listen, WEB_DIST } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import { launchChromium } from './chromium.ts';

const out = process.argv[2] ?? 'docs/dashboard.png';
const hash = process.argv[3] ?? '#/';
const dir = mkdtempSync(join(tmpdir(), 'dyad-shot-'));
try {
  await ensureWeb();
  const db = join(dir, 'examples.sqlite');
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.jsonl'))
    .map((f) => join(EXAMPLES, f));
  await runIngest(coderFor({}), files, { db }, (s) => process.stderr.write(s));
  const store = await openStore(db);
  const server = await listen(createApp({ store, webDir: WEB_DIST }), { port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(`${server.url}${hash}`);
    await page.locator('.events tbody tr').first().waitFor();
    for (const panel of ['.network', '.map']) await page.locator(`${panel} canvas`).first().waitFor();
    await page.waitForTimeout(1500); // the force layout settles
    await page.screenshot({ path: out, fullPage: true });
    process.stderr.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
