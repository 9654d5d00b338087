import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Recall of verbal conflict (CAMEO roots 09-13 and 16): wordings that report the event
// and that no pattern coded, each with a look-alike that must not code it.
const coded = (text: string) => bundledTriples(text);

test('facing or fending off accusations from an actor: the actor accuses the subject (112)', () => {
  assert.deepEqual(coded('Israel faced accusations from Iran over the explosion.'), ['IRNGOV ISRGOV 112']);
  assert.deepEqual(coded('Turkey has fended off accusations from Greece that it violated the airspace.'), [
    'GRCGOV TURGOV 112',
  ]);
  // attacks fended off are not words: no accusation is coded
  assert.deepEqual(
    coded('Israel had to fend off attacks from Hamas.').filter((t) => t.endsWith(' 112')),
    [],
  );
});

test('enduring, deflecting or shrugging off criticism from an actor: the actor criticizes the subject (111)', () => {
  assert.deepEqual(coded('The Kremlin shrugged off criticism from Germany.'), ['DEUGOV RUSGOV 111']);
  assert.deepEqual(coded('Hungary has endured a wave of criticism from Sweden over the law.'), [
    'SWEGOV HUNGOV 111',
  ]);
  // criticism of the subject by nobody named: no event
  assert.deepEqual(coded('Hungary has endured a wave of criticism over the law.'), []);
});

test('giving an actor a warning to/against/over something is a threat; giving no warning is not', () => {
  assert.deepEqual(coded('India gave Pakistan a stern warning over the shelling.'), ['INDGOV PAKGOV 130']);
  assert.deepEqual(coded('Japan gave North Korea a final warning.'), ['JPNGOV PRKGOV 139']);
  assert.deepEqual(coded('Chile gave Peru no warning before the vote.'), []);
});

test('giving an actor a deadline is a demand', () => {
  assert.deepEqual(coded('Britain gave Russia a deadline to explain the poisoning.'), ['GBRGOV RUSGOV 100']);
  // a deadline the subject sets itself names no target
  assert.deepEqual(coded('Britain gave itself a deadline to finish the review.'), []);
});

test('announcing a suspension or cut of aid to an actor reduces aid (162), not aid (070)', () => {
  assert.deepEqual(coded('Denmark announced a suspension of aid to Egypt.'), ['DNKGOV EGYGOV 162']);
  assert.deepEqual(coded('Washington announced a cut in military aid to Egypt.'), ['USAGOV EGYGOV 1622']);
  assert.deepEqual(coded('Denmark announced new aid to Egypt.'), ['DNKGOV EGYGOV 070']);
});

test('scoffing at an actor (or its words), panning its plan and lecturing it are criticism (111)', () => {
  assert.deepEqual(coded("Germany scoffed at Italy's proposal."), ['DEUGOV ITAGOV 111']);
  assert.deepEqual(coded('Germany scoffed at the idea.'), []);
  assert.deepEqual(coded("Germany panned Italy's budget plan."), ['DEUGOV ITAGOV 111']);
  assert.deepEqual(coded('China lectured the United States about its trade deficit.'), ['CHNGOV USAGOV 111']);
  // a lecture to people who are not political actors codes nothing
  assert.deepEqual(coded('The Chinese professor lectured students on history.'), []);
});
