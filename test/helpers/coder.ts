import { fileURLToPath } from 'node:url';
import { type Coder, createCoder } from '../../src/coder/index.ts';
import type { Doc, Event } from '../../src/model/index.ts';

export const FIXTURE_DICT = fileURLToPath(new URL('../fixtures/dict', import.meta.url));

let fixture: Coder | undefined;
let bundled: Coder | undefined;

/** A coder over the small test dictionary only: unit tests do not depend on the bundled data. */
export function fixtureCoder(): Coder {
  fixture ??= createCoder({ dictionaries: [FIXTURE_DICT], bundled: false });
  return fixture;
}

/** A coder over the bundled dictionaries, as users run it. */
export function bundledCoder(): Coder {
  bundled ??= createCoder();
  return bundled;
}

export function codeText(text: string, published = '2025-04-08', coder = fixtureCoder()): Doc {
  return coder.code({ id: 't', text, published, lang: 'en' });
}

/** `SOURCE TARGET CAMEO` strings of a doc's events, for compact assertions. */
export function triples(events: readonly Event[]): string[] {
  return events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
}

/** The triples the bundled dictionaries code in `text`: what most dictionary and grammar tests assert. */
export function bundledTriples(text: string, published = '2025-04-08'): string[] {
  return triples(codeText(text, published, bundledCoder()).events);
}
