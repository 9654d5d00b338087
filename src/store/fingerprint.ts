// Which coder produced a stored article's events: a hash of Dyad's version and every
// dictionary entry. An article stored by the same coder is a duplicate; a changed
// dictionary makes the next ingest re-code it and replace its events.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Coder } from '../coder/index.ts';

const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

export function coderFingerprint(coder: Pick<Coder, 'lexicon'>): string {
  const h = createHash('sha256').update(`dyad ${VERSION}\n`);
  h.update(JSON.stringify(coder.lexicon.source));
  return h.digest('hex').slice(0, 16);
}
