// Canonical URLs: one story, one URL, whatever campaign or share button linked to it.
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'cmpid',
  'ocid',
  'smid',
  'smtyp',
  'sr_share',
  'ref',
  'ref_src',
  'ref_url',
  'taid',
  'icid',
  'ito',
  'xtor',
  's_cid',
  'spm',
  'share',
  'rss',
  'feature',
  'cid',
]);
const TRACKING_PREFIX = /^(utm_|ns_|at_|wt\.|pk_|mtm_|__twitter)/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING.has(name.toLowerCase()) || TRACKING_PREFIX.test(name);
}

/**
 * The URL with its host lower-cased, default port, fragment and tracking parameters
 * removed and the remaining parameters sorted; undefined unless it is http(s).
 */
export function canonicalUrl(raw: string | undefined | null, base?: string): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/** The host without `www.`: the outlet, for `Article.source`. */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
