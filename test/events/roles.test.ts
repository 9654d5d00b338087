import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, bundledTriples, codeText, triples } from '../helpers/coder.ts';

const coded = (text: string, date = '2025-04-08') => triples(codeText(text, date).events);

test('a partitive subject acts through its "of"-object', () => {
  assert.deepEqual(coded('Thousands of Kenyan protesters demonstrated against Pakistan.'), [
    'KENCVL PAKGOV 141',
  ]);
  assert.deepEqual(coded('A group of Iranian lawmakers criticized France.'), ['IRNLEG FRAGOV 111']);
  assert.deepEqual(
    coded('The ambassador of Iran criticized France.'),
    ['IRNGOV FRAGOV 111'],
    'an office holder "of" a country is resolved by the actors, not by this rule',
  );
  assert.deepEqual(
    coded('Supporters of Iranian lawmakers demonstrated against Pakistan.'),
    [],
    'supporters of an actor are not that actor',
  );
  assert.deepEqual(
    coded('Pakistan, after talks with thousands of Kenyan protesters, criticized France.'),
    ['PAKGOV FRAGOV 111'],
    'an "of"-object inside a prepositional phrase is not the subject',
  );
});

test('a batch, wave, handful, detachment, column or convoy of an actor is that actor', () => {
  assert.deepEqual(coded('A handful of Iranian lawmakers criticized France on Monday.'), [
    'IRNLEG FRAGOV 111',
  ]);
  assert.deepEqual(coded('A fresh wave of Kenyan protesters demonstrated against Pakistan.'), [
    'KENCVL PAKGOV 141',
  ]);
});

test('a stative participle after "be" keeps its subject as the source', () => {
  assert.deepEqual(coded('Estonia is committed to France.'), ['ESTGOV FRAGOV 031']);
  assert.deepEqual(
    coded('Pakistan was criticized by Iran.'),
    ['IRNGOV PAKGOV 111'],
    'a real passive still flips',
  );
});

test('an attribution after a comma is not the target', () => {
  assert.deepEqual(coded('Iran and Russia met on Monday, a Pakistani minister said.'), ['IRNGOV RUSGOV 040']);
  assert.deepEqual(coded('Iran criticized the plan, a spokesman for Pakistan said.'), []);
  assert.deepEqual(coded('Iran criticized the plan, said a Pakistani minister.'), []);
  assert.deepEqual(
    coded('Iran criticized its neighbours, Pakistan and France.'),
    ['IRNGOV PAKGOV 111', 'IRNGOV FRAGOV 111'],
    'an apposition after a comma is still the object',
  );
});

test('an event noun takes its "by" agent as the source', () => {
  assert.deepEqual(coded('Pakistani police broke up a rally by Kenyan protesters against Iran.'), [
    'KENCVL IRNGOV 141',
  ]);
});

test('"between A and B" after an event noun names its two parties', () => {
  const doc = codeText('Clashes between Pakistani troops and Iranian militants erupted on Monday.');
  assert.deepEqual(triples(doc.events), ['PAKMIL IRNREB 190']);
  assert.equal(doc.events[0].symmetric, true);
  assert.deepEqual(
    coded('France criticized the clashes between Pakistani troops and Iranian militants.'),
    ['FRAGOV PAKMIL 111', 'FRAGOV IRNREB 111'],
    'as the object of the criticism the clashes are its theme, not an event of their own',
  );
  assert.deepEqual(coded('Talks between Iran and Russia ended on Monday.'), ['IRNGOV RUSGOV 040']);
  assert.deepEqual(
    coded('France offered mediation between Iran and Russia.'),
    ['FRAGOV IRNGOV 045', 'FRAGOV RUSGOV 045'],
    'a mediator acts on both sides',
  );
});

