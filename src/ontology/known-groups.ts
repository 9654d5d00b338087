// CAMEO known-group codes for international actors that belong to no single country.
// They take the place of the country code (UNO, NAT, EEC). National parties and armed
// groups are not here: they are coded by country (AFGREB, PAKREB); transnational militant
// groups are IMGREB (shared/ANNOTATION.md).

/** Generic CAMEO code for transnational militant groups (Islamic State, al-Qaeda): used as IMGREB. */
export const IMG = 'IMG';
export const IMGREB = 'IMGREB';

export const KNOWN_GROUPS: Record<string, string> = {
  // --- Global and security organizations ---
  UNO: 'United Nations (and its agencies, see UN_AGENCIES)',
  NAT: 'NATO',
  SCE: 'Organization for Security and Co-operation in Europe (OSCE)',
  COE: 'Council of Europe',
  CWN: 'Commonwealth of Nations',
  NON: 'Non-Aligned Movement',
  ICC: 'International Criminal Court',
  ITP: 'Interpol',
  IPU: 'Inter-Parliamentary Union',
  SOT: 'Southeast Asia Treaty Organization (SEATO, historical)',
  // --- Groups of states ---
  GOS: 'Group of Seven (G7)',
  GOE: 'Group of Eight (G8)',
  GSS: 'Group of 77',
  HIP: 'Heavily Indebted Poor Countries',
  PRC: 'Paris Club of creditor states',
  // --- Regional organizations: Europe and Eurasia ---
  EEC: 'European Union',
  EFT: 'European Free Trade Association',
  CIS: 'Commonwealth of Independent States',
  // --- Regional organizations: Middle East and Muslim world ---
  ARL: 'Arab League',
  GCC: 'Gulf Cooperation Council',
  AMU: 'Arab Maghreb Union',
  ACC: 'Arab Cooperation Council',
  AEU: 'Council of Arab Economic Unity',
  OIC: 'Organisation of Islamic Cooperation',
  // --- Regional organizations: Africa ---
  OAU: 'African Union (and its predecessor the OAU)',
  PAP: 'Pan-African Parliament',
  NEP: "New Partnership for Africa's Development (NEPAD)",
  WAS: 'Economic Community of West African States (ECOWAS)',
  ECA: 'Economic Community of Central African States (ECCAS)',
  SAD: 'Southern African Development Community (SADC)',
  IAD: 'Intergovernmental Authority on Development (IGAD)',
  CSS: 'Community of Sahel-Saharan States (CEN-SAD)',
  CEM: 'COMESA; GDELT also uses it for CEMAC',
  UEM: 'West African Economic and Monetary Union (UEMOA)',
  WAM: 'West African Monetary Union',
  CFA: 'CFA franc zone',
  // --- Regional organizations: Asia and the Americas ---
  ASN: 'Association of Southeast Asian Nations (ASEAN)',
  SAA: 'South Asian Association for Regional Cooperation (SAARC)',
  OAS: 'Organization of American States',
  // --- Finance, trade and commodities ---
  IMF: 'International Monetary Fund',
  WBK: 'World Bank',
  WTO: 'World Trade Organization',
  BIS: 'Bank for International Settlements',
  ADB: 'Asian Development Bank',
  AFB: 'African Development Bank',
  EBR: 'European Bank for Reconstruction and Development',
  IDB: 'Islamic Development Bank',
  ABD: 'Arab Bank for Economic Development in Africa',
  AMF: 'Arab Monetary Fund',
  ATD: 'Eastern and Southern African Trade and Development Bank',
  BCA: 'Bank of Central African States (BEAC)',
  WAD: 'West African Development Bank',
  OPC: 'OPEC',
  APE: 'Organization of Arab Petroleum Exporting Countries (OAPEC)',
  IGC: 'International Grains Council',
  ICO: 'International Cocoa Organization',
  CPA: 'Cocoa Producers Alliance',
  CPC: 'Association of Coffee Producing Countries',
  IAC: 'Inter-African Coffee Organization',
  // --- International NGOs ---
  AMN: 'Amnesty International',
  HRW: 'Human Rights Watch',
  ICG: 'International Crisis Group',
  FID: 'International Federation for Human Rights (FIDH)',
  IHF: 'International Helsinki Federation for Human Rights',
  JUR: 'International Commission of Jurists',
  IRC: 'Red Cross (ICRC)',
  CRC: 'International Federation of Red Cross and Red Crescent Societies',
  RCR: 'Red Crescent',
  MSF: 'Doctors Without Borders (MSF)',
  XFM: 'Oxfam',
  GRP: 'Greenpeace',
  WEF: 'World Economic Forum',
};

/**
 * UN bodies that CAMEO/GDELT give codes of their own (IGOUNOHCR…). The project codes them
 * UNO ("United Nations and its agencies", shared/ANNOTATION.md); listed for lookups only.
 */
export const UN_AGENCIES: Record<string, string> = {
  HCR: 'UN refugee agency (UNHCR)',
  HCH: 'UN human rights office (OHCHR)',
  KID: 'UNICEF',
  WFP: 'World Food Programme',
  WHO: 'World Health Organization',
  FAO: 'Food and Agriculture Organization',
  ILO: 'International Labour Organization',
  IAE: 'International Atomic Energy Agency (IAEA)',
  ICJ: 'International Court of Justice',
  IOM: 'International Organization for Migration',
  WCT: 'UN international criminal tribunals',
};

export function isKnownGroup(code: string): boolean {
  return Object.hasOwn(KNOWN_GROUPS, code);
}
