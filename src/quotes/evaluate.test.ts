import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pipelineFor } from '../pipeline/index.js';
import { QuoteFinder, QuoteScorer, foundQuotes, type FoundQuote, type GoldQuote, type GoldQuoteRecord } from './index.js';

test('the scorer pairs overlapping quotes once and compares kind and speaker', () => {
  const gold: GoldQuote[] = [
    { start: 0, end: 10, text: '', kind: 'direct', speaker: 'Ri' },
    { start: 20, end: 40, text: '', kind: 'indirect', speaker: 'China en Rusland' },
    { start: 50, end: 60, text: '', kind: 'direct' },
  ];
  const found: FoundQuote[] = [
    { start: 0, end: 10, kind: 'direct', speakerNames: ['Ri Yong Ho', 'Ri'] },
    { start: 22, end: 40, kind: 'direct', speakerNames: ['China'] },
    { start: 25, end: 39, kind: 'indirect', speakerNames: [] },
    { start: 70, end: 80, kind: 'direct', speakerNames: [] },
  ];
  const scorer = new QuoteScorer();
  scorer.add(gold, found);
  const scores = scorer.scores();
  assert.equal(scores.span.correct, 2);
  assert.equal(scores.span.precision, 2 / 4);
  assert.equal(scores.span.recall, 2 / 3);
  assert.equal(scores.exactSpan.correct, 1);
  assert.equal(scores.kind.correct, 1, 'the closer of the two found quotes is paired, and it has the wrong kind');
  assert.equal(scores.speaker.correct, 2, '"China" is one of "China en Rusland"');
});

/** Floors below what the finder scored on eval/quotes/dev.jsonl (F1: span 86.9, kind 86.9, speaker 65.1), with margin. */
const FLOORS = { span: 0.78, kind: 0.78, speaker: 0.55 };

test('the quote finder scores above its floors on the development set', () => {
  const file = fileURLToPath(new URL('../../eval/quotes/dev.jsonl', import.meta.url));
  const scorer = new QuoteScorer();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as GoldQuoteRecord;
    const { doc } = pipelineFor(record.language).run(record.text, { published: record.published });
    scorer.add(record.quotes, foundQuotes(doc, QuoteFinder.forLanguage(record.language).find(doc)));
  }
  const scores = scorer.scores();
  assert.ok(scores.gold >= 80, `${scores.gold} gold quotes`);
  for (const [measure, floor] of Object.entries(FLOORS)) {
    const f1 = scores[measure as keyof typeof FLOORS].f1;
    assert.ok(f1 >= floor, `${measure} F1 ${f1.toFixed(3)} below ${floor}`);
  }
});
