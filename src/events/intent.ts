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
  '1721': '1323',
  '1722': '1322',
  '1723': '1324',
  '1724': '132',
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

function lookup(table: Record<string, string>, code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit) return hit;
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

/** What an announcement ("will …", "agreed to …", "threatened to …") of `code` is coded as. */
export function announcedCode(code: string): string | undefined {
  return intentCode(code) ?? threatCode(code);
}
