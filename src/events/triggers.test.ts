import { test } from 'node:test';
import assert from 'node:assert/strict';
import dutch from '../lang/nl/triggers.json' with { type: 'json' };
import { triggersFor, validateTriggers, type TriggerEntry } from './triggers.js';

const nl = triggersFor('nl');
const find = (key: string, match: (e: TriggerEntry) => boolean = () => true): TriggerEntry | undefined =>
  nl.byKey.get(key)?.find(match);
const withOne = (raw: Record<string, unknown>): unknown => ({ language: 'nl', entries: [raw] });
const base = { lemma: 'aan|vallen', pos: 'verb', type: 'ASSAULT', cameo: '190', roles: { subject: 'source', object: 'target' } };

test('Dutch separable verbs are keyed by their joined lemma and keep particle and stem', () => {
  const attack = find('aanvallen', (e) => e.with.length === 0)!;
  assert.deepEqual([attack.particle, attack.stem, attack.type, attack.cameo], ['aan', 'vallen', 'ASSAULT', '190']);
  assert.ok(attack.unless.includes('sport'), "a football team 'valt aan'");
  assert.equal(find('oproepen')!.type, 'REQUEST');
});

test("'dreigen met' is a threat, with modes from its complement; 'dreigt te' is excluded", () => {
  const entries = nl.byKey.get('dreigen')!;
  const sanction = entries.find((e) => e.prep === 'met' && e.with.includes('sanctie'))!;
  assert.deepEqual([sanction.type, sanction.mode], ['THREATEN', 'restrict']);
  const violence = entries.find((e) => e.with.includes('geweld'))!;
  assert.equal(violence.mode, 'violence');
  for (const entry of entries.filter((e) => e.with.length === 0)) assert.ok(entry.unless.includes('te-infinitive'));
  assert.ok(entries.indexOf(sanction) < entries.findIndex((e) => e.with.length === 0), 'specific entries come first');
});

test('reflexives, verb+noun idioms and nominalisations', () => {
  const retreat = find('terugtrekken', (e) => e.reflexive && e.with.length === 0)!;
  assert.deepEqual([retreat.type, retreat.mode], ['RETREAT', 'withdraw']);
  const treaty = find('terugtrekken', (e) => e.reflexive && e.with.includes('verdrag'))!;
  assert.equal(treaty.type, 'SANCTION');
  assert.equal(find('lezen', (e) => e.with.includes('les'))!.type, 'ACCUSE');
  assert.equal(find('wijzen', (e) => e.prep === 'op')!.type, 'THREATEN');
  assert.deepEqual([find('telefoongesprek')!.type, find('telefoongesprek')!.mode], ['CONSULT', 'phone']);
  assert.equal(find('sanctie')!.type, 'SANCTION');
  assert.equal(find('invasie')!.roles.get('prep:van'), 'target');
  assert.equal(find('steun', (e) => e.with.length === 0)!.type, 'SUPPORT');
  assert.equal(find('steun', (e) => e.with.includes('militair'))!.type, 'AID');
});

test("hosting: for 'ontvangen' the subject is the host (target) and the object the visitor (source)", () => {
  const host = find('ontvangen')!;
  assert.equal(host.roles.get('subject'), 'target');
  assert.equal(host.roles.get('object'), 'source');
});

test('validation names the entry and the problem', () => {
  assert.throws(() => validateTriggers(withOne({ ...base, type: 'ATTACK' }), 'nl'), /entry 0 \(aan\|vallen\): unknown PLOVER type "ATTACK"/);
  assert.throws(() => validateTriggers(withOne({ ...base, mode: 'phone' }), 'nl'), /ASSAULT has no mode "phone"/);
  assert.throws(() => validateTriggers(withOne({ ...base, cameo: '040' }), 'nl'), /CAMEO 040 is CONSULT, not ASSAULT/);
  assert.throws(() => validateTriggers(withOne({ ...base, roles: { object: 'target' } }), 'nl'), /no slot gives the source/);
  assert.throws(() => validateTriggers(withOne({ ...base, roles: { possessor: 'source' } }), 'nl'), /slot 'possessor'/);
  assert.throws(() => validateTriggers(withOne({ ...base, unless: ['weekend'] }), 'nl'), /unknown negative context 'weekend'/);
  assert.throws(() => validateTriggers(withOne({ ...base, pos: 'noun', roles: { possessor: 'source' } }), 'nl'), /only verbs have separable particles/);
  assert.throws(() => validateTriggers(withOne({ ...base, lemma: 'Aanvallen' }), 'nl'), /lower-case word/);
  assert.throws(() => validateTriggers(withOne({ ...base, colour: 'red' }), 'nl'), /unknown field 'colour'/);
  assert.throws(() => validateTriggers({ language: 'nl', entries: [base, base] }, 'nl'), /listed twice/);
  assert.throws(() => validateTriggers(dutch, 'en'), /language is "nl", expected 'en'/);
  assert.throws(() => triggersFor('xx'), /no trigger data for language 'xx'/);
});

test('English triggers derived from PETRARCH2 follow PLOVER: hand checks, appeals as requests, hosts as targets', () => {
  const en = triggersFor('en');
  const plain = (key: string) => en.byKey.get(key)?.find((e) => e.prep === '' && e.with.length === 0);
  assert.equal(plain('reject')!.type, 'REJECT');
  assert.deepEqual([plain('resign')!.type, plain('resign')!.mode], ['RETREAT', 'resign']);
  assert.equal(plain('urge')!.type, 'REQUEST');
  assert.equal(plain('ask')!.type, 'REQUEST', 'CAMEO 02 appeals read as 10 demands');
  assert.deepEqual([plain('meet')!.type, plain('visit')!.mode], ['CONSULT', 'visit']);
  assert.equal(plain('host')!.roles.get('subject'), 'target');
  assert.equal(plain('attack')!.type, 'ASSAULT');
  assert.equal(plain('say'), undefined, 'statements (CAMEO 01) are not events');
});
