// Language identification with franc, limited to languages with a large news output (the
// full list mistakes English for Scots and friends), reported as ISO 639-1.
import { franc } from 'franc';

/** Letters (built once: see nlp/capitals.ts). */
const LETTERS = /\p{L}/gu;

// franc's ISO 639-3 code : ISO 639-1.
const PAIRS = [
  'eng:en fra:fr deu:de spa:es por:pt ita:it nld:nl rus:ru ukr:uk bel:be pol:pl ces:cs slk:sk',
  'slv:sl hrv:hr bos:bs srp:sr mkd:mk bul:bg ron:ro hun:hu lit:lt lvs:lv ekk:et fin:fi swe:sv',
  'dan:da nob:no als:sq ell:el tur:tr azj:az kaz:kk uzn:uz kat:ka hye:hy heb:he arb:ar pes:fa',
  'prs:fa pbu:ps ckb:ku urd:ur hin:hi ben:bn pan:pa guj:gu mar:mr npi:ne tam:ta tel:te kan:kn',
  'mal:ml sin:si mya:my tha:th khm:km vie:vi ind:id zlm:ms tgl:tl cmn:zh jpn:ja kor:ko swh:sw',
  'amh:am som:so hau:ha yor:yo ibo:ig zul:zu afr:af cat:ca glg:gl',
].join(' ');
const ISO1: Record<string, string> = Object.fromEntries(PAIRS.split(' ').map((p) => p.split(':')));
const ONLY = Object.keys(ISO1);
// franc is the slowest step of ingest; 1,200 characters identify a language as well as 4,000.
const SAMPLE = 1200;
/** Below this many letters franc guesses; the declared language (or English) is used. */
const MIN_LETTERS = 40;

/** ISO 639-1 code of the text's language; `hint` (a page's lang attribute) breaks ties. */
export function detectLanguage(text: string, hint?: string): string {
  const fallback = normalizeLangTag(hint) ?? 'en';
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters < MIN_LETTERS) return fallback;
  const code = franc(sample, { only: ONLY, minLength: MIN_LETTERS });
  return ISO1[code] ?? fallback;
}

/** `en-GB`, `EN_us`, `eng` → `en`; anything else → undefined. */
export function normalizeLangTag(tag: string | undefined | null): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  if (!m) return undefined;
  const code = m[1].toLowerCase();
  return code.length === 2 ? code : ISO1[code];
}