test('coordinated subjects without a target: mutual only for cooperation, fighting or "each other"', () => {
  assert.deepEqual(coded('Iran and Russia met on Monday.'), ['IRNGOV RUSGOV 040']);
  assert.deepEqual(coded('Iran and Russia criticized the plan.'), [], 'not a criticism of each other');
  assert.deepEqual(coded('Iran and Russia criticized each other.'), ['IRNGOV RUSGOV 111']);
  assert.deepEqual(
    coded('Kenyan and Nigerian protesters demonstrated against the plan.'),
    ['KENCVL KENGOV 141', 'NGACVL NGAGOV 141'],
    'each against its own state, not against each other',
  );
  assert.deepEqual(coded('Iran and Russia met with them on Monday.'), [], 'a pronoun object is someone else');
});

test('an event noun recalled by after/amid/despite/because of is not the subject’s act', () => {
  assert.deepEqual(coded('Pakistan criticized France after attacks on Iran.'), ['PAKGOV FRAGOV 111']);
  assert.deepEqual(coded('Pakistan criticized France because of attacks on Iran.'), ['PAKGOV FRAGOV 111']);
  assert.deepEqual(
    coded("Pakistan criticized France after Iran's attack on Russia."),
    ['PAKGOV FRAGOV 111', 'IRNGOV RUSGOV 190'],
    'a possessor is the noun’s own agent',
  );
  assert.deepEqual(
    coded('Pakistan spoke on Monday after a meeting with Iran.'),
    ['PAKGOV IRNGOV 040'],
    'a "with" partner makes it the subject’s own meeting',
  );
});

test('a courtesy title outside the mention does not hide the preposition before it', () => {
  const coded2 = (text: string) => triples(codeText(text, '2012-06-01', bundledCoder()).events);
  assert.deepEqual(coded2('Mr. Obama went further than Mr. Romney in criticizing the Iranian government.'), [
    'USAGOV IRNGOV 111',
  ]);
});

test('a passive verb finds its "by" agent after a prepositional phrase, not after a comma or verb', () => {
  const coded2 = (text: string) => triples(codeText(text, '2010-05-01', bundledCoder()).events);
  assert.deepEqual(coded2('Two Afghan soldiers were kidnapped near the border by Pakistani militants.'), [
    'PAKREB AFGMIL 181',
  ]);
  assert.deepEqual(
    coded2(
      'Two Afghan soldiers were kidnapped near the border, officials said, quoting Pakistani militants.',
    ),
    [],
  );
});

test('a verb of thinking or arguing, like one of saying, leaves its clause a subject that names no actor: "He figures liberals will push Obama"', () => {
  assert.deepEqual(coded('Iran thinks economists criticized France.'), []);
  assert.deepEqual(coded('Iran argues that farmers criticized France.'), []);
  assert.deepEqual(coded('Iran thinks Pakistan criticized France.'), ['PAKGOV FRAGOV 111']);
});

test('an indefinite subject that names no actor stops the search for a source', () => {
  const coded3 = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(
    coded('Iran said that a woman accused France of treason.'),
    [],
    '"a woman" is the accuser, not Iran',
  );
  assert.deepEqual(coded('Iran said that top clerics criticized France.'), []);
  // a conjunct of such phrases too, but not a list after a comma, which may name actors
  assert.deepEqual(
    coded3(
      'The senator noted that floods and other natural disasters also killed dozens of Pakistani villagers.',
    ),
    [],
    'the speaker is not who did what the clause reports',
  );
  assert.deepEqual(
    coded('Iran, this week accused France of treason.'),
    ['IRNGOV FRAGOV 112'],
    'a time phrase is not the subject',
  );
  assert.deepEqual(
    coded('Iran said the bank had criticized France.'),
    ['IRNGOV FRAGOV 111'],
    'a definite description may name an actor of the story',
  );
  assert.deepEqual(coded('Iran in a statement criticized France.'), ['IRNGOV FRAGOV 111']);
  // so does a name no dictionary knows opening its clause, unless a known actor is in its title
  assert.deepEqual(coded('Iran said that Wekesa criticized France.'), []);
  assert.deepEqual(coded('Iran changed course before Wekesa criticized France.'), []);
  assert.deepEqual(
    triples(
      codeText('Iran said that CIA Director Wekesa criticized France.', '2025-04-08', bundledCoder()).events,
    ),
    ['USASPY FRAGOV 111'],
  );
});

