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
  DYAD_E_FETCH: 'a URL cannot be fetched (network, DNS or scheme)',
  DYAD_E_HTTP: 'a server answered with an error status',
  DYAD_E_TIMEOUT: 'a fetch took longer than its timeout',
  DYAD_E_TOO_LARGE: 'a page, file or article is larger than its size cap',
  DYAD_E_REDIRECTS: 'a URL redirects too many times',
  DYAD_E_PRIVATE_ADDRESS: 'a URL points at a private, loopback or link-local address (see --allow-private)',
  DYAD_E_NOT_TEXT: 'an input is binary, not text, HTML, a feed or a WARC',
  DYAD_E_EXTRACT: 'no article text can be extracted from a page',
  DYAD_E_FEED: 'a feed cannot be parsed',
  DYAD_E_WARC: 'a WARC file cannot be read',
  DYAD_E_INGEST: 'an unexpected failure while reading an input (a bug: please report it)',
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
