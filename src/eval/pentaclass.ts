import type { Event } from '../model/index.ts';
import { cameoQuadClass, type GoldRecord } from './score.ts';

/**
 * ConfliBERT's five-way sentence classes: 0 neutral (CAMEO 01–02 or no event), then the quad
 * classes of the other roots: 1 verbal cooperation (03–05), 2 material cooperation (06–08),
 * 3 verbal conflict (09–13 and 16), 4 material conflict (14, 15, 17–20). The repository does not
 * define its labels. Its sentences of reduced relations (16: sanctions, expulsions, suspended
 * aid, cancelled visits) are labelled verbal conflict — 72 of the 73 train-split sentences this
 * coder codes at root 16 carry label 3 — as the reference scorer's quad classes have it
 * (shared/tools/score.py `CAMEO_QUAD`, `cameoQuadClass` here), not as the Phoenix ranges do.
 */
export function pentaclassOf(cameo: string): number {
  if (Number(cameo.slice(0, 2)) <= 2) return 0;
  return cameoQuadClass(cameo) ?? 4;
}

/** A sentence's class: that of its most confident event, neutral when it has none. */
export function predictClass(events: readonly Event[]): number {
  let best: Event | undefined;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best ? pentaclassOf(best.cameo) : 0;
}

export function isPentaclassGold(gold: readonly GoldRecord[]): boolean {
  return (
    gold.length > 0 &&
    gold.every((g) => g.events.length > 0 && String(g.events[0].code ?? '').startsWith('PENTACLASS:'))
  );
}

export interface PentaclassScore {
  records: number;
  correct: number;
  accuracy: number;
  /** gold class → predicted class → count */
  confusion: number[][];
}

export function scorePentaclass(
  gold: readonly GoldRecord[],
  byArticle: ReadonlyMap<string, readonly Event[]>,
): PentaclassScore {
  const confusion = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let correct = 0;
  for (const g of gold) {
    const want = Number(String(g.events[0].code).split(':')[1]);
    const got = predictClass(byArticle.get(String(g.id)) ?? []);
    confusion[want][got]++;
    if (want === got) correct++;
  }
  return {
    records: gold.length,
    correct,
    accuracy: Math.round((correct / Math.max(1, gold.length)) * 1000) / 1000,
    confusion,
  };
}
