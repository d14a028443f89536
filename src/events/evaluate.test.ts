import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRef, EventRecord, PloverType } from '../doc/article.js';
import { ActorCodeTable } from './evaluate-actors.js';
import { actorsMatch, EventScorer, type GoldEvent, type GoldEventText } from './evaluate.js';

const biden = { text: 'Biden', country: 'USA', sector: 'GOV' };
const xi = { text: 'Xi', country: 'CHN', sector: 'GOV' };
const putin = { text: 'Poetin', country: 'RUS', sector: 'GOV' };

let next = 0;
function predicted(type: PloverType, source: ActorRef[], target: ActorRef[], extra: Partial<EventRecord> = {}): EventRecord {
  return { id: `ev${++next}`, type, source, target, status: 'asserted', sentence: 0, evidence: { start: 0, end: 1 }, confidence: 1, ...extra };
}

function text(events: GoldEvent[], extra: Partial<GoldEventText> = {}): GoldEventText {
  return { id: `t${++next}`, language: 'nl', published: '2022-03-19', text: '…', events, ...extra };
}

test('an exact prediction matches at every level', () => {
  const scorer = new EventScorer();
  scorer.add(text([{ type: 'THREATEN', source: biden, target: xi, status: 'reported', date: '2022-03-18' }]), [
    predicted('THREATEN', [biden], [xi], { status: 'reported', date: '2022-03-18' }),
  ]);
  const s = scorer.scores();
  for (const level of [s.type, s.actors, s.status, s.date]) assert.deepEqual([level.precision, level.recall, level.f1], [100, 100, 100]);
  assert.equal(s.perType.THREATEN?.f1, 100);
  assert.deepEqual(scorer.errors, []);
});

test('source and target order matters except for meetings and calls', () => {
  const swappedThreat = new EventScorer();
  swappedThreat.add(text([{ type: 'THREATEN', source: biden, target: xi, status: 'asserted' }]), [predicted('THREATEN', [xi], [biden])]);
  assert.equal(swappedThreat.scores().type.f1, 100);
  assert.equal(swappedThreat.scores().actors.f1, 0);

  const swappedCall = new EventScorer();
  swappedCall.add(text([{ type: 'CONSULT', mode: 'phone', source: biden, target: xi, status: 'asserted' }]), [predicted('CONSULT', [xi], [biden])]);
  assert.equal(swappedCall.scores().actors.f1, 100);

  const bothAsSource = new EventScorer();
  bothAsSource.add(text([{ type: 'CONSULT', source: biden, target: xi, status: 'asserted' }]), [predicted('CONSULT', [biden, xi], [])]);
  assert.equal(bothAsSource.scores().actors.f1, 100);

  const jointAgreement = new EventScorer();
  jointAgreement.add(text([{ type: 'SUPPORT', source: putin, target: xi, status: 'asserted', joint: true }]), [predicted('SUPPORT', [xi, putin], [])]);
  jointAgreement.add(text([{ type: 'SUPPORT', source: putin, target: xi, status: 'asserted' }]), [predicted('SUPPORT', [xi, putin], [])]);
  assert.equal(jointAgreement.scores().actors.matched, 1, 'only the joint one pools its parties');

  const swappedVisit = new EventScorer();
  swappedVisit.add(text([{ type: 'CONSULT', mode: 'visit', source: biden, target: xi, status: 'asserted' }]), [predicted('CONSULT', [xi], [biden])]);
  assert.equal(swappedVisit.scores().actors.f1, 0);
});

test('a wrong target, a wrong status and a wrong date fail their levels only', () => {
  const scorer = new EventScorer();
  scorer.add(text([{ type: 'REQUEST', source: putin, target: xi, status: 'alleged', date: '2022-03' }]), [predicted('REQUEST', [putin], [biden], { status: 'alleged' })]);
  scorer.add(text([{ type: 'REQUEST', source: putin, target: xi, status: 'alleged', date: '2022-03' }]), [predicted('REQUEST', [putin], [xi], { status: 'asserted' })]);
  scorer.add(text([{ type: 'REQUEST', source: putin, target: xi, status: 'alleged', date: '2022-03' }]), [predicted('REQUEST', [putin], [xi], { status: 'alleged', date: '2022-02' })]);
  const s = scorer.scores();
  assert.deepEqual([s.type.matched, s.actors.matched, s.status.matched, s.date.matched], [3, 2, 1, 0]);
  const missed = scorer.errors.filter((e) => e.kind === 'missed');
  assert.equal(missed.length, 1);
  assert.match(missed[0].why ?? '', /parties differ/);
});

test('an extra prediction costs precision, not recall; a missing target is no match', () => {
  const scorer = new EventScorer();
  scorer.add(text([{ type: 'ACCUSE', source: biden, target: putin, status: 'asserted' }]), [
    predicted('ACCUSE', [biden], [putin]),
    predicted('ASSAULT', [putin], []),
    predicted('ACCUSE', [biden], []),
  ]);
  const { actors } = scorer.scores();
  assert.equal(actors.recall, 100);
  assert.ok(Math.abs(actors.precision - 100 / 3) < 1e-9);
  assert.deepEqual(scorer.errors.map((e) => e.kind), ['spurious', 'spurious']);
});

