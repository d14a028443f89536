import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSchema, assertValidArticle } from '../testing/schema.js';
import { CONTRACT_VERSION, ENTITY_LABELS, EVENT_STATUSES, PLOVER_TYPES, QUOTE_KINDS, CLAIM_STANCES, type Article } from './article.js';

type Defs = Record<string, { properties: Record<string, { enum?: string[] }> }>;
const defs = articleSchema.$defs as Defs;

test('the JSON Schema and the TypeScript contract name the same values and version', () => {
  assert.deepEqual(defs.event.properties.type.enum, [...PLOVER_TYPES]);
  assert.deepEqual(defs.event.properties.status.enum, [...EVENT_STATUSES]);
  assert.deepEqual(defs.entity.properties.label.enum, [...ENTITY_LABELS]);
  assert.deepEqual(defs.quote.properties.kind.enum, [...QUOTE_KINDS]);
  assert.deepEqual(defs.claim.properties.stance.enum, [...CLAIM_STANCES]);
  assert.match(String(articleSchema.$id), new RegExp(`:${CONTRACT_VERSION.replace(/\./g, '\\.')}$`));
});

const full: Article = {
  id: 'a1',
  language: 'nl',
  published: '2022-03-19',
  text: 'Biden belde vrijdag met Xi.',
  sentences: [{ start: 0, end: 27 }],
  tokens: [{ start: 0, end: 5, text: 'Biden', tag: 'PROPN', lemma: 'Biden', head: 1, dep: 'nsubj' }],
  entities: [{ id: 'e1', start: 0, end: 5, text: 'Biden', label: 'PER', actor: 'a-biden' }],
  actors: [{ id: 'a-biden', name: 'Joe Biden', country: 'USA', sector: 'GOV', wikidata: 'Q6279', mentions: [{ start: 0, end: 5, text: 'Biden', entity: 'e1' }] }],
  timexes: [{ start: 12, end: 19, text: 'vrijdag', value: '2022-03-18' }],
  quotes: [{ id: 'q1', start: 0, end: 27, text: 'Biden belde vrijdag met Xi.', kind: 'indirect', speaker: 'a-biden', cue: 'belde' }],
  events: [
    {
      id: 'ev1', type: 'CONSULT', mode: 'phone', cameo: '040', goldstein: 1,
      source: [{ actor: 'a-biden', text: 'Biden', country: 'USA', sector: 'GOV' }],
      target: [{ text: 'Xi', country: 'CHN', sector: 'GOV' }],
      date: '2022-03-18', location: { text: 'Rome', country: 'ITA' }, status: 'reported', attributedTo: 'a-biden',
      sentence: 0, evidence: { start: 0, end: 27 }, mentions: [{ start: 0, end: 11 }], confidence: 0.9,
    },
  ],
  claims: [{ id: 'c1', claimant: 'a-biden', stance: 'denies', event: 'ev1', evidence: { start: 0, end: 27 } }],
  errors: [{ source: 'parser', message: 'x' }],
};

test('a fully filled Article is valid, and each kind of mistake is caught', () => {
  assertValidArticle(full);
  for (const value of ['', '2022', '199', '19', '2022-03', '2022-W11', '2022-W10-WE', '2021-SU', '2022-Q1', 'P3Y', 'PXM']) {
    const copy = structuredClone(full);
    copy.timexes[0].value = value;
    assertValidArticle(copy);
  }
  assertValidArticle({ id: 'x', error: 'x: empty text' });
  const broken: [string, (a: Article) => void][] = [
    ['unknown event type', (a) => ((a.events[0] as { type: string }).type = 'DEMAND')],
    ['bad status', (a) => ((a.events[0] as { status: string }).status = 'rumoured')],
    ['lower-case country', (a) => (a.actors[0].country = 'usa')],
    ['two-letter country', (a) => (a.events[0].source[0].country = 'US')],
    ['negative offset', (a) => (a.sentences[0].start = -1)],
    ['bad timex value', (a) => (a.timexes[0].value = '18-03-2022')],
    ['missing list', (a) => delete (a as Partial<Article>).claims],
    ['extra field', (a) => ((a as unknown as Record<string, unknown>).extra = 1)],
    ['bad wikidata id', (a) => (a.actors[0].wikidata = '6279')],
    ['goldstein out of range', (a) => (a.events[0].goldstein = 11)],
    ['month 13', (a) => (a.timexes[0].value = '2022-13')],
    ['week 54', (a) => (a.events[0].date = '2022-W54')],
  ];
  for (const [what, breakIt] of broken) {
    const copy = structuredClone(full);
    breakIt(copy);
    assert.throws(() => assertValidArticle(copy), /not a valid Article/, what);
  }
});
