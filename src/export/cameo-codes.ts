// Our actor codes → GDELT's CAMEO actor conventions. Countries are ISO alpha-3 in Dyad;
// GDELT keeps a few older CAMEO codes (Romania ROM, Montenegro MTN, East Timor TMP, Isle of
// Man IMY). Sectors follow PLOVER in Dyad, where media is JRN and MED is health; in CAMEO
// (and so in GDELT) media is MED and health HLH.
import { isKnownGroup, isReligion } from '../ontology/index.ts';

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
  /** CAMEO ethnic code, lower case as in GDELT's CAMEO.ethnic.txt (`kur`), or ''. */
  ethnic: string;
  /** CAMEO religion code (`MOS`), or ''. */
  religion: string;
  types: [string, string, string];
}

/**
 * Splits `PAKGOV`, `ROUGOV`, `UNO`, `IMGREB`, `---MIL`, and codes with an ethnic or religious
 * third part (`IRQCVLKUR`, `NGACVLMOS`), into GDELT's actor columns.
 */
export function gdeltActor(code: string): GdeltActor {
  const head = code.slice(0, 3);
  const sector = code.slice(3, 6);
  const group = code.slice(6, 9);
  const mapped = sector ? (SECTOR[sector] ?? sector) : '';
  const religion = group && isReligion(group) ? group : '';
  const ethnic = group && !religion ? group.toLowerCase() : '';
  const tail = mapped + group;
  if (head === '---' || head === '')
    return { code: tail, country: '', knownGroup: '', ethnic, religion, types: [mapped, '', ''] };
  if (GENERIC.has(head))
    return { code: head + tail, country: '', knownGroup: '', ethnic, religion, types: [head, mapped, ''] };
  if (isKnownGroup(head))
    return { code: head + tail, country: '', knownGroup: head, ethnic, religion, types: [mapped, '', ''] };
  const country = COUNTRY[head] ?? head;
  return { code: country + tail, country, knownGroup: '', ethnic, religion, types: [mapped, '', ''] };
}
