// Announced acts (src/events/announced-only.ts, help.ts, predicted.ts): "will attack", "plans to
// attack" are threats of force (138), "will help" an intention to give aid (033); a bare
// "attack" that is not announced, help to a person or party, and a third party's prediction
// code nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledCoder, codeText } from '../helpers/coder.ts';

const events = (text: string, date = '2013-06-01') =>
  codeText(text, date, bundledCoder()).events.map((e) => `${e.source} ${e.cameo} ${e.target}`);

test('an announced attack is a threat of force', () => {
  assert.deepEqual(events('Iran will attack Israel.'), ['IRNGOV 138 ISRGOV']);
  assert.deepEqual(events('Iran said it would attack Israel.'), ['IRNGOV 138 ISRGOV']);
  assert.deepEqual(
    events(
      'The Obama administration seems to be waiting for top allies -- like Britain and France -- to get on board before advancing with any plans to attack Syria.',
    ),
    ['USAGOV 138 SYRGOV'],
  );
});

test('a bare "attack" not announced, negated or possible codes nothing', () => {
  assert.deepEqual(
    events('The GOP had already started to attack Senate Democrats who voted for the 2010 law.'),
    [],
  );
  assert.deepEqual(
    events(
      'Her boss had called them the enemy of the American people and used Twitter to attack individual journalists by name.',
    ),
    [],
  );
  assert.deepEqual(events('Iran will not attack Israel.'), []);
  assert.deepEqual(events('Iran could attack Israel.'), []);
});

test('an announced attack on a politician is words, not a threat', () => {
  assert.deepEqual(events('Romney will attack Obama on taxes.', '2012-06-01'), []);
});

test('a prediction by pundits or another party is not the actor announcing', () => {
  assert.deepEqual(events('Analysts say Iran will attack Israel.'), []);
  assert.deepEqual(events('Iran will attack Israel, analysts said.'), []);
  assert.deepEqual(events('U.S. officials believe Iran would invade Iraq.'), []);
  assert.deepEqual(events('Israeli officials anticipate Iran will attack Israel.'), []);
  assert.deepEqual(events('Few in Washington foresee that Iran would invade Iraq.'), []);
  // a refusal another party foresees is no refusal: "will not negotiate" is the actor's word only
  assert.deepEqual(events('Analysts do not expect Iran will negotiate with the United States.'), []);
  assert.deepEqual(events('Iran will not negotiate with Israel, analysts said.'), []);
  assert.deepEqual(events('Western diplomats do not believe Russia will cooperate with Ukraine.'), []);
  assert.deepEqual(events("Iran's foreign minister believes Iran will not negotiate with Israel."), [
    'IRNGOV 125 ISRGOV',
  ]);
  // a report by sources is the news itself
  assert.deepEqual(
    events(
      'Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border dispute between the two West African neighbors, diplomatic sources said on Wednesday.',
      '1987-04-01',
    ),
    ['GMBGOV 036 MRTGOV', 'GMBGOV 036 SENGOV'],
  );
});

test('"help" between states is aid, announced an intention to aid', () => {
  assert.deepEqual(
    events(
      'Venezuela would lend 50,000 barrels per day of crude for a total of up to to 7.5 mln barrels to help Ecuador meet export commitments, Espinosa said.',
      '1987-03-01',
    ),
    ['VENGOV 070 ECUGOV'],
  );
  assert.deepEqual(
    events(
      "The United States helps Egypt in part because it's one of only two Arab countries -- along with Jordan -- that made peace with Israel.",
    ),
    ['USAGOV 070 EGYGOV'],
  );
  assert.deepEqual(events('France will help Mali.'), ['FRAGOV 033 MLIGOV']);
  assert.deepEqual(events('France wants to help Mali.'), ['FRAGOV 033 MLIGOV']);
});

test('"help" to a person, party or people is no aid', () => {
  assert.deepEqual(events('The CIA has concluded Russia intervened to help Trump win.', '2016-12-12'), []);
  assert.deepEqual(events('Obama to help Democrats ahead of the 2014 elections.'), []);
  assert.deepEqual(
    events(
      'Obama planned to speak about new efforts to help Americans receiving insurance cancellation notices.',
    ),
    [],
  );
});

test('"help" governs no later act', () => {
  assert.deepEqual(
    events('Obama has been helped by his successful order to kill Osama bin Laden.', '2012-09-12'),
    ['USAGOV 190 IMGELI'],
  );
});

test('"strike" and "bomb" an actor: coded only when announced', () => {
  assert.deepEqual(events('Iran will strike Israel.'), ['IRNGOV 138 ISRGOV']);
  assert.deepEqual(events('Iran will bomb Israel.'), ['IRNGOV 1384 ISRGOV']);
  assert.deepEqual(
    events(
      'As top U.S. military leadership approved a plan to strike ISIS in Syria, the Senate on Thursday gave final congressional approval.',
      '2014-09-19',
    ),
    ['USAMIL 138 IMGREB'],
  );
  assert.deepEqual(events('Even regional allies disagree, which is why Turkey continues to bomb Kurds.'), []);
  assert.deepEqual(events('Iran struck back at Israel.'), ['IRNGOV 190 ISRGOV']);
});
