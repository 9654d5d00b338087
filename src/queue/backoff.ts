import type { Backoff } from './types.ts';

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * `base`, 2×`base`, 4×`base` … capped at `max`, each ±`jitter` at random so workers that
 * failed together (the database was down) do not all come back at the same instant.
 */
export function exponentialBackoff(base = 1000, max = 300_000, jitter = 0.2): Backoff {
  return function backoff(attempt: number): number {
    const delay = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
    return Math.round(delay * (1 + jitter * (2 * Math.random() - 1)));
  };
}
