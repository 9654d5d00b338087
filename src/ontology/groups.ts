// The third part of a CAMEO actor code: an ethnic group (`KUR` Kurds, `ALB` ethnic Albanians)
// or a religion (`MOS` Muslim, `CHR` Christian). Which words give which code is in
// dictionaries/groups.txt; this table only says which codes are religions, so that an
// event's stored group (`KUR`, `MOS`) goes to GDELT's EthnicCode or Religion1Code column and
// to POLECAT's `ethnicity` or `religion` (src/export). Religions are CAMEO's flat religion codes (as GDELT uses them).

/** CAMEO's flat religion codes, by name. */
export const RELIGIONS: Readonly<Record<string, string>> = {
  ADR: 'African diasporic religion',
  ALE: 'Alevi',
  ATH: 'Agnostic',
  BAH: "Baha'i",
  BUD: 'Buddhism',
  CHR: 'Christianity',
  CON: 'Confucianism',
  CPT: 'Coptic',
  CTH: 'Catholic',
  DOX: 'Orthodox',
  DRZ: 'Druze',
  HIN: 'Hinduism',
  HSD: 'Hasidic',
  ITR: 'Indigenous tribal religion',
  JAN: 'Jainism',
  JEW: 'Judaism',
  JHW: "Jehovah's Witness",
  LDS: 'Latter Day Saints',
  MOS: 'Muslim',
  MRN: 'Maronite',
  NRM: 'New religious movement',
  PAG: 'Pagan',
  PRO: 'Protestant',
  SFI: 'Sufi',
  SHI: 'Shia',
  SHN: 'Shinto',
  SIK: 'Sikh',
  SUN: 'Sunni',
  TAO: 'Taoist',
  UDX: 'Ultra-Orthodox',
  ZRO: 'Zoroastrianism',
};

/** True when a group code is a religion (else it is an ethnic group). */
export function isReligion(code: string): boolean {
  return Object.hasOwn(RELIGIONS, code);
}
