// Errors as RFC 9457 problem details (`application/problem+json`): a type, a title, the
// status and a detail a person can act on; never a stack trace or a SQL message.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DyadError } from '../errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Which request fields were wrong (validation problems only). */
  errors?: { field: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail?: string,
  extra: Partial<Problem> = {},
): Response {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    instance: c.req.path,
    ...extra,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

/** An issue list from zod (or anything shaped like it) as `{ field, message }` rows. */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): { field: string; message: string }[] {
  return issues.map((i) => ({ field: i.path.map(String).join('.') || '(body)', message: i.message }));
}

export function validationProblem(
  c: Context,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Response {
  const errors = fieldErrors(issues);
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem(c, 400, detail, { type: 'urn:dyad:problem:validation', errors });
}

/** Thrown by a handler to answer with a problem (handlers only return their success body). */
export class ApiProblem extends Error {
  readonly status: ContentfulStatusCode;
  constructor(status: ContentfulStatusCode, detail: string) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
  }
}

/** The last resort: input errors the store raises (a bad cursor) are 400, the rest 500. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiProblem) return problem(c, err.status, err.message);
  if (err instanceof DyadError && err.code === 'DYAD_E_INPUT') {
    return problem(c, 400, err.message.replace(/^DYAD_E_\w+: /, ''), { type: 'urn:dyad:problem:input' });
  }
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(c, status as ContentfulStatusCode, err.message);
  }
  process.stderr.write(`dyad serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return problem(c, 500, 'the server could not answer this request');
}

export const notFound = (c: Context): Response =>
  problem(c, 404, `no route for ${c.req.method} ${c.req.path}`);
