// Public API of the ontology tables: CAMEO event codes, PLOVER types, sectors, known groups.

export type { CameoCode, PloverType, Quad } from './cameo.ts';
export {
  allCameoCodes,
  cameo,
  cameoQuad,
  gdeltQuad,
  isCameoCode,
  normalizePlover,
  PLOVER_TYPES,
  ploverQuad,
} from './cameo.ts';
export { isReligion, RELIGIONS } from './groups.ts';
export { IMG, IMGREB, isKnownGroup, KNOWN_GROUPS, UN_AGENCIES } from './known-groups.ts';
export type { Sector } from './sectors.ts';
export { isSector, SECTORS } from './sectors.ts';
