import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledTriples } from '../helpers/coder.ts';

// Wordings of material conflict (CAMEO roots 14, 15, 17, 18, 19, 20) added to dictionaries/verbs,
// each with a look-alike that must not code the same act.
const coded = (text: string) => bundledTriples(text);
const codes = (text: string) => coded(text).map((t) => t.split(' ')[2]);

test('repel, repulse or crush a counter-attack or an attack: conventional force (190) against its author', () => {
  assert.deepEqual(coded('Sudanese troops repulsed a South Sudanese counter-attack.'), ['SDNMIL SSDGOV 190']);
  assert.deepEqual(coded('Ethiopian troops crushed an Eritrean offensive near the border.'), [
    'ETHMIL ERIGOV 190',
  ]);
  // a landslide win over a rival is no battle
  assert.deepEqual(codes('The Kenyan president crushed his rival in the election.'), []);
});

test('fight off an actor right after the verb is a fight (190); fight off a challenge is not', () => {
  assert.deepEqual(coded('Chadian troops fought off the Libyan forces.'), ['TCDMIL LBYMIL 190']);
  assert.deepEqual(codes('The Kenyan senator fought off a challenge from the opposition.'), []);
});

test('trade fire (with): a symmetric exchange of fire (190); trading shots is a war of words', () => {
  assert.deepEqual(coded('Thai troops traded fire with Cambodian soldiers on Monday.'), [
    'THAMIL KHMMIL 190',
  ]);
  assert.deepEqual(coded('Armenia and Azerbaijan traded fire overnight.'), ['ARMGOV AZEGOV 190']);
  assert.ok(
    !codes('The French president and the German chancellor traded shots over the budget.').includes('190'),
  );
});

test('skirmish with: a clash (190, symmetric)', () => {
  assert.deepEqual(coded('Indian soldiers skirmished with Chinese troops in Ladakh.'), ['INDMIL CHNMIL 190']);
});

test('shoot, send or rain rockets at, into or on an actor: artillery and rockets (194); sent to is aid', () => {
  assert.deepEqual(coded('Hezbollah shot dozens of rockets at Israel.'), ['LBNREB ISRGOV 194']);
  assert.deepEqual(coded('Hamas rained rockets on Israel.'), ['PSEREB ISRGOV 194']);
  assert.deepEqual(codes('Hezbollah sent hundreds of rockets into Israel.'), ['194']);
  assert.deepEqual(coded('The United States sent missiles to Ukraine.'), ['USAGOV UKRGOV 072']);
});

test('launch drones at an actor: a drone attack (1952); launching a drone program is not', () => {
  assert.deepEqual(coded('Houthi rebels launched drones at Saudi Arabia.'), ['YEMREB SAUGOV 1952']);
  assert.deepEqual(codes('Turkey launched a drone program with Qatar.'), []);
});

test('disperse an actor, open fire to disperse: violent repression (175), not plain shooting', () => {
  assert.deepEqual(coded('Egyptian police dispersed Muslim Brotherhood supporters.'), ['EGYCOP EGYOPP 175']);
  assert.deepEqual(codes('Kenyan police opened fire to disperse opposition protesters.'), ['175']);
  assert.deepEqual(codes('The Kenyan government dispersed the aid among its regions.'), []);
});

test('march or rally in a place against an actor: a demonstration (141); a currency rallying is not', () => {
  assert.deepEqual(coded('Greek protesters marched in Athens against the German chancellor.'), [
    'GRCCVL DEUGOV 141',
  ]);
  assert.deepEqual(coded('Kenyan opposition supporters rallied in Nairobi against President Ruto.'), [
    'KENOPP KENGOV 141',
  ]);
  assert.deepEqual(codes('The dollar rallied in Tokyo against the yen.'), []);
});

test('fire a missile over an actor: a show of force (150); over the weekend is a time', () => {
  assert.deepEqual(coded('North Korea fired a ballistic missile over Japan.'), ['PRKGOV JPNGOV 150']);
  assert.deepEqual(codes('North Korea fired missiles over the weekend.'), []);
});

