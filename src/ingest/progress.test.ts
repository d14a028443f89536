import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { it } from 'node:test';
import { ingestSummary, ProgressLine } from './progress.js';

const counts = { read: 12, analysed: 9, added: 8, duplicates: 2, failed: 1, events: 30 };

it('sums a run up in one line', () => {
  assert.equal(ingestSummary(counts, 4), '12 read: 8 added (30 events), 2 already stored, 1 failed, in 4.0 s (2.0 articles/s)');
});

it('redraws the progress line in place, no wider than the terminal, and clears it', () => {
  const out = Object.assign(new PassThrough(), { columns: 60 });
  let written = '';
  out.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const line = new ProgressLine(out);
  line.update(counts);
  line.update(counts); // within the redraw interval: skipped
  line.done();
  const draws = written.split('\r').filter((part) => part !== '');
  assert.equal(draws.length, 2);
  // 11 of the 12 inputs read are finished (8 stored, 2 known, 1 failed): 18 of 20 marks.
  assert.match(draws[0], /^ingest \[#{18}\.{2}\] 11\/12: 9 analysed, 8 stored/);
  assert.equal(draws[0].replace('\x1b[K', '').length, 59);
  assert.equal(draws[1], '\x1b[K');
});
