/**
 * CAMEO codes an announced action as an intention or a threat, not as the act: "Portugal
 * will support Turkey" is 032 (intent to give diplomatic support), "Iran threatened to
 * impose sanctions" is 1312. These tables map the code of the announced act to the code of
 * the announcement, by most specific prefix.
 */
const INTENT: Record<string, string> = {
  '04': '036',
  '040': '036',
  '041': '036',
  '042': '036',
  '043': '036',
  '044': '036',
  '045': '039',
  '046': '036',
  '05': '032',
  '050': '032',
  '051': '032',
  '052': '032',
  '053': '032',
  '054': '032',
  '055': '032',
  '056': '032',
  '057': '030',
  '06': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '07': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '075': '033',
  '08': '035',
  '081': '0351',
  '082': '0352',
  '083': '034',
  '084': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
};

const THREAT: Record<string, string> = {
  '16': '131',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '164': '134',
  '165': '135',
  '166': '136',
  '17': '137',
  '171': '137',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '173': '137',
  '174': '137',
  '175': '137',
  '14': '133',
  '15': '138',
  '18': '1383',
  '19': '138',
  '191': '1381',
  '192': '1382',
  '195': '1384',
  '196': '1384',
  '20': '1385',
};

/**
 * An appeal (020) or a demand (100) for an act takes CAMEO's specific code of the act asked
 * for, as 03x does for an announced act: "urged Israel to hold talks" 026, "called for arming
 * the rebels" 1032, "pressed Damascus to halt the violence" 1056. Acts that CAMEO has no
 * appeal or demand code for (investigating, criticizing, attacking, signing) leave 020/100.
 */
const APPEAL: Record<string, string> = {
  '04': '026',
  '045': '028',
  '05': '022',
  '057': '',
  '06': '021',
  '061': '0211',
  '062': '0212',
  '063': '0213',
  '064': '0214',
  '07': '023',
  '071': '0231',
  '072': '0232',
  '073': '0233',
  '074': '0234',
  '08': '025',
  '081': '0251',
  '082': '0252',
  '083': '024',
  '0831': '0241',
  '0832': '0242',
  '0833': '0243',
  '0834': '0244',
  '084': '0253',
  '085': '0254',
  '086': '0255',
  '087': '0256',
};

const DEMAND: Record<string, string> = {
  '04': '106',
  '045': '108',
  '05': '102',
  '057': '',
  '06': '101',
  '061': '1011',
  '062': '1012',
  '063': '1013',
  '064': '1014',
  '07': '103',
  '071': '1031',
  '072': '1032',
  '073': '1033',
  '074': '1034',
  '08': '105',
  '081': '1051',
  '082': '1052',
  '083': '104',
  '0831': '1041',
  '0832': '1042',
  '0833': '1043',
  '0834': '1044',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
};

function lookup(table: Record<string, string>, code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit !== undefined) return hit || undefined;
  }
  return undefined;
}

/** The intent code for an announced cooperative act (04–08), if there is one. */
export function intentCode(code: string): string | undefined {
  return lookup(INTENT, code);
}

/** The threat code for an announced conflictual act (14–20), if there is one. */
export function threatCode(code: string): string | undefined {
  const c = lookup(THREAT, code);
  return c ?? (code.startsWith('19') ? '1384' : undefined);
}

/** The code of an appeal (020) for `code`, if CAMEO has a specific one. */
export function appealCode(code: string): string | undefined {
  return lookup(APPEAL, code);
}

/** The code of a demand (100) for `code`, if CAMEO has a specific one. */
export function demandCode(code: string): string | undefined {
  return lookup(DEMAND, code);
}

/** What an announcement ("will …", "agreed to …", "threatened to …") of `code` is coded as. */
export function announcedCode(code: string): string | undefined {
  return intentCode(code) ?? threatCode(code);
}
