import { test } from 'node:test';
import assert from 'node:assert/strict';
import raw from './data/plover.json' with { type: 'json' };
import { PLOVER_TYPES } from '../doc/article.js';
import { cameoCode, cameoFor, isPloverMode, isPloverType, ontology, ploverScore, validateOntology } from './ontology.js';

const copy = (): Record<string, any> => JSON.parse(JSON.stringify(raw));

test('the ontology has the 16 types of the manual, each with a definition and a quad category', () => {
  const { types } = ontology();
  assert.deepEqual([...types.keys()], [...PLOVER_TYPES]);
  assert.equal(types.get('COOPERATE')!.quad, 'material-cooperation');
  assert.equal(types.get('THREATEN')!.quad, 'verbal-conflict');
  assert.equal(types.get('SANCTION')!.requiresRecipient, true);
  assert.equal(types.get('ASSAULT')!.requiresRecipient, false);
  assert.match(types.get('CONSULT')!.definition, /consultations and meetings/);
});

test('modes come from the manual, including ones the CAMEO table lacks', () => {
  assert.deepEqual(
    ontology().types.get('CONSULT')!.modes.map((m) => m.name),
    ['visit', 'third-party', 'multilateral', 'phone'],
  );
  assert.ok(isPloverMode('RETREAT', 'resign'));
  assert.ok(isPloverMode('THREATEN', 'violence'));
  assert.ok(!isPloverMode('THREATEN', 'visit'));
  assert.ok(!isPloverMode('AGREE', ''));
  assert.ok(isPloverType('PROTEST') && !isPloverType('DEMAND'));
});

test('CAMEO codes map to PLOVER type, mode and Goldstein score', () => {
  assert.deepEqual(
    { type: cameoCode('041')!.type, mode: cameoCode('041')!.mode, goldstein: cameoCode('041')!.goldstein },
    { type: 'CONSULT', mode: 'phone', goldstein: 1 },
  );
  assert.equal(cameoCode('1384')!.type, 'THREATEN');
  assert.equal(cameoCode('1384')!.mode, 'violence');
  assert.equal(cameoCode('0871')!.type, 'RETREAT');
  assert.equal(cameoCode('186')!.mode, 'targeted');
  // The manual codes international sanctions as SANCTION 'discontinue', overriding the table's COERCE.
  assert.equal(cameoCode('163')!.type, 'SANCTION');
  assert.equal(cameoCode('010'), undefined, 'CAMEO 01 (statements) is dropped in PLOVER');
  for (const entry of ontology().cameo.values()) assert.ok(entry.goldstein >= -10 && entry.goldstein <= 10, entry.code);
});

test('each type and mode has a representative CAMEO code of that type', () => {
  for (const type of PLOVER_TYPES) assert.equal(cameoFor(type).type, type);
  assert.equal(cameoFor('CONSULT', 'visit').code, '042');
  assert.equal(cameoFor('ACCUSE').code, '111');
  assert.equal(cameoFor('RETREAT', 'resign').code, cameoFor('RETREAT').code, 'a mode without a CAMEO code falls back');
});

test('validation rejects unknown types, unknown modes and codes without a score', () => {
  const badType = copy();
  badType.cameo['040'].type = 'DEMAND';
  assert.throws(() => validateOntology(badType), /unknown PLOVER type "DEMAND"/);
  const badMode = copy();
  badMode.cameo['041'].mode = 'fax';
  assert.throws(() => validateOntology(badMode), /CONSULT has no mode 'fax'/);
  const noScore = copy();
  delete noScore.cameo['041'].goldstein;
  assert.throws(() => validateOntology(noScore), /041 has no Goldstein score/);
  const missingType = copy();
  missingType.types = missingType.types.filter((t: { name: string }) => t.name !== 'AID');
  assert.throws(() => validateOntology(missingType), /type AID is missing/);
  const wrongRepresentative = copy();
  wrongRepresentative.representative.AID = '040';
  assert.throws(() => validateOntology(wrongRepresentative), /representative AID: 040 is CONSULT/);
});

test("the manual's PLOVER scores, per mode where it has one", () => {
  assert.equal(ploverScore('CONSULT', 'visit'), 4);
  assert.equal(ploverScore('CONSULT'), 2.5);
  assert.equal(ploverScore('RETREAT', 'disarm'), 10);
  assert.equal(ploverScore('AGREE', 'no-such-mode'), 2.5);
  assert.equal(ploverScore('ACCUSE'), -3, 'the table prints +3 for ACCUSE; corrected in the build');
  const badScore = copy();
  badScore.scores['CONSULT/visit'] = 40;
  assert.throws(() => validateOntology(badScore), /scores CONSULT\/visit is not in -10..10/);
  const badKey = copy();
  badKey.scores['CONSULT/fax'] = 1;
  assert.throws(() => validateOntology(badKey), /CONSULT has no mode 'fax'/);
});
