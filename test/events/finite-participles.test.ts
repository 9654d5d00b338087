import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verbalParticiple } from '../../src/events/participles.ts';
import type { Pos, Token } from '../../src/model/index.ts';
import { bundledTriples } from '../helpers/coder.ts';
import { voice } from '../helpers/voice.ts';

const coded = (text: string) => bundledTriples(text);

const LEMMAS: Record<string, string> = { has: 'have', had: 'have', was: 'be', were: 'be' };

/** Tokens from `word/POS` pairs: the tagger's readings pinned, whatever its version does. */
function tagged(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((pair) => {
    const cut = pair.lastIndexOf('/');
    const word = pair.slice(0, cut);
    const lower = word.toLowerCase();
    const t: Token = {
      text: word,
      lower,
      lemma: LEMMAS[lower] ?? lower,
      pos: pair.slice(cut + 1) as Pos,
      sentence: 0,
      start,
      end: start + word.length,
    };
    start += word.length + 1;
    return t;
  });
}

function taggedVoice(text: string, word: string): string | undefined {
  const tokens = tagged(text);
  const i = tokens.findIndex((t) => t.lower === word);
  return verbalParticiple(tokens, i, 0, tokens.length);
}

test('an -ed word tagged ADJ or NOUN between its subject and object is the finite verb', () => {
  assert.equal(voice('ISIS beheaded a Japanese hostage.', 'beheaded'), 'active');
  assert.equal(voice('Saudi Arabia blockaded Qatar in 2017.', 'blockaded'), 'active');
  assert.equal(voice('Police apprehended the lone suspect in Karachi.', 'apprehended'), 'active');
  assert.equal(
    taggedVoice('Hamas/PROPN abducted/NOUN two/NUM Israeli/PROPN soldiers/NOUN', 'abducted'),
    'active',
  );
  assert.equal(taggedVoice('he/PRON offended/ADJ the/DET British/PROPN', 'offended'), 'active');
  assert.equal(taggedVoice('leaders/NOUN quelled/ADJ street/NOUN protests/NOUN', 'quelled'), 'active');
});

test('an -ed word after have, an adverb between, is the finite verb', () => {
  assert.equal(
    taggedVoice('Iran/PROPN has/AUX long/ADJ pressured/ADJ Pakistan/PROPN', 'pressured'),
    'active',
  );
  assert.equal(taggedVoice('Iran/PROPN has/AUX long/ADJ accused/NOUN Israel/PROPN', 'accused'), 'active');
  assert.equal(taggedVoice('China/PROPN has/AUX accused/NOUN Taiwan/PROPN', 'accused'), 'active');
});

test('adjectives and nouns that look like finite verbs stay out', () => {
  assert.equal(voice('The alleged attack angered Pakistan.', 'alleged'), undefined);
  assert.equal(voice('The accused denied the charges.', 'accused'), undefined);
  assert.equal(voice("Obama's heated exchange with Putin drew attention.", 'heated'), undefined);
  assert.equal(taggedVoice('a/DET failed/ADJ coup/NOUN rocked/VERB Turkey/PROPN', 'failed'), undefined);
  assert.equal(taggedVoice('Armed/ADJ groups/NOUN attacked/VERB the/DET village/NOUN', 'armed'), undefined);
  assert.equal(taggedVoice('the/DET Syrian/PROPN Armed/ADJ Forces/PROPN', 'armed'), undefined, 'a name');
  assert.equal(taggedVoice('the/DET United/ADJ Nations/PROPN', 'united'), undefined, 'a name');
  // the noun phrase before is an object, not a subject
  assert.equal(taggedVoice('offered/VERB Ukraine/PROPN armed/ADJ drones/NOUN', 'armed'), undefined);
  assert.equal(
    taggedVoice('gave/VERB his/PRON aides/NOUN detailed/ADJ directions/NOUN', 'detailed'),
    undefined,
  );
  // not an object after the verb
  assert.equal(taggedVoice('Clinton/PROPN detailed/ADJ what/PRON she/PRON knew/VERB', 'detailed'), undefined);
  assert.equal(taggedVoice('Latin/PROPN America/PROPN liberated/ADJ itself/PRON', 'liberated'), undefined);
});

test('finite -ed verbs tagged ADJ code their events', () => {
  assert.deepEqual(coded('ISIS beheaded a Japanese hostage.'), ['IMGREB JPNGOV 180']);
  assert.deepEqual(coded('Saudi Arabia blockaded Qatar in 2017.'), ['SAUGOV QATGOV 191']);
  assert.deepEqual(coded('Police apprehended the lone suspect in Karachi.'), ['PAKCOP PAKCVL 173']);
  assert.deepEqual(coded('The United States have long accused Iran.'), ['USAGOV IRNGOV 112']);
});

test('a noun reading of an -ed verb form after a determiner is no act: "the accused"', () => {
  assert.deepEqual(coded('Iran released the accused American journalist.'), ['IRNGOV USAJRN 0841']);
  assert.deepEqual(coded('Lawyers for the accused Pakistani spy met on Monday.'), []);
  assert.deepEqual(coded('The accused told the court that Iran paid him.'), []);
  assert.deepEqual(coded('The alleged attack angered Pakistan.'), []);
  assert.deepEqual(coded('The United Nations condemned the attack.'), []);
});

test('a noun-tagged -ed form before its by-agent is a passive', () => {
  assert.deepEqual(coded('Two Pakistani teachers abducted by the Taliban were freed.'), [
    'AFGGOV PAKEDU 181',
  ]);
});

test('a floating quantifier may stand between the subject or auxiliary and the verb', () => {
  assert.equal(
    taggedVoice('Israel/PROPN and/CCONJ Hamas/PROPN each/DET accused/NOUN the/DET other/ADJ', 'accused'),
    'active',
  );
  assert.equal(
    taggedVoice(
      'Russia/PROPN and/CCONJ Turkey/PROPN have/AUX each/DET accused/NOUN the/DET other/ADJ',
      'accused',
    ),
    'active',
  );
  assert.equal(
    taggedVoice(
      'ISIS/PROPN militants/NOUN abducted/NOUN at/ADP least/ADV 220/NUM Assyrians/PROPN',
      'abducted',
    ),
    'active',
  );
  assert.deepEqual(coded('Russia and Turkey have each accused the other of supporting terrorism.'), [
    'RUSGOV TURGOV 1123',
  ]);
  assert.deepEqual(coded('ISIS militants abducted at least 220 Assyrians in Syria.'), ['IMGREB SYRCVL 181']);
});

test('"the accused", "10 accused of" are people, not an accusation', () => {
  assert.deepEqual(coded('The United States will freeze the assets of the accused Russians.'), [
    'USAGOV RUSCVL 1312',
  ]);
  assert.deepEqual(coded('The court freed 10 accused of spying for Iran.'), ['---JUD IRNGOV 0841']);
});

test('a particle may stand between an -ed verb tagged ADJ and its object: "rounded up dozens"', () => {
  assert.equal(
    taggedVoice('Police/NOUN rounded/ADJ up/ADP dozens/NOUN of/ADP protesters/NOUN', 'rounded'),
    'active',
  );
  assert.equal(taggedVoice('troops/NOUN sealed/ADJ off/ADP the/DET border/NOUN', 'sealed'), 'active');
  // the particle ends the clause: no object, no finite reading
  assert.equal(taggedVoice('Police/NOUN rounded/ADJ up/ADP ./PUNCT', 'rounded'), undefined);
  assert.deepEqual(coded('Egyptian police rounded up dozens of protesters.'), ['EGYCOP EGYCVL 173']);
});
