// Our actor codes → GDELT's CAMEO actor conventions. Countries are ISO alpha-3 in Dyad;
// GDELT keeps a few older CAMEO codes (Romania ROM, Montenegro MTN, East Timor TMP, Isle of
// Man IMY). Sectors follow PLOVER in Dyad, where media is JRN and MED is health; in CAMEO
// (and so in GDELT) media is MED and health HLH.
import { isKnownGroup } from '../ontology/index.ts';

const COUNTRY: Record<string, string> = {
  ROU: 'ROM',
  MNE: 'MTN',
  TLS: 'TMP',
  IMN: 'IMY',
  XKX: 'KSV',
  XKK: 'KSV',
};
const SECTOR: Record<string, string> = { JRN: 'MED', MED: 'HLH' };
/** CAMEO's generic international codes: a type, not a country. */
const GENERIC = new Set(['IGO', 'IMG', 'NGO', 'MNC', 'ISM']);

export interface GdeltActor {
  code: string;
  country: string;
  knownGroup: string;
  types: [string, string, string];
}

/** Splits `PAKGOV`, `ROUGOV`, `UNO`, `IMGREB`, `---MIL` into GDELT's actor columns. */
export function gdeltActor(code: string): GdeltActor {
  const head = code.slice(0, 3);
  const sector = code.slice(3, 6);
  const mapped = sector ? (SECTOR[sector] ?? sector) : '';
  if (head === '---' || head === '')
    return { code: mapped, country: '', knownGroup: '', types: [mapped, '', ''] };
  if (GENERIC.has(head))
    return { code: head + mapped, country: '', knownGroup: '', types: [head, mapped, ''] };
  if (isKnownGroup(head))
    return { code: head + mapped, country: '', knownGroup: head, types: [mapped, '', ''] };
  const country = COUNTRY[head] ?? head;
  return { code: country + mapped, country, knownGroup: '', types: [mapped, '', ''] };
}
