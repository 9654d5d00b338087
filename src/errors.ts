/**
 * Every fatal error Dyad raises has a stable code, listed here, so users can search for it
 * and tests can assert it.
 */
export const ERRORS = {
  DYAD_E_PIPELINE_ORDER: 'a stage requires a field that no earlier stage assigns',
  DYAD_E_PIPELINE_DUPLICATE: 'two stages with the same name',
  DYAD_E_DICT_SYNTAX: 'a dictionary line cannot be parsed',
  DYAD_E_DICT_READ: 'a dictionary file or folder cannot be read',
  DYAD_E_INPUT: 'an input cannot be read or parsed',
  DYAD_E_DATE: 'a date is not a valid YYYY-MM-DD',
  DYAD_E_GOLD: 'a gold file cannot be read',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class DyadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${code}: ${message}`, options);
    this.name = 'DyadError';
    this.code = code;
  }
}
