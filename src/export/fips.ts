// ISO 3166-1 alpha-3 → FIPS 10-4 country codes, for GDELT's geography columns (GDELT's actor
// columns use CAMEO codes, its geography columns FIPS). The two disagree for most
// countries: Germany DEU → GM, United Kingdom GBR → UK, Serbia SRB → RI, Ukraine UKR → UP,
// Australia AUS → AS, Austria AUT → AU. Written for this project from the FIPS 10-4 list
// (as later maintained by the US NGA's GEC); the ISO territories FIPS splits (the US Minor
// Outlying Islands) have no single code and are left out. Palestine takes the West Bank's
// WE (Gaza is GZ); Kosovo (XKX, or XKK in i18n-iso-countries) is KV.

// Pairs as `ISO3 FIPS`, alphabetical by ISO3.
const PAIRS = `
ABW AA AFG AF AGO AO AIA AV ALA FI ALB AL AND AN ARE AE ARG AR ARM AM ASM AQ ATA AY ATF FS
ATG AC AUS AS AUT AU AZE AJ BDI BY BEL BE BEN BN BES NL BFA UV BGD BG BGR BU BHR BA BHS BF
BIH BK BLM TB BLR BO BLZ BH BMU BD BOL BL BRA BR BRB BB BRN BX BTN BT BVT BV BWA BC CAF CT
CAN CA CCK CK CHE SZ CHL CI CHN CH CIV IV CMR CM COD CG COG CF COK CW COL CO COM CN CPV CV
CRI CS CUB CU CUW UC CXR KT CYM CJ CYP CY CZE EZ DEU GM DJI DJ DMA DO DNK DA DOM DR DZA AG
ECU EC EGY EG ERI ER ESH WI ESP SP EST EN ETH ET FIN FI FJI FJ FLK FK FRA FR FRO FO FSM FM
GAB GB GBR UK GEO GG GGY GK GHA GH GIB GI GIN GV GLP GP GMB GA GNB PU GNQ EK GRC GR GRD GJ
GRL GL GTM GT GUF FG GUM GQ GUY GY HKG HK HMD HM HND HO HRV HR HTI HA HUN HU IDN ID IMN IM
IND IN IOT IO IRL EI IRN IR IRQ IZ ISL IC ISR IS ITA IT JAM JM JEY JE JOR JO JPN JA KAZ KZ
KEN KE KGZ KG KHM CB KIR KR KNA SC KOR KS KWT KU LAO LA LBN LE LBR LI LBY LY LCA ST LIE LS
LKA CE LSO LT LTU LH LUX LU LVA LG MAC MC MAF RN MAR MO MCO MN MDA MD MDG MA MDV MV MEX MX
MHL RM MKD MK MLI ML MLT MT MMR BM MNE MJ MNG MG MNP CQ MOZ MZ MRT MR MSR MH MTQ MB MUS MP
MWI MI MYS MY MYT MF NAM WA NCL NC NER NG NFK NF NGA NI NIC NU NIU NE NLD NL NOR NO NPL NP
NRU NR NZL NZ OMN MU PAK PK PAN PM PCN PC PER PE PHL RP PLW PS PNG PP POL PL PRI RQ PRK KN
PRT PO PRY PA PSE WE PYF FP QAT QA REU RE ROU RO RUS RS RWA RW SAU SA SDN SU SEN SG SGP SN
SGS SX SHN SH SJM SV SLB BP SLE SL SLV ES SMR SM SOM SO SPM SB SRB RI SSD OD STP TP SUR NS
SVK LO SVN SI SWE SW SWZ WZ SXM NN SYC SE SYR SY TCA TK TCD CD TGO TO THA TH TJK TI TKL TL
TKM TX TLS TT TON TN TTO TD TUN TS TUR TU TUV TV TWN TW TZA TZ UGA UG UKR UP URY UY USA US
UZB UZ VAT VT VCT VC VEN VE VGB VI VIR VQ VNM VM VUT NH WLF WF WSM WS XKK KV XKX KV YEM YM ZAF SF
ZMB ZA ZWE ZI
`;

function parse(text: string): Map<string, string> {
  const words = text.split(/\s+/).filter(Boolean);
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i += 2) out.set(words[i], words[i + 1]);
  return out;
}

export const ISO3_TO_FIPS: ReadonlyMap<string, string> = parse(PAIRS);

/** FIPS 10-4 code of an ISO alpha-3 country (also accepts GDELT's ROM and MTN); '' when none. */
export function fipsOf(iso3: string): string {
  const iso = iso3 === 'ROM' ? 'ROU' : iso3 === 'MTN' ? 'MNE' : iso3;
  return ISO3_TO_FIPS.get(iso) ?? '';
}
