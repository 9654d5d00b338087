// Request parameters, validated before any handler runs. Values stay strings or numbers as
// sent; the handlers normalize case. Every pattern is strict: what reaches the store is a
// date, a code or bounded text, and the store binds it as a parameter anyway.
import { z } from '@hono/zod-openapi';
import { normalizePlover } from '../../ontology/index.ts';

const isDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isDay, 'not a calendar date');

/** A CAMEO-style actor code: letters and digits, 3 (a country or group) to 15 characters. */
export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,15}$/, 'expected an actor code such as PAK or PAKGOV');

export const cameoCode = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or root such as 04 or 042');
export const plover = z
  .string()
  .max(20)
  .refine((s) => normalizePlover(s) !== null, 'not a PLOVER event type');
export const quad = z.coerce.number().int().min(1).max(4);
export const flag = z.enum(['true', 'false', '1', '0']);
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id');

const q = <T extends z.ZodType>(schema: T, description: string, example?: string) =>
  schema.optional().openapi({ description, ...(example ? { example } : {}) });

/** Filters shared by every route that reads events. */
export const eventFilterQuery = {
  from: q(day, 'first day, inclusive (YYYY-MM-DD)', '2025-04-01'),
  to: q(day, 'last day, inclusive (YYYY-MM-DD)', '2025-04-30'),
  source: q(actorCode, 'source actor; three letters match every sector of a country', 'PAK'),
  target: q(actorCode, 'target actor; three letters match every sector of a country', 'USA'),
  actor: q(actorCode, 'source or target actor'),
  country: q(z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter code'), 'source or target country'),
  plover: q(plover, 'PLOVER event type', 'CONSULT'),
  cameo: q(cameoCode, 'CAMEO code or root; a code matches its children', '04'),
  quad: q(quad, 'quad class (PLOVER grouping): 1 verbal cooperation … 4 material conflict'),
  q: q(z.string().min(1).max(200), 'words in the sentence or the actor names (case-insensitive)'),
  min_confidence: q(z.coerce.number().min(0).max(1), 'lowest confidence, 0..1'),
  location: q(z.string().min(1).max(200), 'the place name as coded'),
};

export const pageQuery = {
  limit: q(z.coerce.number().int().min(1).max(10_000), 'page size (default 100)'),
  cursor: q(z.string().regex(/^[A-Za-z0-9_-]{1,2000}$/, 'not a page cursor'), '`next` of the previous page'),
  order: q(z.enum(['asc', 'desc']), 'by day then id; newest first by default'),
};

export const idParam = (name: string) => z.object({ [name]: id.openapi({ param: { name, in: 'path' } }) });