test('troops sent or massed on the border with an actor: that neighbour is the target of the buildup (154)', () => {
  assert.deepEqual(coded('Russia massed troops on the border with Ukraine.'), ['RUSGOV UKRGOV 154']);
  assert.deepEqual(coded('Turkey sent tanks to its border with Syria.'), ['TURGOV SYRGOV 154']);
  assert.deepEqual(codes('Kenya deployed engineers to the border with Somalia.'), []);
});

test('live ammunition fired at protesters is repression (175); at soldiers it is small-arms fire (193)', () => {
  assert.deepEqual(coded('Bahraini police fired live ammunition at Shiite protesters.'), [
    'BHRCOP BHRCVL 175',
  ]);
  assert.deepEqual(coded('Hamas gunmen fired live ammunition at Israeli soldiers.'), ['PSEREB ISRMIL 193']);
});

test('the border with a region-qualified neighbour still names it as the target (154)', () => {
  assert.deepEqual(coded('Russia stationed 40,000 troops on the border with eastern Ukraine.'), [
    'RUSGOV UKRGOV 154',
  ]);
});

test('strike or hit an airbase, reactor or launchers: conventional force (190); strike headquarters of a labour strike are not', () => {
  assert.deepEqual(coded('Israel struck a Syrian military airbase.'), ['ISRGOV SYRGOV 190']);
  assert.deepEqual(coded('Israeli jets hit Hamas rocket launchers in Gaza.'), ['ISRMIL PSEREB 190']);
  assert.deepEqual(codes('The Brazilian union spokesman spoke at strike headquarters in Rio.'), []);
});

test('capture paratroopers or marines (181), capture ships (1711, as seize); cameras capturing troops do nothing', () => {
  assert.deepEqual(coded('Ukrainian forces captured ten Russian paratroopers.'), ['UKRMIL RUSMIL 181']);
  assert.deepEqual(coded('The Iranian navy captured two US Navy boats.'), ['IRNMIL USAMIL 1711']);
  assert.deepEqual(codes('Satellite images captured North Korean troops marching.'), []);
});

test('force, send or drive an actor into exile: expulsion (174) by the subject; a war forcing people into exile names no source', () => {
  assert.deepEqual(coded('Iran forced the Iranian opposition leader into exile.'), ['IRNGOV IRNOPP 174']);
  assert.deepEqual(coded('The Chilean government sent the Chilean opposition leader into exile.'), [
    'CHLGOV CHLOPP 174',
  ]);
  assert.deepEqual(codes('The war forced millions of Syrians into exile.'), []);
});

test('attack websites, servers or computers: a cyber attack (176), not military force; an attack taken off a website is none', () => {
  assert.deepEqual(coded('Russian hackers attacked Estonian government websites.'), ['RUSCRM ESTGOV 176']);
  assert.deepEqual(coded('Chinese hackers attacked the computers of the Indian defence ministry.'), [
    'CHNCRM INDGOV 176',
  ]);
  assert.deepEqual(codes('The Iowa candidate removed an attack on Russia from his website.'), []);
});

test('clash on a day or again with: as "clash with" (190, 145 with police); political clashes stay guarded', () => {
  assert.deepEqual(coded('Thai troops clashed again with Cambodian soldiers.'), ['THAMIL KHMMIL 190']);
  assert.deepEqual(codes('Egyptian protesters clashed Thursday with Egyptian police in Cairo.'), ['145']);
  assert.deepEqual(codes('Obama clashed again with Republicans over the budget.'), []);
});

test('warning shots: a show of force (150) toward an actor, repression (175) to disperse, nothing when sent "to" a rival', () => {
  assert.deepEqual(coded('China fired warning shots at Vietnamese fishing boats.'), ['CHNGOV VNMGOV 150']);
  assert.deepEqual(codes('Yemeni forces fired warning shots to disperse Yemeni protesters.'), ['175']);
  assert.deepEqual(codes('The French president fired a warning shot to Germany over the budget.'), []);
});