test('an actor right after a verb and before "and" is that verb\'s object, not the next verb\'s subject', () => {
  assert.deepEqual(coded('Iran welcomed Pakistani ministers and criticized France.'), ['IRNGOV FRAGOV 111']);
});

test('a statement naming no partner takes the other side of a talk or call between two countries, nothing else', () => {
  const events = (text: string) =>
    triples(codeText(text, '2025-04-08', bundledCoder()).events).filter((e) => / 03\d*$/.test(e));
  const after = (first: string) =>
    events(`${first} Ishaq Dar reaffirmed his commitment to strengthening the partnership.`);
  assert.deepEqual(after('Pakistani Foreign Minister Ishaq Dar held a phone call with Marco Rubio.'), [
    'PAKGOV USAGOV 030',
  ]);
  assert.deepEqual(
    after('Pakistani Foreign Minister Ishaq Dar criticized India on Monday.'),
    [],
    'criticism is no conversation',
  );
  assert.deepEqual(
    after('Pakistani Foreign Minister Ishaq Dar met Pakistani business leaders.'),
    [],
    'a meeting at home is no partner for a statement',
  );
});

test('a verb after "but has so far" shares the subject of the verb before it', () => {
  assert.deepEqual(
    triples(
      codeText(
        'Iran praised France for its help, but has so far rejected calls from Pakistan to end the talks.',
        '2025-04-08',
        bundledCoder(),
      ).events,
    ),
    ['IRNGOV FRAGOV 051', 'IRNGOV PAKGOV 120'],
  );
});

test("a capital before an event noun is where it is held; a capital's possessive is its government", () => {
  const coded3 = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(coded3('The Paris meeting would also discuss Iranian proposals.'), []);
  assert.deepEqual(coded3("Washington's talks with Iran resumed on Monday."), ['USAGOV IRNGOV 046']);
});

test('the object of a verb is not the doer of an event noun in the phrase after it, unless it was asked to act', () => {
  const coded3 = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(
    coded3('Ishaq Dar told Iranian reporters after a meeting with Marco Rubio that talks would resume.'),
    ['PAKGOV USAGOV 040'],
  );
  assert.deepEqual(coded3('Iran asked the Russian military for an airstrike on the rebels.'), [
    'IRNGOV RUSMIL 020',
    'RUSMIL ---REB 195',
  ]);
});

test('the victims a verb names are not the doers of a compound event noun in the phrase after it', () => {
  const coded3 = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  // "of their own people" is the quantity killed; "an Oct. 3 … attack" is still its adjunct
  assert.deepEqual(
    coded3(
      'Syrian troops were accused of killing 600 of their own people in an Oct. 3 chemical weapons attack on the Damascus suburbs.',
    ).map((t) => t.split(' ')[0]),
    ['SYRMIL'],
  );
});

test('", with" + actor + participle opens a clause of its own: that actor is no target', () => {
  const full = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(full('Iran condemned the strike, with China calling for restraint.'), []);
  assert.deepEqual(full('Iran handed over its arsenal to inspectors, with Russia laying out a plan.'), []);
  assert.deepEqual(full('Iran met with China, with Russia hosting the talks.'), ['IRNGOV CHNGOV 040']);
});

test('a pattern\'s own words before its last one are no target: "voiced opposition to", "sent troops to"', () => {
  const full = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(full('The Belgian minister expressed strong opposition to the plan.'), []);
  assert.deepEqual(full('Russia sent troops into the region.'), []);
  // a pattern's last words may name its target
  assert.deepEqual(full('Syria says it will not accept any more refugees.'), ['SYRGOV ---REF 1223']);
});

