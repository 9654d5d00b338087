// Public face of src/export: the store's events and clusters in other people's formats.
import type { Writable } from 'node:stream';
import { DyadError } from '../errors.ts';
import type { ClusterFilter, EventFilter, Store } from '../store/index.ts';
import { csvHeader, csvRow, jsonlRow } from './csv.ts';
import { clusterFilter, type ExportFilter, eventFilter } from './filter.ts';
import { gdeltRow } from './gdelt.ts';
import { allClusters, allEvents } from './iterate.ts';
import { parquetSink } from './parquet.ts';
import { ploverRecord } from './polecat.ts';

export { csvField } from './csv.ts';
export type { ExportFilter } from './filter.ts';
export { fipsOf, ISO3_TO_FIPS } from './fips.ts';
export { GDELT_COLUMNS, gdeltFields } from './gdelt.ts';
export { type PloverRecord, ploverRecord } from './polecat.ts';
export { POLECAT_SCHEMA } from './polecat-schema.ts';
export { EVENT_COLUMNS } from './record.ts';

export const EXPORT_FORMATS = ['gdelt', 'polecat', 'csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportTarget {
  /** A file to write; the stream gets the output when absent. */
  path?: string;
  stream: Writable;
}

/** Writes and waits when the stream asks for it. */
async function put(stream: Writable, text: string): Promise<void> {
  if (text && !stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function gdelt(store: Store, filter: ClusterFilter, out: Writable): Promise<number> {
  let n = 0;
  for await (const page of allClusters(store, filter)) {
    let text = '';
    for (const cluster of page) {
      const rep = await store.event(cluster.representative);
      if (!rep) continue;
      const first =
        cluster.first_article === rep.article.id ? rep.article : await store.article(cluster.first_article);
      text += gdeltRow({ cluster, event: rep.event, first });
      n++;
    }
    await put(out, text);
  }
  return n;
}

async function polecat(store: Store, filter: EventFilter, out: Writable): Promise<number> {
  let n = 0;
  const articles = new Map<string, Awaited<ReturnType<Store['article']>>>();
  for await (const page of allEvents(store, filter)) {
    let text = '';
    for (const e of page) {
      if (!articles.has(e.article_id)) {
        if (articles.size > 10_000) articles.clear();
        articles.set(e.article_id, await store.article(e.article_id));
      }
      const r = ploverRecord(e, articles.get(e.article_id) ?? null);
      if (!r) continue;
      text += `${JSON.stringify(r)}\n`;
      n++;
    }
    await put(out, text);
  }
  return n;
}

async function rows(
  store: Store,
  filter: EventFilter,
  out: Writable,
  format: 'csv' | 'jsonl',
): Promise<number> {
  let n = 0;
  if (format === 'csv') await put(out, csvHeader());
  for await (const page of allEvents(store, filter)) {
    await put(out, page.map(format === 'csv' ? csvRow : jsonlRow).join(''));
    n += page.length;
  }
  return n;
}

async function parquet(store: Store, filter: EventFilter, target: ExportTarget): Promise<number> {
  const sink = parquetSink(target.path ?? null);
  let n = 0;
  for await (const page of allEvents(store, filter)) {
    sink.write(page);
    n += page.length;
  }
  const bytes = sink.finish();
  if (bytes) await put(target.stream, bytes as unknown as string);
  return n;
}

/** Exports what matches `filter`; returns the number of rows (clusters for gdelt) written. */
export async function exportTo(
  store: Store,
  format: ExportFormat,
  filter: ExportFilter,
  target: ExportTarget,
): Promise<number> {
  // Converted first, so a bad filter fails before anything is written.
  const events = eventFilter(filter);
  const clusters = clusterFilter(filter);
  switch (format) {
    case 'gdelt':
      return gdelt(store, clusters, target.stream);
    case 'polecat':
      return polecat(store, events, target.stream);
    case 'csv':
    case 'jsonl':
      return rows(store, events, target.stream, format);
    case 'parquet':
      return parquet(store, events, target);
    default:
      throw new DyadError(
        'DYAD_E_INPUT',
        `unknown export format ${format as string} (${EXPORT_FORMATS.join(', ')})`,
      );
  }
}
