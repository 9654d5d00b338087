// What the event view needs in one answer: the event, its sentence located in the article
// text, its evidence spans labelled by role, the rule, the article, the quote it was
// reported in and the cluster.
import type { ArticleSummary, Cluster, Store, StoredEvent, StoredQuote } from '../store/index.ts';

/** The coder writes evidence as [verb pattern, source mention, target mention]. */
const ROLES = ['verb', 'source', 'target'] as const;
export type Role = (typeof ROLES)[number] | 'evidence';

export interface Highlight {
  role: Role;
  start: number;
  end: number;
  text: string;
  /** False for a mention outside the event's sentence (an actor named earlier). */
  in_sentence: boolean;
}

export interface EventDetailBody {
  event: StoredEvent;
  sentence: { text: string; start: number | null; end: number | null };
  highlights: Highlight[];
  rule: string;
  article: ArticleSummary & { href: string };
  /** The quote holding the event's evidence (who said it), or null. */
  quote: StoredQuote | null;
  cluster: (Cluster & { articles: (ArticleSummary & { href: string })[]; events: number }) | null;
}

export function roleOf(index: number): Role {
  return ROLES[index] ?? 'evidence';
}

const withHref = (a: ArticleSummary) => ({ ...a, href: `/articles/${a.id}` });

/** Of the quotes holding an event, the innermost one with a speaker (else the innermost). */
export function reportingQuote(quotes: readonly StoredQuote[]): StoredQuote | null {
  const best = [...quotes].sort(
    (a, b) =>
      Number(b.speaker !== null) - Number(a.speaker !== null) ||
      a.end - a.start - (b.end - b.start) ||
      a.ordinal - b.ordinal,
  );
  return best[0] ?? null;
}

export async function eventDetail(store: Store, id: string): Promise<EventDetailBody | null> {
  const d = await store.event(id);
  if (!d) return null;
  const text = (await store.article(d.article.id))?.text ?? '';
  const anchor = d.event.evidence[0]?.start ?? text.length;
  let start = text.lastIndexOf(d.sentence, anchor);
  if (start < 0) start = text.indexOf(d.sentence);
  const end = start < 0 ? null : start + d.sentence.length;
  const highlights = d.event.evidence.map((s, i) => ({
    role: roleOf(i),
    start: s.start,
    end: s.end,
    text: s.text,
    in_sentence: end !== null && s.start >= start && s.end <= end,
  }));
  const cluster = d.event.cluster_id ? await store.cluster(d.event.cluster_id) : null;
  const quotes = await store.quotes({ event: d.event.id }, { limit: 100 });
  return {
    event: d.event,
    sentence: { text: d.sentence, start: start < 0 ? null : start, end },
    highlights,
    rule: d.event.rule,
    article: withHref(d.article),
    quote: reportingQuote(quotes.items),
    cluster: cluster
      ? {
          ...cluster.cluster,
          articles: cluster.articles.slice(0, 200).map(withHref),
          events: cluster.events.length,
        }
      : null,
  };
}