test('an actor in the infinitive of a noun after the pattern is that act\'s party: "endorsed a proposal to require France to…"', () => {
  const full = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(full('Spain endorsed a proposal to require France to cut its tariffs.'), []);
  // the pattern's own noun, and a time, keep the target
  assert.deepEqual(full('Spain expressed a desire to work with France.'), ['ESPGOV FRAGOV 030']);
  assert.deepEqual(full('Spain met with France last week to discuss trade.'), ['ESPGOV FRAGOV 040']);
});

test("a battle, fight or clash between one country's politicians is words (111); armed groups and crowds use force", () => {
  const at = (text: string, date: string) => triples(codeText(text, date, bundledCoder()).events);
  assert.deepEqual(at("Obama's long battle with Mitt Romney ended.", '2013-01-01'), ['USAGOV USAELI 111']);
  assert.deepEqual(at('Syrian rebels fought Syrian troops.', '2013-01-01'), ['SYRREB SYRMIL 190']);
  // an assault on a person by the unarmed is words, like an attack
  assert.deepEqual(at("Obama's assault on Mitt Romney continued.", '2012-09-01'), ['USAGOV USAOPP 111']);
});

test('an accusation noun no verb of making governs is no accusation by the clause subject', () => {
  const full = (text: string) => triples(codeText(text, '1987-03-01', bundledCoder()).events);
  assert.deepEqual(
    full('Iran called charges that Iraq had attacked its ships utterly false.').filter((t) =>
      t.startsWith('IRNGOV'),
    ),
    [],
  );
  assert.deepEqual(full('Iran wants the Iraqi pilot returned to face the charges against him.'), []);
  assert.deepEqual(full('Iran leveled charges against Iraq.'), ['IRNGOV IRQGOV 115']);
  assert.deepEqual(full('Iran made a back-handed accusation that Iraq had lied.'), ['IRNGOV IRQGOV 112']);
});

test('a speaker is no subject of a verb in what they report: "Authorities say the Tsarnaevs killed…", "which the UN says has killed…"', () => {
  const full = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(full('Iran says the Tsarnaevs attacked France.'), []);
  assert.deepEqual(full('The war, which Iran says has killed many French soldiers, goes on.'), []);
  // a passive keeps its agent, and a definite description may name an actor of the story
  assert.deepEqual(full('Iran said the plan had been welcomed by France.'), ['FRAGOV IRNGOV 051']);
  assert.deepEqual(full('Iran said the bank had criticized France.'), ['IRNGOV FRAGOV 111']);
});

test('"being" + participle is passive: "feared being invaded by Germany" is Germany\'s act', () => {
  const full = (text: string) => triples(codeText(text, '2025-04-08', bundledCoder()).events);
  assert.deepEqual(full('Belgium feared being invaded by Germany.'), ['DEUGOV BELGOV 190']);
});

test('a purpose clause after a visit has its own objects: "traveled to Oklahoma to console victims"', () => {
  assert.deepEqual(
    triples(
      codeText('Obama traveled to Oklahoma to console victims of the storm.', '2013-05-20', bundledCoder())
        .events,
    ),
    [],
  );
});

test('a passive participle right after a noun no actor names is said of that noun: "a statement supported by Britain"', () => {
  const full = (text: string) => triples(codeText(text, '2013-05-01', bundledCoder()).events);
  assert.deepEqual(full('Russia blocked a press statement supported by Britain.'), ['RUSGOV GBRGOV 129']);
  assert.deepEqual(full('Syria was attacked by Israel.'), ['ISRGOV SYRGOV 190']);
});

test('a purpose clause after a meeting has its own objects: "met to plan their next attack on Obama"', () => {
  const full = (text: string) => triples(codeText(text, '2013-01-10', bundledCoder()).events);
  assert.deepEqual(full('House Republicans met to plan their next attack on President Barack Obama.'), []);
  assert.deepEqual(full('House Republicans met with President Barack Obama to discuss the budget.'), [
    '---LEG USAGOV 040',
  ]);
});

