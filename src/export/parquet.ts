// Parquet of the event record (hyparquet-writer), one row group per page of events, so a
// large export never holds more than a page in memory.
import type { BasicType, ColumnSource, Writer } from 'hyparquet-writer';
import { ByteWriter, fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { StoredEvent } from '../store/index.ts';
import { EVENT_COLUMNS, type EventColumn, flatEvent } from './record.ts';

const TYPES: Partial<Record<EventColumn, BasicType>> = {
  sentence: 'INT32',
  symmetric: 'BOOLEAN',
  goldstein: 'DOUBLE',
  quad: 'INT32',
  negated: 'BOOLEAN',
  evidence: 'JSON',
  confidence: 'DOUBLE',
};

function columns(events: readonly StoredEvent[]): ColumnSource[] {
  const flat = events.map(flatEvent);
  return EVENT_COLUMNS.map((name) => ({
    name,
    type: TYPES[name] ?? 'STRING',
    nullable: true,
    data: name === 'evidence' ? events.map((e) => e.evidence) : flat.map((r) => r[name]),
  }));
}

export interface ParquetSink {
  write(events: readonly StoredEvent[]): void;
  /** Finishes the file; for an in-memory sink, the bytes. */
  finish(): Uint8Array | null;
}

/** A Parquet file at `path`, or bytes in memory when `path` is null. */
export function parquetSink(path: string | null): ParquetSink {
  const writer: Writer = path ? fileWriter(path) : new ByteWriter();
  let pq: ParquetWriter | null = null;
  const open = (cols: ColumnSource[]) => {
    pq ??= new ParquetWriter({
      writer,
      schema: schemaFromColumnData({ columnData: cols }),
      createdBy: 'dyad',
    });
    return pq;
  };
  return {
    write(events) {
      if (events.length === 0) return;
      const cols = columns(events);
      open(cols).write({ columnData: cols });
    },
    finish() {
      open(columns([])).finish();
      return path ? null : new Uint8Array((writer as ByteWriter).getBuffer());
    },
  };
}
