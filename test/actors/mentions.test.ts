import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../src/model/index.ts';
import { bundledCoder, codeText, triples } from '../helpers/coder.ts';

/** `"text" CODE` for each mention of a doc. */
function mentions(doc: Doc): string[] {
  return doc.mentions.map(
    (m) =>
      `${doc.article.text.slice(m.start, m.end)}=${m.actors.map((a) => a.code).join('+')}${m.placeOnly ? ' (place)' : ''}${m.possessive ? ' (poss)' : ''}`,
  );
}

test('title + name sequences resolve through the dated person entry', () => {
  const doc = codeText('US Secretary of State Marco Rubio arrived.');
  assert.deepEqual(mentions(doc), ['US Secretary of State Marco Rubio=USAGOV']);
  assert.equal(doc.mentions[0].actors[0].name, 'Marco Rubio');
});

test('a portfolio "Secretary" before a name is a minister, whatever the portfolio', () => {
  assert.deepEqual(
    mentions(
      codeText(
        'Philippine Finance Secretary Jaime Ongpin met Japanese officials.',
        '1987-03-02',
        bundledCoder(),
      ),
    ),
    ['Philippine Finance Secretary Jaime Ongpin=PHLGOV', 'Japanese officials=JPNGOV'],
  );
  assert.deepEqual(
    mentions(
      codeText('British Trade and Industry Secretary Paul Channon spoke.', '1987-03-02', bundledCoder()),
    ),
    ['British Trade and Industry Secretary Paul Channon=GBRGOV'],
  );
  assert.deepEqual(
    mentions(codeText('Indian Justice Secretary Ram Pradhan spoke.', '1987-03-02', bundledCoder())),
    ['Indian Justice Secretary Ram Pradhan=INDGOV'],
  );
  // a department's initials stand for its portfolio
  assert.deepEqual(
    mentions(codeText('HHS Secretary Kathleen Sebelius spoke.', '2013-06-01', bundledCoder())),
    ['HHS Secretary Kathleen Sebelius=---GOV'],
  );
});

test('"the Fed" is the Federal Reserve; the verb "fed" is no actor', () => {
  assert.deepEqual(mentions(codeText('Republicans pressed the Fed to act.', '2012-06-01', bundledCoder())), [
    'Republicans=---PTY',
    'the Fed=USAGOV',
  ]);
  assert.deepEqual(mentions(codeText('Voters are fed up.', '2012-06-01', bundledCoder())), ['Voters=---CVL']);
});

test('named US agencies and foreign central banks are their government, agencies of Congress LEG', () => {
  const coded = (text: string) => mentions(codeText(text, '2013-06-01', bundledCoder()));
  assert.deepEqual(coded('Sen. Rob Portman urged the Office of Personnel Management to act.').slice(-1), [
    'the Office of Personnel Management=USAGOV',
  ]);
  assert.deepEqual(coded('The Congressional Budget Office said the CBO would report.'), [
    'The Congressional Budget Office=USALEG',
    'the CBO=USALEG',
  ]);
  assert.deepEqual(coded("The People's Bank of China cut rates."), ["The People's Bank of China=CHNGOV"]);
  assert.deepEqual(coded('The Swiss National Bank said Norges Bank and the Riksbank would follow.'), [
    'The Swiss National Bank=CHEGOV',
    'Norges Bank and the Riksbank=NORGOV+SWEGOV',
  ]);
});

test("the parties' campaign committees are PTY, congressional caucuses LEG", () => {
  const coded = (text: string) => mentions(codeText(text, '2013-06-01', bundledCoder()));
  assert.deepEqual(coded('The NRCC attacked the House Freedom Caucus.'), [
    'The NRCC=USAPTY',
    'the House Freedom Caucus=USALEG',
  ]);
  assert.deepEqual(
    coded('The Democratic Congressional Campaign Committee praised the Congressional Black Caucus.'),
    ['The Democratic Congressional Campaign Committee=USAPTY', 'the Congressional Black Caucus=USALEG'],
  );
});

test('commodity councils are IGOs (the cocoa organization has its own CAMEO code); the US ITC is GOV', () => {
  const coded = (text: string) => mentions(codeText(text, '1987-03-02', bundledCoder()));
  assert.deepEqual(coded('Brazil urged the International Coffee Organization and the ICCO to act.'), [
    'Brazil=BRAGOV',
    'the International Coffee Organization and the ICCO=IGO+ICO',
  ]);
  assert.deepEqual(
    coded('The Association of Tin Producing Countries criticized the U.S. International Trade Commission.'),
    ['The Association of Tin Producing Countries=IGO', 'the U.S. International Trade Commission=USAGOV'],
  );
});

test('US think tanks are EDU and advocacy groups NGO', () => {
  const coded = (text: string) => mentions(codeText(text, '2013-06-01', bundledCoder()));
  assert.deepEqual(coded('The National Council of La Raza hailed the Pew Research Center.'), [
    'The National Council of La Raza=USANGO',
    'the Pew Research Center=USAEDU',
  ]);
  assert.deepEqual(coded('The Clinton Foundation criticized the Center for American Progress.'), [
    'The Clinton Foundation=USANGO',
    'the Center for American Progress=USAEDU',
  ]);
});

test("Ukraine's Party of Regions is a party; the Office of Legal Counsel is the US government", () => {
  const coded = (text: string) => mentions(codeText(text, '2013-06-01', bundledCoder()));
  assert.deepEqual(coded('The Party of Regions criticized the Office of Legal Counsel.'), [
    'The Party of Regions=UKRPTY',
    'the Office of Legal Counsel=USAGOV',
  ]);
});

test('a capitalized "Justice" before a personal name is a judge: "Justice Antonin Scalia"', () => {
  const coded = (text: string) => mentions(codeText(text, '2012-06-01', bundledCoder()));
  assert.deepEqual(coded('Justice Elena Kagan criticized Obama.'), [
    'Justice Elena Kagan=---JUD',
    'Obama=USAGOV',
  ]);
  // not the department, a group named for justice, or the common noun
  assert.deepEqual(coded('The Justice Department sued.'), ['The Justice Department=---GOV']);
  assert.deepEqual(coded('They want justice for Trayvon Martin.'), []);
});

test('a person takes the code of the office held on the date', () => {
  assert.deepEqual(mentions(codeText('Rubio spoke.', '2019-05-01')), ['Rubio=USALEG']);
  assert.deepEqual(mentions(codeText('Rubio spoke.', '2025-03-01')), ['Rubio=USAGOV']);
  assert.deepEqual(mentions(codeText('Putin spoke.', '2010-01-01')), ['Putin=RUSGOV']);
  assert.equal(codeText('Putin spoke.', '2010-01-01').mentions[0].actors[0].office, 'Prime Minister');
});

test('demonym + agent, possessive + agent, capital possessive', () => {
  assert.deepEqual(mentions(codeText('Pakistani troops fired.')), ['Pakistani troops=PAKMIL']);
  assert.deepEqual(mentions(codeText("Pakistan's foreign office said.")), [
    "Pakistan's foreign office=PAKGOV",
  ]);
  assert.deepEqual(mentions(codeText('Washington’s top diplomat said.')), [
    'Washington’s top diplomat=USAGOV',
  ]);
});

test('plural demonyms are civilians; seats of government are governments', () => {
  assert.deepEqual(mentions(codeText('Pakistanis protested.')), ['Pakistanis=PAKCVL']);
  assert.deepEqual(mentions(codeText('The Kremlin denied it.')), ['The Kremlin=RUSGOV']);
});

