// Building the dashboard (web/ → web/dist) with Vite, only when it is missing or older than
// its sources. Vite is a development dependency: without it the server still runs, and `/`
// says how to build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** The newest modification time among the dashboard's sources and the dependency list. */
export function sourcesTime(root = WEB_ROOT): number {
  const inputs = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src', 'public'].map((f) => join(root, f));
  return Math.max(newest(PACKAGE_JSON), ...inputs.filter(existsSync).map(newest));
}

export function webIsStale(outDir = WEB_DIST, root = WEB_ROOT): boolean {
  const index = join(outDir, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < sourcesTime(root);
}

export async function buildWeb(outDir = WEB_DIST, root = WEB_ROOT): Promise<void> {
  const { build } = await import('vite');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Builds when stale; returns what happened, for the start command to print. */
export async function ensureWeb(outDir = WEB_DIST): Promise<'fresh' | 'built' | 'unavailable'> {
  if (!webIsStale(outDir)) return 'fresh';
  try {
    await import('vite');
  } catch {
    return 'unavailable';
  }
  await buildWeb(outDir);
  return 'built';
}
