// The conformance suite on PostgreSQL, each case on a schema of its own; skipped with a
// message where no server is configured (DYAD_TEST_PG_URL).
import { after, test } from 'node:test';
import { openQueue } from '../../src/queue/index.ts';
import { PG_SKIP, pgSchemas } from '../store/pg.ts';
import { queueCases } from './queue.case.ts';

const schemas = pgSchemas('queue');
after(() => schemas.dropAll());

test('postgres queue: a server is configured', { skip: PG_SKIP }, () => {});

queueCases(
  'postgres',
  async (opts) => {
    const url = schemas.next();
    return () => openQueue<{ n: number; text?: string }>(url, opts);
  },
  PG_SKIP,
);
