// Debian's Chromium driven by playwright-core, headless, with the flags that keep it off the
// network (without them it tries to reach update and sync services and stalls). Playwright
// gives every launch a fresh profile directory. Never downloads a browser.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** `false` when Chromium is installed, else a skip message for node:test. */
export function skipUnlessChromium(): string | false {
  return existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install -y chromium; .ci/run does)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}
