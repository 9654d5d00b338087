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
 * Splits `PAKGOV`, `ROUGOV`, `UNO`, `IMGREB`, `---MIL` into GDELT's actor columns. `group` is
 * the event's stored `source_group` / `target_group` (`KUR`, `MOS`; dictionaries/groups.txt):
 * it ends the actor code as CAMEO's third part ("Iraqi Kurds" `IRQCVL` + `KUR` →
 * `IRQCVLKUR`) and fills EthnicCode (lower case, `kur`) or, for a religion, Religion1Code
 * (`MOS`), never both: a group is one or the other, as groups.txt lists it.
 */
export function gdeltActor(code: string, group: string | null = null): GdeltActor {
  const head = code.slice(0, 3);
  const sector = code.slice(3, 6);
  const g = group ?? '';
  const mapped = sector ? (SECTOR[sector] ?? sector) : '';
  const religion = g && isReligion(g) ? g : '';
  const ethnic = g && !religion ? g.toLowerCase() : '';
  const tail = mapped + g;
  if (head === '---' || head === '')
    return { code: tail, country: '', knownGroup: '', ethnic, religion, types: [mapped, '', ''] };
  if (GENERIC.has(head))
    return { code: head + tail, country: '', knownGroup: '', ethnic, religion, types: [head, mapped, ''] };
  if (isKnownGroup(head))
    return { code: head + tail, country: '', knownGroup: head, ethnic, religion, types: [mapped, '', ''] };
  const country = COUNTRY[head] ?? head;
  return { code: country + tail, country, knownGroup: '', ethnic, religion, types: [mapped, '', ''] };
}