test('an actor after a comma and "and" with its own verb opens a clause and is no target', () => {
  const bundled = (text: string) => bundledTriples(text);
  assert.deepEqual(
    bundled('Japan deployed missile defense batteries, and Chinese tour groups canceled visits.'),
    [],
  );
  // Congress is no target of "attacked"; its own clause codes its rejection of South Vietnam
  assert.deepEqual(
    bundled('North Vietnam attacked the city, and the Democratic Congress turned its back on South Vietnam.'),
    ['---LEG VNMGOV 120'],
  );
  // without the conjunction too
  assert.deepEqual(bundled('Even though Iran criticized the idea, Russian officials praised Turkey.'), [
    'RUSGOV TURGOV 051',
  ]);
  assert.deepEqual(bundled('Iraq rejected the plan, some Syrian officials have criticized Turkey.'), [
    'SYRGOV TURGOV 111',
  ]);
  // an apposition with its reduced relative is still the object
  assert.deepEqual(
    bundled(
      'The Justice Department was investigating Stephen Kim, a former State Department worker accused of leaks.',
    ),
    ['---GOV USAELI 091'],
  );
  // an object after the comma with no verb of its own still is one
  assert.deepEqual(coded('Iranian lawmakers criticized France, and Germany.'), ['IRNLEG FRAGOV 111']);
});

test('what a meeting is "on the sidelines of" is where it met, not whom with', () => {
  const meet = bundledTriples('Kenya and Uganda met on the sidelines of the UN General Assembly.');
  assert.ok(meet.includes('KENGOV UGAGOV 044'), meet.join('; '));
  assert.ok(!meet.some((t) => t.includes('UNO')), meet.join('; '));
  assert.deepEqual(bundledTriples('Kenya met Uganda on the sidelines of the UN General Assembly.'), [
    'KENGOV UGAGOV 044',
  ]);
});

test('a bare "in court" or "in parliament" is where the act takes place, not its target', () => {
  assert.deepEqual(bundledTriples('Pakistani President Zardari refused to defend the law in court.'), []);
  assert.deepEqual(bundledTriples('The Pakistani army fought the move in courts.'), []);
  assert.deepEqual(bundledTriples('Pakistani President Zardari met with Kenyan lawmakers in parliament.'), [
    'PAKGOV KENLEG 040',
  ]);
});

test('the "in" of a hyphenated word is no venue: "sworn-in citizens"', () => {
  assert.deepEqual(bundledTriples('Pakistani President Zardari welcomed newly sworn-in Kenyan lawmakers.'), [
    'PAKGOV KENLEG 051',
  ]);
});

test('the owner of a passive subject that names no actor is the target', () => {
  assert.deepEqual(
    bundledTriples('A temporary camp for Congolese refugees was attacked by Burundian militiamen.'),
    ['BDIREB CODREF 190'],
  );
  assert.deepEqual(
    bundledTriples('Officials said the home of the Iranian ambassador was attacked by Pakistani troops.'),
    ['PAKMIL IRNGOV 190'],
  );
});

test('the deed after "charge … with" is not the charge\'s target', () => {
  assert.deepEqual(
    bundledTriples(
      'Serbia lodged a protest with Albania, charging its neighbor with supporting Kosovar rebels.',
    ),
    ['SRBGOV ALBGOV 114'],
  );
  assert.deepEqual(bundledTriples('Serbia charged Albania with supporting Kosovar rebels.'), [
    'SRBGOV ALBGOV 115',
  ]);
});

test('an actor inside an apposition after its head noun is not the subject; the name before it is', () => {
  assert.deepEqual(
    bundledTriples(
      'The Nigerian Union of Teachers, the umbrella union for primary school teachers, criticized the Nigerian government.',
    ),
    ['NGAEDU NGAGOV 111'],
  );
  assert.deepEqual(
    bundledTriples('Iran, the main backer of Syrian rebels, criticized the Nigerian government.'),
    ['IRNGOV NGAGOV 111'],
  );
});

