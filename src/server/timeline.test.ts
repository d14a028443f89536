import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../store/testing/articles.js';
import type { StoredEvent } from '../store/index.js';
import { buildTimeline, isoWeek } from './timeline.js';

test('ISO weeks start on Monday and week 1 holds the first Thursday', () => {
  assert.equal(isoWeek('2024-03-04'), '2024-W10');
  assert.equal(isoWeek('2024-03-03'), '2024-W09');
  assert.equal(isoWeek('2024-12-30'), '2025-W01');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
});

async function* storedOn(days: (string | null)[]): AsyncIterable<StoredEvent> {
  const article = makeArticle({ id: 'a', text: 'China threatened Taiwan.', events: [{ type: 'THREATEN', evidence: 'China threatened Taiwan', source: ['china'], target: ['taiwan'] }] });
  for (const [key, day] of days.entries()) {
    yield { key, day, event: article.events[0], evidenceText: '', actors: [], ingestedAt: '', article: { key: 1, id: 'a', published: null, language: 'en' } };
  }
}

test('weeks across a new year are filled without gaps', async () => {
  const timeline = await buildTimeline(storedOn(['2024-12-20', '2025-01-08', null]), 'week', 'none');
  assert.deepEqual(timeline.buckets.map((b) => `${b.period}:${b.total}`), ['2024-W51:1', '2024-W52:0', '2025-W01:0', '2025-W02:1']);
  assert.equal(timeline.undated, 1);
});

test('months across a new year, by type', async () => {
  const timeline = await buildTimeline(storedOn(['2024-11-30', '2025-01-01']), 'month', 'type');
  assert.deepEqual(timeline.buckets.map((b) => b.period), ['2024-11', '2024-12', '2025-01']);
  assert.deepEqual(timeline.buckets[0].counts, { THREATEN: 1 });
});
