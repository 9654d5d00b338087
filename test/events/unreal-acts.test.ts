// Acts the sentence does not report as done: an ability ("is able to"), a judgement of the act
// ("it is better to"), a condition ("so long as"), a series under one modal ("could emerge …,
// survey … and agree"), an act refrained from or avoided.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

const code = (text: string, published = '2013-09-01') => bundledTriples(text, published);

test('"is able to" and "will be able to" are abilities, not acts', () => {
  assert.deepEqual(code('Obama says he will be able to work with Congress to pass a resolution.'), []);
  assert.deepEqual(code('The Senate committee is able to criticize the White House.'), []);
});

test('a past "was able to" or "have been able to" reports the act done', () => {
  assert.deepEqual(code('The Senate committee was able to criticize the White House.'), [
    '---LEG USAGOV 111',
  ]);
  assert.deepEqual(code('Obama will work with Congress to pass a resolution.'), ['USAGOV USALEG 031']);
});

test('an act judged with "it is … to" is not done', () => {
  assert.deepEqual(
    code('Secretary of State John Kerry said it was important to meet with Iranian leaders.'),
    [],
  );
  assert.deepEqual(code('A spokesman for Boehner said it would be premature to criticize Obama.'), []);
  assert.deepEqual(code('Secretary of State John Kerry said it is time to impose sanctions on Russia.'), []);
  assert.deepEqual(code('Secretary of State John Kerry met with Iranian leaders.'), ['USAGOV IRNGOV 040']);
});

test('an act after "so long as", "as long as", "on condition that" is a condition', () => {
  assert.deepEqual(
    code(
      'Reid said Democratic leaders offered Boehner "a lifeline" by setting up negotiations so long as the House agrees to reopen the government first.',
    ),
    [],
  );
  assert.deepEqual(
    code(
      'Today is the end of a two-week-long Iraqi moratorium on air raids declared on condition that Iran stop attacking Iraqi territory and shelling its towns.',
      '1987-03-01',
    ),
    [],
  );
  assert.deepEqual(code('John Yoo said detainees will stay as long as the U.S. is fighting al Qaeda.'), []);
});

test('"as long as" a length of time is no condition', () => {
  assert.deepEqual(code('Iran fought Iraq for as long as eight years.'), ['IRNGOV IRQGOV 190']);
});

test('a modal reaches every member of a series of base-form verbs', () => {
  assert.deepEqual(
    code(
      'In theory, Assad could emerge from his bunker, survey a broken war machine and agree to leave power as the White House for months has said he must do.',
    ),
    [],
  );
  assert.deepEqual(code('The senator said Iran could walk away, reject the deal and attack Israel.'), []);
});

test('a series of past acts stays coded', () => {
  assert.deepEqual(code('Obama flew to Berlin, met Merkel and signed a trade deal.'), [
    'USAGOV DEUGOV 042',
    'USAGOV DEUGOV 040',
    'USAGOV DEUGOV 057',
  ]);
});

test('an event noun refrained from, avoided or done without is not done', () => {
  assert.deepEqual(code('Rand Paul refrained from attacks on the White House.'), []);
  assert.deepEqual(code('President Obama decided to strike Syria without consultations with Congress.'), [
    'USAGOV SYRGOV 138',
  ]);
  assert.deepEqual(code('Rand Paul led attacks on the White House.'), ['USALEG USAGOV 111']);
});

test('an event noun in doubt as the object of the pattern verb is only possible', () => {
  assert.deepEqual(code('Britain is conducting possible future military operations against Syria.'), []);
  assert.deepEqual(code('Britain is conducting military operations against Syria.'), ['GBRGOV SYRGOV 190']);
});

test('an indefinite event noun with a participle, subject of "would have", is only possible', () => {
  assert.deepEqual(
    code('Zawahiri sensed the impact that a deferred U.S. attack on Assad would have on the rebels.'),
    [],
  );
});

test('a "would" or "will" act under "I expect", "I think" is a prediction of the one quoted', () => {
  assert.deepEqual(code('"I expect Obama would meet with Putin," McCain said.'), []);
  assert.deepEqual(code('"I think Obama will meet with Putin," McCain said.'), []);
  assert.deepEqual(code('"Obama will meet with Putin," McCain said.'), ['USAGOV RUSGOV 036']);
});

test('an act in a clause under a negated verb of belief or showing is not asserted', () => {
  assert.deepEqual(code('Russian officials do not think the Syrian army attacked the rebels.'), []);
  assert.deepEqual(code("Obama didn't give any indication that he actually met with Putin."), []);
  assert.deepEqual(code('Russian officials think the Syrian army attacked the rebels.'), [
    'SYRMIL ---REB 190',
  ]);
  assert.deepEqual(code('Obama gave an indication that he met with Putin.'), ['USAGOV RUSGOV 040']);
});

test('a present tense in a "when"-clause of a weekday to come is announced, like "will meet"', () => {
  assert.deepEqual(
    code(
      'When President Barack Obama meets Monday with Russian President Vladimir Putin, both leaders will be under huge pressure.',
      '2013-06-15',
    ),
    ['USAGOV RUSGOV 036'],
  );
  assert.deepEqual(
    code(
      'When President Barack Obama met Monday with Russian President Vladimir Putin, both leaders were under huge pressure.',
      '2013-06-15',
    ),
    ['USAGOV RUSGOV 040'],
  );
});

test('a "would" in a clause of "because" or "before" is supposed, not announced', () => {
  assert.deepEqual(
    code(
      'The Obama administration has said there is no point in waiting for the UN because Russia would veto any proposed punishment for Syria.',
    ),
    [],
  );
  assert.deepEqual(code('Congress wanted more time before Obama would meet with Putin.'), []);
  assert.deepEqual(code('Russia said it would veto any proposed punishment for Syria.'), [
    'RUSGOV SYRGOV 129',
  ]);
});
