import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../doc/article.js';
import { formatArticleSummary } from './text-summary.js';

test('the text summary lists events as who did what to whom, when, where, status and per whom', () => {
  const text = 'Volgens de VS vroeg Rusland China om wapens in Moskou. China ontkent dat.';
  const article: Article = {
    id: 'a',
    language: 'nl',
    published: '2022-03-19',
    text,
    sentences: [{ start: 0, end: 55 }, { start: 56, end: text.length }],
    entities: [],
    actors: [
      { id: 'USA', name: 'United States', country: 'USA', sector: '', mentions: [] },
      { id: 'RUS', name: 'Russia', country: 'RUS', sector: '', mentions: [] },
      { id: 'CHN', name: 'China', country: 'CHN', sector: '', mentions: [] },
    ],
    timexes: [],
    quotes: [{ id: 'q1', start: 0, end: 54, text: text.slice(0, 54), speaker: 'USA', cue: 'Volgens', kind: 'indirect' }],
    events: [
      {
        id: 'ev1',
        type: 'REQUEST',
        mode: 'assist',
        source: [{ actor: 'RUS', text: 'Rusland', country: 'RUS', sector: '' }],
        target: [{ actor: 'CHN', text: 'China', country: 'CHN', sector: '' }],
        date: '2022-03-14',
        location: { text: 'Moskou', country: 'RUS' },
        status: 'alleged',
        attributedTo: 'USA',
        sentence: 0,
        evidence: { start: 14, end: 53 },
        confidence: 0.8,
      },
    ],
    claims: [{ id: 'c1', claimant: 'CHN', stance: 'denies', event: 'ev1', evidence: { start: 56, end: 73 } }],
    errors: [],
  };
  const summary = formatArticleSummary(article);
  assert.match(summary, /1\. REQUEST \(assist\), 2022-03-14, in Moskou \(RUS\): Russia \[RUS\] → China \[CHN\] — alleged, per United States; denied by China/);
  assert.match(summary, /"vroeg Rusland China om wapens in Moskou"/);
  assert.match(summary, /United States \(indirect, Volgens\): Volgens de VS/);
});