test('places after in/at/near are not actors', () => {
  assert.deepEqual(mentions(codeText('The situation in Afghanistan worsened near Kabul.')), [
    'Afghanistan=AFGGOV (place)',
    'Kabul=AFGGOV (place)',
  ]);
});

test('a title tells the code of an unknown name, and the article remembers it', () => {
  const doc = codeText('Kenyan President William Ruto arrived. Later Ruto met Dar.');
  assert.deepEqual(mentions(doc), ['Kenyan President William Ruto=KENGOV', 'Ruto=KENGOV', 'Dar=PAKGOV']);
  assert.deepEqual(mentions(codeText("Estonia's foreign minister Margus Tsahkna said.")), [
    "Estonia's foreign minister Margus Tsahkna=ESTGOV",
  ]);
});

test('the foreign minister of Iran: country after "of"', () => {
  assert.deepEqual(mentions(codeText('The foreign minister of Iran said.')), [
    'The foreign minister of Iran=IRNGOV',
  ]);
});

test('"former" makes an elite; "he" is the latest subject, "him" the latest person, "the two leaders" the latest pair', () => {
  assert.deepEqual(mentions(codeText('Former President Putin spoke.', '2025-01-01')), [
    'Former President Putin=RUSELI',
  ]);
  const doc = codeText('Dar called Rubio. He thanked him. The two leaders agreed.');
  assert.deepEqual(mentions(doc), [
    'Dar=PAKGOV',
    'Rubio=USAGOV',
    'He=PAKGOV',
    'him=USAGOV',
    'The two leaders=PAKGOV+USAGOV',
  ]);
});

test('"the two leaders" refers to a pair named earlier in the same sentence', () => {
  const doc = codeText(
    'Dar hosted Rubio for a meeting between the two leaders.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Dar=PAKGOV', 'Rubio=USAGOV', 'the two leaders=PAKGOV+USAGOV']);
});

test('"the two countries" after two countries of its own sentence refers to them', () => {
  const doc = codeText(
    'Dar called Rubio. Kenya remains close to Uganda as the two countries prepare to sign a deal.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.equal(
    mentions(doc).find((m) => m.startsWith('the two countries')),
    'the two countries=KENGOV+UGAGOV',
  );
});

test('"both sides of the aisle", "both men and women": no reference to the latest pair', () => {
  const doc = codeText(
    'Dar called Rubio. Both sides of the aisle agreed. Both men and women agreed. Both sides agreed.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Dar=PAKGOV', 'Rubio=USAGOV', 'Both sides=PAKGOV+USAGOV']);
});

test('"the two sides" or "the two parties" whose older side was named more than three sentences back is no reference to that pair', () => {
  const talks = 'Kenya criticized Uganda.';
  const between =
    ' The Kenyan president spoke. Protesters filled the streets. His supporters rallied. Police watched.';
  const far = codeText(`${talks}${between} The two sides clashed.`, '2025-04-08', bundledCoder());
  assert.equal(
    mentions(far).find((m) => m.startsWith('The two sides')),
    undefined,
  );
  const parties = codeText(`${talks}${between} The two parties clashed.`, '2025-04-08', bundledCoder());
  assert.equal(
    mentions(parties).find((m) => m.startsWith('The two parties')),
    undefined,
  );
  const near = codeText(`${talks} Police watched. The two sides clashed.`, '2025-04-08', bundledCoder());
  assert.equal(
    mentions(near).find((m) => m.startsWith('The two sides')),
    'The two sides=KENGOV+UGAGOV',
  );
});

test('"both parties" after two actors of one country are its political parties, not the pair', () => {
  const one = codeText('Obama called Boehner. Both parties agreed.', '2013-05-01', bundledCoder());
  assert.deepEqual(mentions(one), ['Obama=USAGOV', 'Boehner=USALEG']);
  const two = codeText('Dar called Rubio. Both parties agreed.', '2025-04-08', bundledCoder());
  assert.deepEqual(mentions(two).at(-1), 'Both parties=PAKGOV+USAGOV');
});

test('an apposition of a person and an office is one actor: an office with no country adds none', () => {
  const doc = codeText(
    'Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff, will visit China.',
    '2013-05-01',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), [
    'Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff=USAMIL',
    'China=CHNGOV',
  ]);
});

