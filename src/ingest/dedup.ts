// One story, one article: results whose canonical URL or story fingerprint was already
// seen in this run are marked `duplicateOf` the first, and the first article's sources
// gain the new outlet (the same wire story on two sites is one article with two sources).
import { storyFingerprint } from './hash.ts';
import type { IngestArticle, ReadResult } from './types.ts';

export interface Deduper {
  /** The id of the earlier article this one repeats, after recording its source there. */
  check(article: IngestArticle): string | undefined;
}

export function createDeduper(): Deduper {
  const byUrl = new Map<string, IngestArticle>();
  const byStory = new Map<string, IngestArticle>();
  return {
    check(article) {
      const url = article.canonicalUrl ?? article.url;
      const story = storyFingerprint(article.text);
      const first = (url ? byUrl.get(url) : undefined) ?? byStory.get(story);
      if (first) {
        for (const s of article.sources) {
          if (!first.sources.some((f) => f.url === s.url && f.source === s.source)) first.sources.push(s);
        }
        return first.id;
      }
      if (url) byUrl.set(url, article);
      if (article.url && article.url !== url) byUrl.set(article.url, article);
      byStory.set(story, article);
      return undefined;
    },
  };
}

export async function* dedupe(
  results: AsyncIterable<ReadResult>,
  deduper: Deduper = createDeduper(),
): AsyncGenerator<ReadResult> {
  for await (const r of results) {
    if (!r.ok) {
      yield r;
      continue;
    }
    const duplicateOf = deduper.check(r.article);
    yield duplicateOf ? { ...r, duplicateOf } : r;
  }
}