test('an "as" or "while" clause with its own subject and verb holds no target of the act before it', () => {
  assert.deepEqual(
    bundledTriples(
      'Pakistan threatened sanctions as street battles raged between Iranian troops and Afghan rebels.',
    ),
    [],
  );
  assert.deepEqual(
    bundledTriples(
      'Pakistan suspended aid while the negotiations dragged on between Iranian officials and Afghan rebels.',
    ),
    [],
  );
});

test("a threat of martial law or a curfew is coded 1324 or 1323 and falls on the state's own people", () => {
  assert.deepEqual(
    bundledTriples('The Pakistani government announced that it is prepared to impose martial law.'),
    ['PAKGOV PAKCVL 1324'],
  );
  assert.deepEqual(bundledTriples('The Pakistani government said it would impose a curfew.'), [
    'PAKGOV PAKCVL 1323',
  ]);
});

test('a slot-only pattern takes an actor joined to a noun phrase no mention covers', () => {
  assert.deepEqual(
    bundledTriples(
      'Rwandan rebels announced that President Kagame and his Rwandan Patriotic Front must agree to reforms.',
    ),
    ['RWAREB RWAGOV 100'],
  );
  assert.deepEqual(bundledTriples('Iran said that Saudi Arabia and its Gulf neighbours must stop the war.'), [
    'IRNGOV SAUGOV 100',
  ]);
});

test("a bare verb joined after a relative clause's verb is that clause's, not the main subject's", () => {
  assert.deepEqual(
    bundledTriples(
      'Hungary backed a plan that aims to tighten sanctions and impose a naval blockade against Serbia.',
    ),
    [],
  );
  assert.deepEqual(
    bundledTriples('Iran rejected a plan that would expand the zone and threatened Israel.'),
    ['IRNGOV ISRGOV 130'],
    'a verb with its own tense is joined to the main one',
  );
});

test("a pattern that opens with the actor's own noun takes that actor as its source", () => {
  assert.deepEqual(
    bundledTriples('Police said demonstrators gathered outside the Pakistani embassy in Nairobi.'),
    ['KENCVL PAKGOV 141'],
    'not the subject of the verb before',
  );
  assert.deepEqual(
    bundledTriples(
      'The minister left Nairobi when students and demonstrators gathered outside the Pakistani embassy.',
    ),
    ['---EDU PAKGOV 141', '---CVL PAKGOV 141'],
    'a noun joined by "and" shares no subject with the verb before',
  );
});

test("an act a possessive owns is the possessor's, past describing words, not the clause subject's", () => {
  assert.deepEqual(
    bundledTriples(
      "Kenyan lawmakers came under pressure from Ruto's push for parliament to approve the deal.",
    ),
    ['KENGOV KENLEG 020'],
  );
  assert.deepEqual(
    bundledTriples('Russian officials denounced Ukraine’s new, multipronged attack on Russian troops.'),
    ['RUSGOV UKRGOV 111', 'UKRGOV RUSMIL 190'],
    'the attack is Ukraine’s, whoever denounced it',
  );
});

test('an actor after a preposition of place or circumstance ("near", "amid", "despite", "through") is no subject', () => {
  assert.deepEqual(
    bundledTriples(
      'Protests near the Turkish embassy in Athens went on for days after she issued a warning to Greece.',
    ),
    [],
    'the embassy is where the protests were, not who warned Greece',
  );
  assert.deepEqual(
    bundledTriples('Despite U.S. objections to the plan, Israeli officials criticized Iran.'),
    ['ISRGOV IRNGOV 111'],
  );
});

test('a definite act noun a preposition governs recalls an event: a subject named before other actors did not do it', () => {
  assert.deepEqual(
    bundledTriples(
      'Sen. John Cornyn wrote a letter to Secretary of State John Kerry saying that bioweapons should also be included in the disarmament talks with Syria.',
    ),
    [],
    'Cornyn holds no talks with Syria',
  );
});
