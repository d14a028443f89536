/**
 * The whole analysis of the example article (examples/biden-xi.nl.txt, published 2022-03-19) gives the events
 * issue 6 names, checked as behaviour (types, parties by country or actor, status, attribution, claims, dates),
 * never by the article's strings. Needs the shipped Dutch models; skips without them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, EventRecord } from '../../doc/article.js';
import { analyzeArticle } from '../../pipeline/index.js';

const root = new URL('../../../', import.meta.url);
const models = fileURLToPath(new URL('models/nl/parser.bin', root));
const skip = existsSync(models) ? false : 'the Dutch models (models/nl) are not there';

let analysed: Article | undefined;
async function article(): Promise<Article> {
  analysed ??= await analyzeArticle(
    { id: 'biden-xi', text: readFileSync(new URL('examples/biden-xi.nl.txt', root), 'utf8'), published: '2022-03-19' },
    { language: 'nl', tokens: false },
  );
  return analysed;
}

const countries = (refs: EventRecord['source']) => refs.map((r) => r.country);
const involves = (event: EventRecord, ...wanted: string[]) => {
  const parties = [...countries(event.source), ...countries(event.target)];
  return wanted.every((c) => parties.includes(c));
};

test('the Biden-Xi phone call is one CONSULT event, dated by its "vrijdag"', { skip }, async () => {
  const { events } = await article();
  const calls = events.filter((e) => e.type === 'CONSULT' && involves(e, 'USA', 'CHN') && e.source.length + e.target.length === 2);
  const phone = calls.filter((e) => e.mode === 'phone');
  assert.equal(phone.length, 1, JSON.stringify(calls));
  assert.equal(phone[0].date, '2022-03-18');
  assert.ok((phone[0].mentions?.length ?? 0) >= 2, 'later mentions of the call are merged into it');
});

test('Biden warning Xi of consequences is a THREATEN reported by the White House', { skip }, async () => {
  const { events } = await article();
  const threat = events.find((e) => e.type === 'THREATEN' && countries(e.source).includes('USA') && countries(e.target).includes('CHN') && e.status === 'reported');
  assert.ok(threat, JSON.stringify(events.filter((e) => e.type === 'THREATEN')));
  assert.equal(threat.attributedTo, 'white-house');
});

test('the Chinese ambassador\'s praise is a SUPPORT of Ukraine of 2022-03-14', { skip }, async () => {
  const { events } = await article();
  const praise = events.find((e) => e.type === 'SUPPORT' && e.source.some((s) => s.country === 'CHN' && s.sector === 'GOV'));
  assert.ok(praise);
  assert.equal(praise.date, '2022-03-14');
  assert.deepEqual(countries(praise.target), ['UKR'], 'the Ukrainian people praised, not Twitter where it was said');
});

test('Russia\'s request to China is alleged by the US and denied by China and Russia', { skip }, async () => {
  const { events, claims } = await article();
  const request = events.find((e) => e.type === 'REQUEST' && countries(e.source).includes('RUS') && countries(e.target).includes('CHN'));
  assert.ok(request, JSON.stringify(events.filter((e) => e.type === 'REQUEST')));
  assert.equal(request.status, 'alleged');
  assert.equal(request.attributedTo, 'USA');
  const about = claims.filter((c) => c.event === request.id);
  assert.deepEqual(about.filter((c) => c.stance === 'denies').map((c) => c.claimant).sort(), ['CHN', 'RUS']);
  assert.ok(about.some((c) => c.claimant === 'USA' && c.stance === 'alleges'));
});

test('the Sullivan-Yang meeting is a CONSULT in Rome (ITA) of 2022-03-14, and Sullivan threatens', { skip }, async () => {
  const { events } = await article();
  const meeting = events.find((e) => e.type === 'CONSULT' && e.location?.country === 'ITA');
  assert.ok(meeting, JSON.stringify(events.filter((e) => e.type === 'CONSULT')));
  assert.ok(involves(meeting, 'USA', 'CHN'));
  assert.equal(meeting.date, '2022-03-14');
  const ids = [...meeting.source, ...meeting.target].map((p) => p.actor);
  const warning = events.find((e) => e.type === 'THREATEN' && e.source.some((s) => ids.includes(s.actor) && s.country === 'USA'));
  assert.ok(warning, JSON.stringify(events.filter((e) => e.type === 'THREATEN')));
});

test('the carrier sailing through the strait is Beijing\'s MOBILIZE', { skip }, async () => {
  const { events } = await article();
  assert.ok(events.some((e) => e.type === 'MOBILIZE' && countries(e.source).includes('CHN')));
});

test('the Xi-Putin partnership is AGREE or COOPERATE of 2022-02', { skip }, async () => {
  const { events } = await article();
  const pact = events.find((e) => (e.type === 'AGREE' || e.type === 'COOPERATE') && involves(e, 'CHN', 'RUS'));
  assert.ok(pact);
  assert.equal(pact.date, '2022-02');
});
