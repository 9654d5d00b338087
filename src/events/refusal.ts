import type { Token } from '../model/index.ts';
import { announcedOnly } from './announced-only.ts';
import { announcedCode } from './intent.ts';
import type { Modality } from './modality.ts';
import type { PatternMatch } from './patterns.ts';
import { FORCE_ROOTS } from './words.ts';

// "Syria will not accept more refugees", "the US would not meet the kidnappers' demands",
// "Boehner won't negotiate with the president": an actor announcing it will not cooperate rejects
// (CAMEO 12), as the codebook's "refuse to …" codes describe. A plain past negation ("did not
// meet") is no event: the act just did not happen.

/** CAMEO code of refusing the cooperative act `code` (roots 03–08), or undefined. */
export function refusalCode(code: string): string | undefined {
  const root = code.slice(0, 2);
  switch (root) {
    case '03':
      return code === '036' ? '125' : '120';
    case '04':
      return '125';
    case '05':
      return code === '057' ? '127' : '120';
    case '06':
      return { '061': '1211', '062': '1212', '063': '1213' }[code.slice(0, 3)] ?? '121';
    case '07':
      return { '071': '1221', '072': '1222', '073': '1223', '074': '1224' }[code.slice(0, 3)] ?? '122';
    case '08':
      return YIELD_REFUSALS[code] ?? YIELD_REFUSALS[code.slice(0, 3)] ?? '124';
    default:
      return undefined;
  }
}

/** Yielding (08) → refusing to yield (124) or to reform (123), code by code. */
const YIELD_REFUSALS: Record<string, string> = {
  '081': '1241',
  '082': '1242',
  '0831': '1231',
  '0832': '1232',
  '0833': '1233',
  '0834': '1234',
  '083': '123',
  '084': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
};

/**
 * Whether a negation announces a refusal: "will not", "would never", "is not ready to". Not
 * "declined to" ("declined to discuss why" is no comment, not a rejected meeting); "refused
 * to" has patterns of its own (12-reject.txt).
 */
export function refusalCue(negated: boolean, future: boolean, hypothetical: boolean): boolean {
  return negated && future && !hypothetical;
}

/**
 * Whether an announced act is made on a condition, "unless …" after it in its sentence:
 * "Nigeria will withdraw its force from Chad unless President Goukouni arranges a ceasefire"
 * is an ultimatum (CAMEO 139), whatever the act.
 */
export function ultimatum(tokens: readonly Token[], m: PatternMatch, end: number): boolean {
  for (let i = m.positions.at(-1)! + 1; i < end; i++) {
    if (tokens[i].lower === 'unless') return true;
    if (tokens[i].text === ';') return false;
  }
  return false;
}

/**
 * The match as its modality makes it: a refusal ("will not accept"), an ultimatum ("will …
 * unless"), an intention or threat ("will visit", "threatened to strike"), or as it is; undefined
 * when it is dropped as negated or hypothetical ("did not meet", "could impose").
 */
export function withModality(
  tokens: readonly Token[],
  m: PatternMatch,
  mod: Modality,
  end: number,
): PatternMatch | undefined {
  // "didn't expect to win the support of Uganda": whoever refuses, it is not the giver in the slot
  const refused =
    refusalCue(mod.negated, mod.future, mod.hypothetical) && !m.pattern.reversed
      ? refusalCode(m.pattern.code)
      : undefined;
  if (refused)
    return {
      ...m,
      pattern: { ...m.pattern, code: refused, symmetric: false, mode: undefined },
      recoded: `refused:${mod.cue}`,
    };
  if (mod.negated || mod.hypothetical || predictedCriticism(tokens, m)) return undefined;
  if (!mod.future) return announcedOnly(tokens, m) ? undefined : m;
  // "prepared to resume shelling": force an army readies is force posture (150), not a threat
  const code = ultimatum(tokens, m, end)
    ? '139'
    : mod.readying && FORCE_ROOTS.has(m.pattern.code.slice(0, 2))
      ? '150'
      : announcedCode(m.pattern.code);
  return code
    ? {
        ...m,
        pattern: { ...m.pattern, code, symmetric: m.pattern.symmetric && code === '036' },
        recoded: `announced:${mod.cue}`,
      }
    : m;
}

/**
 * Criticism or blame (CAMEO 11) right after "would", adverbs between, is a prediction of what
 * someone would say, not an announced act: "most Americans would blame congressional
 * Republicans for a shutdown", "52% would blame Republicans", "liberal Democrats and senior
 * groups would criticize the president for entering into such an agreement".
 */
function predictedCriticism(tokens: readonly Token[], m: PatternMatch): boolean {
  if (!m.pattern.code.startsWith('11')) return false;
  let i = m.anchor - 1;
  while (i >= 0 && tokens[i].pos === 'ADV') i--;
  return tokens[i]?.lower === 'would';
}