test('a bare group noun after "and" shares the country at the head of the agent before it', () => {
  const doc = codeText(
    'Egyptian police and soldiers arrested protesters. Egyptian police and Kurdish fighters met.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc).slice(0, 1), ['Egyptian police and soldiers=EGYCOP+EGYMIL']);
  assert.ok(!mentions(doc).some((m) => m.includes('EGYREB')), 'a noun with its own modifier keeps its own');
});

test('a country word naming a war, a scandal or a language is no actor', () => {
  const doc = codeText(
    'Obama met a Vietnam veteran. He criticized the Iraq war. He released Spanish-language ads. The Senate investigated the Iran scandal.',
    '2012-06-01',
    bundledCoder(),
  );
  assert.deepEqual(
    mentions(doc).filter((m) => /VNM|IRQ|ESP|IRN/.test(m)),
    [],
  );
});

test('"commander in chief" alone is the head of state, of a named service an officer', () => {
  assert.deepEqual(
    mentions(codeText('The commander in chief asked Congress for money.', '2013-05-01', bundledCoder())),
    ['The commander in chief=---GOV', 'Congress=---LEG'],
  );
  assert.deepEqual(
    mentions(codeText('The commander-in-chief of the army resigned.', '2013-05-01', bundledCoder())),
    ['The commander-in-chief of the army=---MIL'],
  );
});

test('"ATT" is AT&T or the Arms Trade Treaty, not Mali\'s Amadou Toumani Touré', () => {
  const doc = codeText(
    'ATT said it would cut jobs. Amadou Toumani Toure met Sarkozy.',
    '2008-03-01',
    bundledCoder(),
  );
  assert.deepEqual(
    mentions(doc).filter((m) => /MLI/.test(m)),
    ['Amadou Toumani Toure=MLIGOV'],
  );
});

test('a country word before a currency is no actor', () => {
  const doc = codeText(
    'Brazil owes 68 billion U.S. dlr foreign debt. The Canadian dollar rose against the U.S. dollar.',
    '1987-03-01',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Brazil=BRAGOV']);
});

test('a word joined to "-born" or "-supporting" is a modifier, no actor', () => {
  const doc = codeText(
    'Israel arrested an Iranian-born man. Hezbollah-supporting villages were shelled. The Saudi-led coalition bombed Yemen.',
    '2013-05-01',
    bundledCoder(),
  );
  assert.deepEqual(
    mentions(doc).filter((m) => /IRN|LBN|SAU/.test(m)),
    ['The Saudi=SAUGOV'],
  );
});

test('a capitalized "King" after a given name or a courtesy title, or with no name and no owner, is a surname', () => {
  const kings = (text: string) =>
    mentions(codeText(text, '2013-05-01', bundledCoder())).filter((m) => /King/.test(m));
  assert.deepEqual(
    kings('Steve King criticized Obama. Mr. King left. King, the New York Republican, spoke.'),
    [],
  );
  assert.deepEqual(kings('Martin Luther King Jr. marched.'), []);
  assert.deepEqual(kings('Sen. Angus King criticized Obama.'), ['Sen. Angus King=---LEG']);
  assert.deepEqual(kings("Jordan's King met Obama. The King spoke. King Abdullah of Jordan left."), [
    "Jordan's King=JORGOV",
    'The King=---GOV',
    'King Abdullah of Jordan=JORGOV',
  ]);
});

test('Royal Dutch/Shell and KLM Royal Dutch Airlines are Dutch companies, not the Dutch government', () => {
  const doc = codeText(
    'Royal Dutch/Shell Group said it would sue. KLM Royal Dutch Airlines cut fares.',
    '1987-03-01',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Royal Dutch/Shell Group=NLDBUS', 'KLM Royal Dutch Airlines=NLDBUS']);
});

test('a region of the Americas names no country', () => {
  const doc = codeText(
    'Latin American debtors rejected the plan. Central American migrants marched. Leaders from South America and the Americas met. American troops left.',
    '2012-06-01',
    bundledCoder(),
  );
  assert.deepEqual(
    mentions(doc).filter((m) => /USA/.test(m)),
    ['American troops=USAMIL'],
  );
});

test('coordinated actors become one mention with each actor', () => {
  assert.deepEqual(mentions(codeText('Dar and Rubio affirmed it.')), ['Dar and Rubio=PAKGOV+USAGOV']);
  assert.deepEqual(mentions(codeText('Foreign Minister and Deputy Prime Minister Ishaq Dar spoke.')), [
    'Foreign Minister and Deputy Prime Minister Ishaq Dar=PAKGOV',
  ]);
});

test('", and" before a subject and its verb joins two clauses, not two actors; a list keeps its Oxford comma', () => {
  const code = (t: string) => mentions(codeText(t, '2020-01-01', bundledCoder()));
  assert.deepEqual(code('Britain warned against travel to Egypt, and Canada said it would pull out.'), [
    'Britain=GBRGOV',
    'Egypt=EGYGOV',
    'Canada=CANGOV',
  ]);
  assert.deepEqual(code('Iran, Iraq, and Syria condemned the strike.'), [
    'Iran, Iraq, and Syria=IRNGOV+IRQGOV+SYRGOV',
  ]);
  assert.deepEqual(code('Britain sent envoys to Egypt, and Canada.'), [
    'Britain=GBRGOV',
    'envoys=---GOV',
    'Egypt, and Canada=EGYGOV+CANGOV',
  ]);
});

test('the speaker of a trailing attribution is not joined to the actor before the comma', () => {
  assert.deepEqual(
    mentions(codeText('Russia will talk with Ukraine, the Kremlin said.', '2020-01-01', bundledCoder())),
    ['Russia=RUSGOV', 'Ukraine=UKRGOV', 'the Kremlin=RUSGOV'],
  );
  assert.deepEqual(
    mentions(
      codeText(
        'Washington will lift sanctions on Iran, Pompeo later told reporters.',
        '2020-01-01',
        bundledCoder(),
      ),
    ).slice(1, 3),
    ['Iran=IRNGOV', 'Pompeo=USAGOV'],
  );
  // a list is still a list, with or without "and"
  assert.deepEqual(
    mentions(codeText('Iran, Russia and China condemned Israel.', '2020-01-01', bundledCoder())).slice(0, 1),
    ['Iran, Russia and China=IRNGOV+RUSGOV+CHNGOV'],
  );
  assert.deepEqual(
    mentions(codeText('Obama, Boehner meet at the White House.', '2012-12-01', bundledCoder())).slice(0, 1),
    ['Obama, Boehner=USAGOV+USALEG'],
  );
});

test("a newspaper's capitalized name needs its capitals: 'Pakistan today' is the country", () => {
  assert.deepEqual(mentions(codeText('Pakistan today threatened India.', '2020-01-01', bundledCoder())), [
    'Pakistan=PAKGOV',
    'India=INDGOV',
  ]);
  assert.deepEqual(mentions(codeText('Pakistan Today reported it.', '2020-01-01', bundledCoder())), [
    'Pakistan Today=PAKJRN',
  ]);
});

test("an organization's capitalized name needs its first capital: 'liberal Democrats' and 'a national rally' are no party", () => {
  const m = (t: string) => mentions(codeText(t, '2020-01-01', bundledCoder()));
  assert.deepEqual(m('The Liberal Democrats criticized the plan.'), ['The Liberal Democrats=GBRPTY']);
  assert.deepEqual(m('Some liberal Democrats criticized Obama.'), ['Democrats=---PTY', 'Obama=USAELI']);
  assert.ok(!m('Activists held a national rally in Paris.').some((x) => x.includes('PTY')));
});

test('an aide or spokesperson with no country speaks for the one they serve', () => {
  const m = (t: string) => mentions(codeText(t, '2015-03-01', bundledCoder()));
  assert.deepEqual(m('A senior aide to Netanyahu accused Iran.'), [
    'A senior aide to Netanyahu=ISRGOV',
    'Iran=IRNGOV',
  ]);
  assert.deepEqual(m('A spokesman for the Syrian government denied it.'), [
    'A spokesman for the Syrian government=SYRGOV',
  ]);
  // an aide with a country of their own keeps it
  assert.deepEqual(m('A Syrian aide to Lavrov spoke.'), ['A Syrian aide=SYRGOV', 'Lavrov=RUSGOV']);
});

test("a country's name inside a longer place name is the place: New Mexico, Jersey City", () => {
  const m = (t: string) => mentions(codeText(t, '2015-03-01', bundledCoder()));
  assert.deepEqual(m('A New Mexico judge criticized Mexico.'), ['judge=USAJUD', 'Mexico=MEXGOV']);
  assert.deepEqual(m('Jersey City police arrested him.'), ['Jersey City police=USACOP']);
  assert.deepEqual(m('Papua New Guinea thanked Australia.'), ['Papua New Guinea=PNGGOV', 'Australia=AUSGOV']);
});

test('Georgia is the US state in an article that never says Georgian or Tbilisi', () => {
  const m = (t: string) => mentions(codeText(t, '2015-03-01', bundledCoder()));
  assert.deepEqual(m('Georgia protested to Congress.'), ['Congress=---LEG']);
  assert.deepEqual(m('Georgian troops clashed with rebels. Georgia protested to Russia.'), [
    'Georgian troops=GEOMIL',
    'rebels=---REB',
    'Georgia=GEOGOV',
    'Russia=RUSGOV',
  ]);
});

test('a title and an unknown full name take no country from a namesake surname', () => {
  const m = (t: string) => mentions(codeText(t, '2012-06-01', bundledCoder()));
  // Chile's Ignacio Walker shares the surname; "Gov. Scott Walker" is someone else
  assert.deepEqual(m('Governor Scott Walker spoke.'), ['Governor Scott Walker=---GOV']);
  assert.deepEqual(m('Gov. Scott Walker spoke.'), ['Gov. Scott Walker=---GOV']);
});

test('dated organizations: the Taliban before and after August 2021', () => {
  assert.deepEqual(mentions(codeText('The Taliban attacked.', '2019-01-01')), ['The Taliban=AFGREB']);
  assert.deepEqual(mentions(codeText('The Taliban attacked.', '2023-01-01')), ['The Taliban=AFGGOV']);
});

test('a name that ends inside a longer hyphenated name is someone else', () => {
  const bundled = (text: string, date: string) => mentions(codeText(text, date, bundledCoder()));
  assert.deepEqual(bundled('Singer Park Jin-young met fans.', '2020-01-01'), [], 'not the minister Park Jin');
  assert.deepEqual(bundled('Moon Jae-in met Kim Jong-un.', '2018-05-01'), [
    'Moon Jae-in=KORGOV',
    'Kim Jong-un=PRKGOV',
  ]);
  assert.ok(
    bundled('The George W. Bush-era tax cuts expired.', '2012-05-01').some((m) => m.includes('Bush=USA')),
    'an English word after the hyphen leaves the name whole',
  );
});

test('a comma after a fronted phrase joins nothing; a list joins its items', () => {
  const coded = (text: string) => codeText(text).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const fronted = coded('After a dispute with Russia, Iran criticized Pakistan.');
  assert.ok(fronted.includes('IRNGOV PAKGOV 111'), fronted.join('; '));
  assert.ok(!fronted.includes('RUSGOV PAKGOV 111'), 'Russia is not a subject of the criticism');
  assert.deepEqual(coded('Iran, Russia and France criticized Pakistan.'), [
    'IRNGOV PAKGOV 111',
    'RUSGOV PAKGOV 111',
    'FRAGOV PAKGOV 111',
  ]);
  assert.deepEqual(
    coded('Iran, Russia, France criticized Pakistan.').length,
    3,
    'three items are a list without "and"',
  );
});

test('a `member` noun is an agent only after its owner: "FBI agents", not "nerve agents"', () => {
  const doc = (text: string) => codeText(text, '2019-01-01', bundledCoder());
  assert.deepEqual(mentions(doc('FBI agents arrested two Russian diplomats.')), [
    'FBI agents=USACOP',
    'Russian diplomats=RUSGOV',
  ]);
  assert.deepEqual(mentions(doc('Russian agents poisoned a defector.')), ['Russian agents=RUSSPY']);
  assert.deepEqual(mentions(doc('Syria used nerve agents against the rebels.')), [
    'Syria=SYRGOV',
    'the rebels=---REB',
  ]);
});

test('a government "of" the person who leads it takes the person\'s country', () => {
  const doc = (text: string) => codeText(text, '2013-08-30', bundledCoder());
  assert.deepEqual(mentions(doc('The United States blamed the government of President Bashar al-Assad.')), [
    'The United States=USAGOV',
    'the government=SYRGOV',
    'President Bashar al-Assad=SYRGOV',
  ]);
  assert.equal(
    mentions(doc('Iran criticized the government of Prime Minister Nouri al-Maliki.'))[1],
    'the government=IRQGOV',
  );
});

test("an agent after a person's possessive or bare name takes the person's country", () => {
  const doc = (text: string) => codeText(text, '2013-06-01', bundledCoder());
  assert.deepEqual(mentions(doc("Assad's forces shelled Homs.")).slice(0, 2), [
    "Assad's=SYRGOV (poss)",
    'forces=SYRMIL',
  ]);
  assert.deepEqual(mentions(doc("Obama's administration criticized Iran.")).slice(0, 2), [
    "Obama's=USAGOV (poss)",
    'administration=USAGOV',
  ]);
  assert.deepEqual(mentions(doc('Assad forces shelled Aleppo.')).slice(0, 2), [
    'Assad=SYRGOV',
    'forces=SYRMIL',
  ]);
});

test("a person's campaign speaks for the person", () => {
  const doc = (text: string) => codeText(text, '2012-06-01', bundledCoder());
  assert.deepEqual(mentions(doc('The Obama campaign accused Romney of lying.')), [
    'The Obama campaign=USAGOV',
    'Romney=USAOPP',
  ]);
  assert.deepEqual(mentions(doc("Romney's re-election team criticized Obama.")), [
    "Romney's re-election team=USAOPP",
    'Obama=USAGOV',
  ]);
});

test('with no dateline, a legislature or government named without a country is the home country of a story one country dominates', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const us =
    'President Obama met Mitt Romney on Monday. Obama later called Joe Biden. Hillary Clinton praised Obama. The Senate criticized Obama on Tuesday.';
  assert.ok(events(us).includes('USALEG USAGOV 111'), events(us).join('; '));
  const mixed =
    'Iran criticized Israel. Iran and Israel traded accusations. The government criticized Israel again.';
  assert.ok(events(mixed).includes('---GOV ISRGOV 111'), 'no country dominates: no home');
});

test('a legislature, court or party needs a smaller lead of its country than officials do', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  // six American mentions to three Israeli ones: two thirds, under the three quarters officials need
  const story =
    'President Obama met Benjamin Netanyahu on Monday. Obama later called Joe Biden. Netanyahu praised Obama. Israel thanked Hillary Clinton.';
  const coded = events(`${story} The Senate criticized Obama on Tuesday. Officials criticized Israel.`);
  assert.ok(coded.includes('USALEG USAGOV 111'), coded.join('; '));
  assert.ok(coded.includes('---GOV ISRGOV 111'), 'officials stay without a country');
});

test('people a one-country story names without a country are its own, but make no dyad by themselves', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const us =
    'President Obama met Mitt Romney on Monday. Obama later called Joe Biden. Hillary Clinton praised Obama.';
  assert.ok(events(`${us} Obama met business leaders on Tuesday.`).includes('USAGOV USABUS 040'));
  assert.ok(
    events(`${us} Obama met foreign investors on Tuesday.`).includes('USAGOV ---BUS 040'),
    "foreign investors are not the home country's",
  );
  assert.ok(
    !events(`${us} Students criticized business leaders.`).some((e) => e.endsWith('111')),
    'two groups homed only by the story are still no dyad',
  );
  assert.ok(
    events(`${us} Students demonstrated in Cairo against the government.`).includes('EGYEDU EGYGOV 141'),
    "the place of the act comes before the story's country",
  );
  assert.ok(
    events(`${us} The Republican nominee criticized Obama on Tuesday.`).includes('USAPTY USAGOV 111'),
    "a party's nominee named without a country is the story's",
  );
});