test('each prediction matches one gold event only', () => {
  const scorer = new EventScorer();
  const twice: GoldEvent = { type: 'PROTEST', source: { text: 'demonstranten', country: '', sector: 'CVL' }, status: 'asserted' };
  scorer.add(text([twice, twice]), [predicted('PROTEST', [{ text: 'de demonstranten', country: 'NLD', sector: 'CVL' }], [])]);
  assert.equal(scorer.scores().actors.matched, 1);
  assert.equal(scorer.scores().actors.recall, 50);
});

test('a trap text with an event is a trap miss and a false positive', () => {
  const scorer = new EventScorer();
  scorer.add(text([], { trap: true }), [predicted('THREATEN', [{ text: 'Orkaan Rosa', country: '', sector: '' }], [])]);
  scorer.add(text([], { trap: true }), []);
  const s = scorer.scores();
  assert.deepEqual(s.traps, { texts: 2, clean: 1, precision: 50 });
  assert.equal(s.actors.precision, 0);
  assert.equal(scorer.errors[0].kind, 'trap');
});

test('actors match by code or by the last word of either text', () => {
  assert.ok(actorsMatch({ text: 'Washington', country: 'USA', sector: 'GOV' }, biden));
  assert.ok(!actorsMatch({ text: 'het Pentagon', country: 'USA', sector: 'MIL' }, biden));
  assert.ok(actorsMatch({ text: 'Britse premier May', country: '', sector: '' }, { text: 'Premier Theresa May', country: 'GBR', sector: 'GOV' }));
  assert.ok(actorsMatch({ text: 'politici', country: '', sector: '' }, { text: 'politici die kritiek hadden op haar plannen', country: '', sector: '' }));
  assert.ok(!actorsMatch({ text: 'de regering', country: '', sector: '' }, { text: 'de oproerpolitie', country: 'ESP', sector: 'COP' }));
  assert.ok(!actorsMatch({ text: 'iemand', country: '', sector: '' }, { text: '', country: '', sector: '' }), 'a gold actor with neither code nor text matches nothing');
});

test('an actor code table codes toy names for the scorer', () => {
  const table = new ActorCodeTable('# toy actors\ncode\tnames\nARN\tArnor\nGONGOV\tMinas Tirith\nGON\tGondor\n');
  assert.deepEqual(table.code({ text: "Arnor's government", country: '', sector: 'GOV' }), { text: "Arnor's government", country: 'ARN', sector: 'GOV' });
  assert.equal(table.code({ text: 'the king in Minas Tirith', country: '', sector: '' }).sector, 'GOV');
  assert.equal(table.code({ text: 'Arnorian', country: '', sector: '' }).country, '', 'whole words only');
  assert.throws(() => new ActorCodeTable('ARN\tArnor\n'), /header/);

  const scorer = new EventScorer({ coding: table });
  scorer.add(text([{ type: 'COOPERATE', source: { text: '', country: 'ARN', sector: '' }, target: { text: '', country: 'GON', sector: '' } }]), [
    predicted('COOPERATE', [{ text: 'Arnor', country: '', sector: '' }], [{ text: 'Gondor', country: '', sector: '' }]),
  ]);
  assert.equal(scorer.scores().actors.recall, 100);
});

test('in dyad mode every source-target pair is one coding, and parties named together act jointly', () => {
  const gold = text([
    { type: 'AGREE', source: { text: 'Frankrijk', country: 'FRA', sector: '' }, target: putin, status: 'asserted' },
    { type: 'AGREE', source: { text: 'Frankrijk', country: 'FRA', sector: '' }, target: xi, status: 'asserted' },
  ]);
  const oneEvent = [predicted('AGREE', [{ text: 'Frankrijk', country: 'FRA', sector: '' }], [putin, xi])];
  const byEvent = new EventScorer();
  byEvent.add(gold, oneEvent);
  assert.equal(byEvent.scores().actors.matched, 0);
  const byDyad = new EventScorer({ dyads: true });
  byDyad.add(gold, oneEvent);
  assert.deepEqual([byDyad.scores().actors.matched, byDyad.scores().actors.predicted], [2, 2]);

  const joint = new EventScorer({ dyads: true });
  joint.add(text([{ type: 'AGREE', source: biden, target: xi, status: 'asserted', joint: true }]), [predicted('AGREE', [xi, biden], [])]);
  assert.equal(joint.scores().actors.f1, 100);
  const wrongPair = new EventScorer({ dyads: true });
  wrongPair.add(text([{ type: 'AGREE', source: biden, target: xi, status: 'asserted', joint: true }]), [predicted('AGREE', [xi, putin], [])]);
  assert.equal(wrongPair.scores().actors.matched, 0);
});
