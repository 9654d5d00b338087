// "his campaign's strategy to “kill Romney”": force words in scare quotes between politicians are a figure.
import type { Doc, Mention, Token } from '../model/index.ts';
import type { PatternMatch } from './patterns.ts';
import { CONTEST_SECTORS, INDIVIDUAL_KINDS, politiciansAtHome } from './verbal-attack.ts';

/**
 * Whether a force verb (18x–20x) is set in short quotation marks ("wants to “destroy” her
 * husband", "the “kill Romney” strategy") and said of one country's government, lawmakers or
 * parties against their own rivals: the quotes mark the word as someone's figure of speech.
 * A quoted threat against armed groups or a crowd ("vowed to “crush” the rebels") stays force.
 */
export function scareQuotedForce(doc: Doc, m: PatternMatch, source: Mention, target: Mention): boolean {
  if (!/^(18|19|20)/.test(m.pattern.code) || !inShortQuote(doc.tokens, m.anchor)) return false;
  return politiciansAtHome(source, target, (b) => rivalAtHome(b.sector ?? '', target));
}

/** A rival at home: an institution or party, or one named opposition politician. */
function rivalAtHome(sector: string, target: Mention): boolean {
  return CONTEST_SECTORS.has(sector) || (sector === 'OPP' && INDIVIDUAL_KINDS.has(target.kind));
}

/** Whether an opening quote stands right before token `i` and a closing one within four words after. */
function inShortQuote(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || !OPENING.has(tokens[i - 1].text)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) if (CLOSING.has(tokens[k].text)) return true;
  return false;
}
const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING = new Set(['"', '”', "'", '’']);
