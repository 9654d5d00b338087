import type { Span } from './span.ts';

/** A recoverable problem attached to a Doc; the run goes on. */
export interface Message {
  code: string;
  reason: string;
  stage: string;
  place?: Span;
  severity: 'info' | 'warning' | 'error';
}