test('advocacy groups and the media a one-country story names without a country are its own', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const us =
    'President Obama met Mitt Romney on Monday. Obama later called Joe Biden. Hillary Clinton praised Obama.';
  const coded = events(
    `${us} Environmental groups criticized Romney. Romney also accused the media of bias.`,
  );
  assert.ok(coded.includes('USANGO USAOPP 111'), coded.join('; '));
  assert.ok(coded.includes('USAOPP USAJRN 112'), coded.join('; '));
  const mixed = 'Iran criticized Israel. Iran and Israel traded accusations. Israel criticized Iran.';
  assert.ok(
    events(`${mixed} Environmental groups criticized Iran.`).includes('---NGO IRNGOV 111'),
    'no country dominates: no home',
  );
});

test('an office holder the dictionaries do not know takes the country of a story one country dominates', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const us =
    'President Obama met Mitt Romney on Monday. Obama later called Joe Biden. Hillary Clinton praised Obama.';
  assert.ok(
    events(`${us} Sen. Jim Smithers criticized Attorney General Eric Holder.`).includes('USALEG USAGOV 111'),
  );
});

test('a datelined story one country dominates places its people too', () => {
  const events = (text: string) =>
    codeText(text, '1987-03-05', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const jp =
    "TOKYO, March 5 - Japan's prime minister met Japan's finance minister. Japan's foreign minister praised Japan's trade minister.";
  assert.ok(events(`${jp} Business leaders criticized the government.`).includes('JPNBUS JPNGOV 111'));
});

test("a datelined story places its legislature's groups at home when the story is the dateline country's", () => {
  const events = (text: string) =>
    codeText(text, '1987-03-05', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  const jp =
    "TOKYO, March 5 - Japan's prime minister met Japan's finance minister. Japan's foreign minister praised Japan's trade minister.";
  // "lawmakers" is a group of the legislature: the dateline's office rule leaves it alone
  assert.ok(events(`${jp} Lawmakers criticized the prime minister.`).includes('JPNLEG JPNGOV 111'));
});

test('aircraft and drones are an armed force only after their owner', () => {
  const doc = (text: string) => codeText(text, '2016-01-01', bundledCoder());
  assert.deepEqual(mentions(doc('Israeli jets bombed targets in Gaza.'))[0], 'Israeli jets=ISRMIL');
  assert.deepEqual(mentions(doc('U.S. drones killed three militants in Pakistan.'))[0], 'U.S. drones=USAMIL');
  assert.ok(
    !mentions(doc('Brennan defended the use of drones overseas.')).some((m) => m.startsWith('drones')),
    'drones alone are no actor',
  );
});

test('a group noun before the place where the group sits is the group: "struck rebel positions"', () => {
  const doc = (text: string) => codeText(text, '2016-01-01', bundledCoder());
  // the rebels of a story set in Idlib are Syria's (article-country.ts)
  assert.ok(mentions(doc('Russian planes struck rebel positions near Idlib.')).includes('rebel=SYRREB'));
  assert.ok(
    !mentions(doc('The army bought rebel uniforms.')).some((m) => m.startsWith('rebel')),
    'other nouns: a modifier',
  );
});

test('"military might" is a noun phrase, not the military; a modal "might" keeps it', () => {
  const doc = (text: string) => codeText(text, '2013-09-01', bundledCoder());
  assert.ok(
    !mentions(
      doc("I ask you to reconcile your commitment to America's military might with the failure to act."),
    ).some((m) => m.includes('MIL')),
  );
  assert.ok(mentions(doc('He said the military might intervene.')).includes('the military=---MIL'));
});

test("a country opening a company name is that country's business, not its government", () => {
  const doc = (text: string) => codeText(text, '1987-03-01', bundledCoder());
  assert.equal(mentions(doc('Japan Air Lines agreed to buy jets.'))[0], 'Japan Air Lines=JPNBUS');
  assert.equal(mentions(doc('British Airways criticized the plan.'))[0], 'British Airways=GBRBUS');
  assert.equal(
    mentions(doc('Canada Packers Inc said it would sell the unit.'))[0],
    'Canada Packers Inc=CANBUS',
  );
  assert.equal(mentions(doc('Japan criticized China.'))[0], 'Japan=JPNGOV');
});

test('"X of Italy and Y of France": a country after a person with "of" is part of the person\'s mention, so the pair coordinates', () => {
  const events = (text: string) =>
    codeText(text, '2012-06-01', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  assert.deepEqual(
    events('Obama met Prime Minister Mario Monti of Italy and President Francois Hollande of France.').sort(),
    ['USAGOV FRAGOV 040', 'USAGOV ITAGOV 040'],
  );
  assert.deepEqual(events('Obama met President Joe Smithers of Kenya.'), ['USAGOV KENGOV 040']);
});

test('a following of a person ("supporters of Imran Khan") is of that person’s country, in its own sector', () => {
  const coder = bundledCoder();
  assert.deepEqual(mentions(codeText('Supporters of Imran Khan marched.', '2025-04-08', coder)), [
    'Supporters of Imran Khan=PAKCVL',
  ]);
  assert.deepEqual(
    mentions(codeText('Supporters of the ban marched.', '2025-04-08', coder)),
    ['Supporters=---CVL'],
    'a following of a cause has no country',
  );
});

test('an office named with its state or province is of that country: "Missouri Rep.", "of Wisconsin", "R-Calif."', () => {
  const coder = bundledCoder();
  const codes = (text: string) => codeText(text, '2012-08-20', coder).mentions.map((m) => m.actors[0].code);
  assert.deepEqual(codes('Missouri Rep. Todd Akin spoke.'), ['USALEG']);
  assert.deepEqual(codes('Gov. Scott Walker of Wisconsin spoke.'), ['USAGOV']);
  assert.deepEqual(codes('Rep. Darrell Issa, R-Calif., spoke.'), ['USALEG']);
  assert.deepEqual(codes('Rep. Darrell Issa spoke.'), ['---LEG'], 'no state, no country');
});

test('an office holder set beside a state’s party member is of its country: ", a Texas Republican"', () => {
  const coder = bundledCoder();
  const codes = (text: string) => codeText(text, '2012-08-20', coder).mentions.map((m) => m.actors[0].code);
  assert.deepEqual(codes('Sen. Jane Doakes, a Texas Republican, spoke.'), ['USALEG']);
  assert.deepEqual(codes('Rep. Jane Doakes, the New Jersey Democrat, spoke.'), ['USALEG']);
  assert.deepEqual(codes('Gov. Jane Doakes, Ohio Republican, spoke.'), ['USAGOV']);
  assert.deepEqual(codes('Sen. Jane Doakes, a House Republican, spoke.'), ['---LEG'], 'no state, no country');
});

test('an acronym the article spells out as a name of its own is not the dictionary’s entry of those letters', () => {
  const coder = bundledCoder();
  const m = (t: string) => mentions(codeText(t, '1987-03-05', coder));
  assert.deepEqual(m('The Kenya Ports Authority, KPA, signed a deal. The KPA said it was pleased.'), [
    'The Kenya=KENGOV',
  ]);
  assert.deepEqual(m('The Korean People’s Army (KPA) fired missiles. The KPA said.'), [
    'The Korean People’s Army=PRKMIL',
    'KPA=PRKMIL',
    'The KPA=PRKMIL',
  ]);
  assert.ok(
    m('Ministers of the Gulf Co-operation Council (GCC) met.').includes('GCC=GCC'),
    'a spelling variant',
  );
});

test('"the president" refers back to the latest president the article named', () => {
  const coder = bundledCoder();
  const codes = (text: string) => codeText(text, '2012-10-25', coder).mentions.map((m) => m.actors[0].code);
  assert.deepEqual(codes('President Obama spoke in Ohio. The president bombed Libya.').slice(-2), [
    'USAGOV',
    'LBYGOV',
  ]);
  assert.deepEqual(codes('The president bombed Libya.'), ['---GOV', 'LBYGOV'], 'none named: no country');
  assert.deepEqual(codes('President Obama spoke. The former president criticized Libya.').slice(1, 2), [
    '---ELI',
  ]);
  assert.deepEqual(
    codes('U.N. Secretary-General Ban Ki-moon spoke. The Secretary General urged Syria to stop.'),
    ['UNO', 'UNO', 'SYRGOV'],
  );
  assert.deepEqual(
    codes('Vice President Joe Biden spoke. The president urged Syria to stop.').slice(1, 2),
    ['---GOV'],
    'a vice president is no president',
  );
});

test('a country’s name or capital written as a town of another country’s division is that town', () => {
  const m = (t: string) => mentions(codeText(t, '1987-03-02', bundledCoder()));
  assert.ok(
    !m('Investor David La Roche of North Kingstown, R.I., said he would buy shares.').some((x) =>
      x.includes('VCT'),
    ),
  );
  assert.ok(!m('A man from Lebanon, Pa., spoke.').some((x) => x.includes('LBN')));
  assert.ok(
    m('He toured the United States, France, England, Italy and Switzerland.').some((x) =>
      x.includes('FRAGOV'),
    ),
    'a list of countries is no town',
  );
});

test("a dateline's country is not the story's home when the lead's subject is of another country", () => {
  const doc = (text: string) => codeText(text, '1987-03-06', bundledCoder());
  const bank = (text: string) => mentions(doc(text)).find((m) => m.startsWith('The central bank'));
  const lead = 'concluded a tour of European capitals. The central bank governor visited Washington.';
  assert.equal(
    bank(`LONDON, March 6 - Brazilian Finance Minister Dilson Funaro ${lead}`),
    'The central bank governor=---GOV',
  );
  assert.equal(bank(`LONDON, March 6 - The finance minister ${lead}`), 'The central bank governor=GBRGOV');
  assert.equal(
    bank(`LONDON, March 6 - With talk of Brazil, the finance minister ${lead}`),
    'The central bank governor=GBRGOV',
    'an opening phrase is not the subject',
  );
});

test('a country before an organization of that country is part of its name: "Iranian Revolutionary Guards"', () => {
  const doc = (text: string) => codeText(text, '1987-03-05', bundledCoder());
  assert.deepEqual(mentions(doc('Iraq attacked Iranian Revolutionary Guards near Basra.')).slice(0, 2), [
    'Iraq=IRQGOV',
    'Iranian Revolutionary Guards=IRNMIL',
  ]);
  assert.deepEqual(
    codeText(
      'Iraq attacked Iranian Revolutionary Guards near Basra.',
      '1987-03-05',
      bundledCoder(),
    ).events.map((e) => `${e.source} ${e.target}`),
    ['IRQGOV IRNMIL'],
  );
});

test('a clause subject without a country followed by "from" and a country is of that country', () => {
  const doc = (text: string) => codeText(text, '2015-03-05', bundledCoder());
  assert.equal(mentions(doc('Officials from Japan met Chinese leaders.'))[0], 'Officials from Japan=JPNGOV');
  assert.equal(mentions(doc('Troops from Chad attacked rebels in Mali.'))[0], 'Troops from Chad=TCDMIL');
  assert.ok(
    mentions(doc('The US withdrew troops from Iraq.')).includes('troops=---MIL'),
    'not an object: withdrawn troops are not Iraq’s',
  );
});

test('refugees are of the country they fled, after "from" or "fleeing" wherever they stand', () => {
  const doc = (text: string) => codeText(text, '2015-03-05', bundledCoder());
  assert.ok(
    mentions(doc('The UN sent food to refugees from Rwanda.')).includes('refugees from Rwanda=RWAREF'),
  );
  assert.ok(
    mentions(doc('Guinea attacked refugees fleeing Liberia.')).includes('refugees fleeing Liberia=LBRREF'),
  );
  assert.ok(
    mentions(doc('Turkey helped refugees fleeing from Syria.')).includes(
      'refugees fleeing from Syria=SYRREF',
    ),
  );
  assert.ok(
    mentions(doc('Thailand repatriated refugees from Cambodia.')).includes('refugees=---REF'),
    'a verb’s "from": the refugees leave Cambodia',
  );
});

test('"the North" and "the South" are the halves of the divided country the story named', () => {
  const doc = (text: string) => codeText(text, '2013-04-05', bundledCoder());
  const korea = mentions(doc('North Korea fired missiles. The North threatened the South.'));
  assert.ok(korea.includes('The North=PRKGOV') && korea.includes('the South=KORGOV'), korea.join(' | '));
  assert.ok(
    !mentions(doc('Obama won votes in the South.')).some((m) => m.startsWith('the South')),
    'no divided country named: the American South is a region',
  );
  assert.ok(
    !mentions(doc('North Korea fired missiles into the South China Sea.')).some((m) =>
      m.startsWith('the South'),
    ),
  );
});

test('a one-word name after a given name that is not the person’s names someone else', () => {
  const coder = bundledCoder();
  // Shimon Peres and Gerhard Schroeder are in the people dictionary
  assert.deepEqual(mentions(codeText('Four years ago Rep. Pat Schroeder spoke.', '2012-06-01', coder)), [
    'Rep. Pat Schroeder=---LEG',
  ]);
  assert.deepEqual(
    mentions(codeText('The ruling was welcomed by Mario Branco Peres.', '1987-03-11', coder)),
    [],
  );
  assert.deepEqual(mentions(codeText('On Friday Christopher Schroeder resigned.', '2013-02-01', coder)), []);
  // the person's own given names, in any spelling, and courtesy titles and initials keep the match
  assert.deepEqual(mentions(codeText('On Friday Mohammad Morsi spoke.', '2012-09-01', coder)), [
    'Morsi=EGYGOV',
  ]);
  assert.deepEqual(mentions(codeText('On Friday Mr. Netanyahu spoke.', '2012-09-01', coder)), [
    'Netanyahu=ISRGOV',
  ]);
  assert.deepEqual(mentions(codeText('On Friday Barack Hussein Obama spoke.', '2012-09-01', coder)), [
    'Barack Hussein Obama=USAGOV',
  ]);
});

test('a country or capital before "-based" and no agent only says where a company sits', () => {
  const coder = bundledCoder();
  assert.deepEqual(mentions(codeText('The Dutch-based Philips signed it.', '1987-03-05', coder)), []);
  assert.deepEqual(mentions(codeText('A Somalia-based paramilitary group attacked.', '1987-03-05', coder)), [
    'A Somalia-based paramilitary group=SOMMIL',
  ]);
});

test('"Republicans" and "Democrats" alone are party members; "House Republicans" are lawmakers', () => {
  const coder = bundledCoder();
  assert.deepEqual(mentions(codeText('Republicans and Democrats praised the deal.', '2012-06-01', coder)), [
    'Republicans and Democrats=---PTY+---PTY',
  ]);
  assert.deepEqual(mentions(codeText('House Republicans praised the deal.', '2012-06-01', coder)), [
    'House Republicans=---LEG',
  ]);
  assert.deepEqual(mentions(codeText('Republican senators praised the deal.', '2012-06-01', coder)), [
    'senators=---LEG',
  ]);
});

test('lawyers for the government are GOV, other lawyers JUD', () => {
  const coder = bundledCoder();
  assert.deepEqual(
    mentions(codeText('Justice Department lawyers asked for more time.', '2012-06-01', coder)),
    ['Justice Department lawyers=---GOV'],
  );
  assert.deepEqual(mentions(codeText('Defense lawyers asked for more time.', '2012-06-01', coder)), [
    'Defense lawyers=---JUD',
  ]);
});

test('a lone surname of a person the article named with a given name is no place: "Thomas Pickering … from Pickering"', () => {
  const text =
    'Thomas Pickering, a former ambassador, spoke on Sunday. Rep. Darrell Issa said he would request a deposition from Pickering.';
  assert.ok(!mentions(codeText(text, '2013-05-12', bundledCoder())).some((m) => m.startsWith('Pickering')));
  // a place name after a place's first word names no one: "West Virginia … Virginia"
  const state = 'West Virginia Gov. Joe Manchin spoke on Sunday. He traveled to Virginia on Monday.';
  assert.ok(mentions(codeText(state, '2013-05-12', bundledCoder())).some((m) => m.startsWith('Virginia')));
});

test('an agent right after an agent of a country is of that country: "an Iranian infantry brigade", "Syrian opposition forces"', () => {
  const brigade = mentions(
    codeText('An Iranian infantry brigade attacked Iraq.', '1987-03-02', bundledCoder()),
  );
  assert.ok(brigade.includes('brigade=IRNMIL'), brigade.join(', '));
  const forces = mentions(
    codeText('Syrian opposition forces attacked the army.', '2013-05-12', bundledCoder()),
  );
  assert.ok(forces.includes('forces=SYROPP'), forces.join(', '));
});

test('a name that modifies the noun after a comma opens the next list item: "over Syria, U.S. criticism of Russia"', () => {
  const code = (text: string) => mentions(codeText(text, '2020-01-01', bundledCoder()));
  assert.deepEqual(code('Ties are tense amid differences over Syria, U.S. criticism of Russia and trade.'), [
    'Syria=SYRGOV',
    'U.S.=USAGOV',
    'Russia=RUSGOV',
  ]);
  assert.deepEqual(code('Ministers of Syria, Iraq and Jordan met.'), [
    'Ministers of Syria, Iraq and Jordan=SYRGOV+IRQGOV+JORGOV',
  ]);
});

test("a nation's towns, villages and homes under attack are its people; a named city stays a place", () => {
  const events = (text: string) =>
    codeText(text, '2025-04-08', bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  assert.deepEqual(events('Kenya shelled Ugandan towns.'), ['KENGOV UGACVL 194']);
  assert.deepEqual(events('Peruvian army bulldozers demolished Bolivian homes.'), ['PERMIL BOLCVL 1712']);
  assert.deepEqual(events('Japanese securities houses asked the Finance Ministry to act.'), []);
});

test('a team or mission after its owner acts for it and is an it, not a he; alone it is no actor', () => {
  const events = (text: string, date: string) =>
    codeText(text, date, bundledCoder()).events.map((e) => `${e.source} ${e.target} ${e.cameo}`);
  // Reuters 1987: the IMF team's visit was not coded
  assert.deepEqual(
    events(
      'A fund spokesman said an IMF team would visit La Paz shortly to discuss terms of the new agreement.',
      '1987-03-05',
    ),
    ['IMF BOLGOV 036'],
  );
  assert.deepEqual(
    mentions(
      codeText('The U.S. team met Iranian negotiators in Geneva.', '2013-10-15', bundledCoder()),
    ).slice(0, 2),
    ['The U.S. team=USAGOV', 'Iranian negotiators=IRNGOV'],
  );
  // a sports team's win is no political event
  assert.deepEqual(events('The Brazilian team beat Germany in the final.', '2014-07-08'), []);
  assert.deepEqual(
    mentions(codeText('The team arrived in Lagos.', '2014-07-08', bundledCoder())).slice(0, 1),
    ['Lagos=NGACVL (place)'],
  );
  // "He" is the Pope, not the mission that met him
  assert.deepEqual(
    events(
      'Pope Francis arrived in New York. A U.S. mission met him. He thanked American nuns.',
      '2015-09-24',
    ),
    ['VATREL USACVL 042', 'USAGOV VATREL 040', 'VATREL USAREL 051'],
  );
});

test('a central bank president is one title, not a bank and a president', () => {
  const doc = codeText(
    'Central bank president Tomas Quelhas visited Washington.',
    '1987-03-05',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Central bank president Tomas Quelhas=---GOV', 'Washington=USAGOV']);
});

test('a president of a company or an association is no government official', () => {
  const coded = (text: string) => mentions(codeText(text, '2013-05-01', bundledCoder()));
  assert.deepEqual(coded('Senior Vice President John Smith criticized Obama.'), ['Obama=USAGOV']);
  assert.deepEqual(coded("The group's co-founder and president, Joe Green, apologized to Obama."), [
    'Obama=USAGOV',
  ]);
  assert.deepEqual(
    coded('NRA President and CEO Wayne LaPierre spoke.').filter((m) => m.includes('GOV')),
    [],
  );
  // a head of state and a vice president the dictionaries know stay
  assert.deepEqual(coded('Vice President Joe Biden criticized the president.'), [
    'Vice President Joe Biden=USAGOV',
    'the president=---GOV',
  ]);
});

test('a name spelled with letters beyond Latin-1 matches either spelling of its entry', () => {
  const coded = (text: string) => mentions(codeText(text, '2018-03-01', bundledCoder()));
  assert.deepEqual(coded('Erdoğan met Çavuşoğlu.'), ['Erdoğan=TURGOV', 'Çavuşoğlu=TURGOV']);
  assert.deepEqual(coded('Erdogan met Cavusoglu.'), ['Erdogan=TURGOV', 'Cavusoglu=TURGOV']);
});

test("a country's possessive before a person is not the person's: \"Venezuela's Maduro blamed the CIA\"", () => {
  const doc = codeText("Venezuela's Maduro blamed the CIA.", '2014-03-01', bundledCoder());
  assert.deepEqual(mentions(doc), ["Venezuela's Maduro=VENGOV", 'the CIA=USASPY']);
  assert.deepEqual(
    triples(
      codeText("Saudi Arabia's Crown Prince Mohammed bin Salman met Putin.", '2018-03-01', bundledCoder())
        .events,
    ),
    ['SAUGOV RUSGOV 040'],
  );
  // the person's own possessive still is one
  assert.deepEqual(
    mentions(codeText("Venezuela's Maduro's speech angered Colombia.", '2014-03-01', bundledCoder())),
    ["Venezuela's Maduro's=VENGOV (poss)", 'Colombia=COLGOV'],
  );
});

test('a body named before "members" acts through them; a demonym before "members" does not', () => {
  const doc = codeText('Four Taliban members met Alice Wells in Doha.', '2019-07-25', bundledCoder());
  assert.ok(mentions(doc).includes('Taliban members=AFGREB'), mentions(doc).join(', '));
  assert.deepEqual(triples(doc.events), ['AFGREB USAGOV 040']);
  const opp = codeText('Syrian opposition members met Kerry.', '2014-02-01', bundledCoder());
  assert.ok(mentions(opp).includes('Syrian opposition members=SYROPP'), mentions(opp).join(', '));
  const crew = codeText('Russian members of the crew were freed.', '2014-02-01', bundledCoder());
  assert.ok(!mentions(crew).some((m) => m.includes('members')), mentions(crew).join(', '));
});

test('a country opening the name of a body its words place in a sector is that body', () => {
  const coded = (text: string) => mentions(codeText(text, '2013-05-01', bundledCoder()));
  assert.ok(
    coded('The Nigerian Union of Teachers called off a strike.').includes(
      'The Nigerian Union of Teachers=NGAEDU',
    ),
  );
  assert.ok(
    coded('The Nigeria Labour Congress called off a strike.').includes('The Nigeria Labour Congress=NGALAB'),
  );
  assert.ok(
    coded('The Russian Orthodox Church criticized Obama.').includes('The Russian Orthodox Church=RUSREL'),
  );
  // a group the dictionaries know inside the name gives the sector
  assert.ok(
    coded('The U.S. National Association of Wheat Growers urged Obama.').includes(
      'The U.S. National Association of Wheat Growers=USAAGR',
    ),
  );
  // an office, a publication, or a country inside a longer name makes no body
  assert.ok(
    !coded('British Trade and Industry Secretary Paul Channon spoke.').some((m) => m.includes('GBRLAB')),
  );
  assert.ok(!coded('The British Medical Journal criticized Obama.').some((m) => m.includes('GBRMED')));
  assert.ok(!coded('The data came from the New America Foundation.').some((m) => m.includes('USANGO')));
});

test('the place of a legislator\'s party tag is a place, not an actor: "Sen. Chuck Schumer, D-New York,"', () => {
  const doc = codeText(
    'Sen. Chuck Schumer, D-New York, called on Obama to act.',
    '2013-05-01',
    bundledCoder(),
  );
  assert.ok(mentions(doc).includes('New York=USACVL (place)'), mentions(doc).join(', '));
  assert.deepEqual(triples(doc.events), ['USALEG USAGOV 020']);
});

test('a country right before a violent act after "in" names its doer, not a place: "killed in a U.S. airstrike"', () => {
  const doc = codeText(
    'Five civilians were killed in a U.S. airstrike on Mosul.',
    '2016-05-01',
    bundledCoder(),
  );
  assert.ok(mentions(doc).includes('a U.S.=USAGOV'), mentions(doc).join(', '));
  assert.deepEqual(triples(doc.events), ['USAGOV IRQCVL 195']);
  // a place it stays before other nouns
  const held = codeText('The pilot was held in Syrian territory for a week.', '2016-05-01', bundledCoder());
  assert.ok(mentions(held).includes('Syrian=SYRGOV (place)'), mentions(held).join(', '));
});

test('a surname after a courtesy title, with or without its dot, is the one dictionary person of that name in office', () => {
  const coder = bundledCoder();
  assert.deepEqual(mentions(codeText('Mr Cameron spoke on Friday.', '2014-06-01', coder)), [
    'Cameron=GBRGOV',
  ]);
  assert.deepEqual(mentions(codeText('Mr. Cameron spoke on Friday.', '2014-06-01', coder)), [
    'Cameron=GBRGOV',
  ]);
  assert.deepEqual(mentions(codeText('Mrs May spoke on Friday.', '2017-06-01', coder)), ['May=GBRGOV']);
  // out of office, with two Carters who have held one (Jimmy and Ashton), or with another Cameron
  // the article names: no one
  assert.deepEqual(mentions(codeText('Mr Cameron spoke on Friday.', '2018-06-01', coder)), []);
  assert.deepEqual(mentions(codeText('Mr Carter spoke on Friday.', '2012-06-01', coder)), []);
  assert.deepEqual(
    mentions(codeText('Jim B. Cameron farms wheat. Mr Cameron spoke on Friday.', '2014-06-01', coder)),
    [],
  );
});

test('countries share one agent in a list "and" closes, or in a pair that opens a headline; not after a lone comma', () => {
  const coder = bundledCoder();
  assert.deepEqual(mentions(codeText('Indian, Chinese and Russian troops clashed.', '2015-03-01', coder)), [
    'Indian, Chinese and Russian troops=INDMIL+CHNMIL+RUSMIL',
  ]);
  assert.deepEqual(mentions(codeText('US, British lawmakers try to slow the vote.', '2015-03-01', coder)), [
    'US, British lawmakers=USALEG+GBRLEG',
  ]);
  assert.deepEqual(
    mentions(
      codeText(
        'Critics decried the sanctions against Iran, U.S. drone attacks overseas and spying.',
        '2015-03-01',
        coder,
      ),
    ),
    ['Iran=IRNGOV', 'U.S. drone=USAMIL'],
  );
});

test('a country whose name is also a US state is the country in a sentence naming other countries and no US', () => {
  const coder = bundledCoder();
  // the article never writes "Georgian" or "Tbilisi", the cues that made it the country so far
  assert.deepEqual(
    mentions(codeText('Russian troops crossed its border with Georgia.', '2008-08-09', coder)),
    ['Russian troops=RUSMIL', 'Georgia=GEOGOV'],
  );
  // the US named, a longer name, or a place after "in": the state, as before
  assert.deepEqual(mentions(codeText('The U.S. senator from Georgia met Russia.', '2008-08-09', coder)), [
    'The U.S. senator=USALEG',
    'Russia=RUSGOV',
  ]);
  assert.deepEqual(mentions(codeText('British Marines retook South Georgia island.', '1982-04-26', coder)), [
    'British Marines=GBRMIL',
  ]);
  assert.deepEqual(mentions(codeText('Mexican immigrants in Georgia protested.', '2008-08-09', coder)), [
    'Mexican immigrants=MEXCVL',
  ]);
});

test('a country right after "in" + a place + a comma says where the place is: "in Benghazi, Libya, which killed"', () => {
  const m = (t: string) => mentions(codeText(t, '2013-01-01', bundledCoder()));
  assert.ok(
    m(
      'The attack on the consulate in Benghazi, Libya, which killed four Americans, drew criticism.',
    ).includes('Libya=LBYGOV (place)'),
  );
  // a list of countries, and a country acting after a fronted place, stay actors
  assert.deepEqual(m('He met officials in Britain, France and Italy.'), [
    'officials in Britain, France and Italy=GBRGOV+FRAGOV+ITAGOV',
  ]);
  assert.ok(m('In Cairo, Egypt condemned Israel.').includes('Egypt=EGYGOV'));
});

test('"opposition to" names a stance, not the opposition: "his strongly-stated opposition to a tax hike"', () => {
  const doc = codeText(
    'Ruto combined his strongly-stated opposition to a tax hike with a warning to Uganda.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.deepEqual(mentions(doc), ['Ruto=KENGOV', 'Uganda=UGAGOV']);
  assert.deepEqual(mentions(codeText('The Kenyan opposition warned Uganda.', '2025-04-08', bundledCoder())), [
    'The Kenyan opposition=KENOPP',
    'Uganda=UGAGOV',
  ]);
});

test('"both parties" or "both sides" after a noun and a preposition is what its members belong to: "Hill hawks in both parties"', () => {
  const doc = codeText(
    'Dar called Rubio. Hawks in both parties criticized Iran.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.equal(
    mentions(doc).find((m) => m.startsWith('both parties')),
    undefined,
  );
});

test('an outgoing, acting or caretaker office holder still holds the office; a former one is an elite', () => {
  const coder = bundledCoder();
  assert.ok(
    mentions(
      codeText('Rebels tried to assassinate outgoing Iraqi Prime Minister Iyad Allawi.', '2005-03-01', coder),
    ).includes('outgoing Iraqi Prime Minister Iyad Allawi=IRQGOV'),
  );
  assert.deepEqual(
    mentions(codeText('The caretaker Thai prime minister criticized Cambodia.', '2020-01-01', coder)),
    ['The caretaker Thai prime minister=THAGOV', 'Cambodia=KHMGOV'],
  );
  assert.deepEqual(
    mentions(codeText('The former Thai prime minister criticized Cambodia.', '2020-01-01', coder)),
    ['The former Thai prime minister=THAELI', 'Cambodia=KHMGOV'],
  );
  // a dictionary phrase that begins with the word keeps it: "the interim government"
  assert.deepEqual(
    mentions(codeText('The interim Thai government criticized Cambodia.', '2020-01-01', coder)),
    ['The interim Thai government=THAGOV', 'Cambodia=KHMGOV'],
  );
});

test('a fronted place phrase whose preposition the tagger reads as an adjective joins nothing: "Outside the U.S. embassy, protesters…"', () => {
  const doc = codeText(
    'Outside the U.S. embassy, protesters burned flags and denounced Israel.',
    '2025-04-08',
    bundledCoder(),
  );
  assert.deepEqual(
    triples(doc.events),
    ['---CVL ISRGOV 111'],
    'the embassy is where they protested, not one of the protesters',
  );
});
