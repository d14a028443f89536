import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkScorer, type GoldLinkRecord } from './index.js';
import { evalLink } from '../cli/eval-link.js';
import { PassThrough } from 'node:stream';

const record: GoldLinkRecord = {
  id: 'r1',
  language: 'en',
  published: '2022-03-19',
  text: 'Biden met the Chinese ambassador in Rome.',
  mentions: [
    { start: 0, end: 5, text: 'Biden', country: 'USA', sector: 'GOV', actor: 'joe-biden' },
    { start: 14, end: 32, text: 'Chinese ambassador', country: 'CHN', sector: 'GOV' },
  ],
};

test('scores exact and overlapping spans, and resolution over the overlapping pairs', () => {
  const scorer = new LinkScorer();
  scorer.add(record, [
    { start: 0, end: 5, country: 'USA', sector: 'GOV', actor: 'joe-biden' },
    { start: 10, end: 32, country: 'CHN', sector: 'MIL', actor: 'CHN:MIL' },
    { start: 36, end: 40, country: 'ITA', sector: 'GOV', actor: 'rome' },
  ]);
  const scores = scorer.scores();
  assert.equal(scores.gold, 2);
  assert.equal(scores.found, 3);
  assert.equal(scores.exact.recall, 50);
  assert.equal(scores.overlap.recall, 100);
  assert.ok(Math.abs(scores.overlap.precision - 200 / 3) < 1e-9);
  assert.equal(scores.country.accuracy, 100);
  assert.equal(scores.sector.accuracy, 50);
  assert.deepEqual(scores.actor, { accuracy: 100, count: 1 });
  assert.deepEqual(scorer.errors.map((e) => e.kind).sort(), ['boundary', 'sector', 'spurious']);
});

test('a found mention pairs with one gold mention only', () => {
  const scorer = new LinkScorer();
  scorer.add(record, [{ start: 0, end: 32, country: 'USA', sector: 'GOV', actor: 'joe-biden' }]);
  const scores = scorer.scores();
  assert.equal(scores.overlap.recall, 50);
  assert.equal(scorer.errors.filter((e) => e.kind === 'missed').length, 1);
});

const devSet = fileURLToPath(new URL('../../eval/link/dev.jsonl', import.meta.url));

test('kroniek eval link on the development set: country accuracy stays at least 90%', { skip: !existsSync(devSet) && 'eval/link/dev.jsonl is absent' }, async () => {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await evalLink.run([devSet, '--json'], { stdin: process.stdin, stdout, stderr: new PassThrough() });
  assert.equal(code, 0);
  const scores = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { country: { accuracy: number; count: number }; overlap: { f1: number }; gold: number };
  assert.ok(scores.gold >= 300, `the development set has ${scores.gold} gold mentions`);
  assert.ok(scores.country.accuracy >= 90, `country accuracy ${scores.country.accuracy.toFixed(2)}%`);
  assert.ok(scores.overlap.f1 >= 80, `overlap F1 ${scores.overlap.f1.toFixed(2)}`);
});

test('kroniek eval link rejects a record whose mention text does not match its offsets', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kroniek-link-')), 'bad.jsonl');
  writeFileSync(file, `${JSON.stringify({ ...record, mentions: [{ ...record.mentions[0], text: 'Xi' }] })}\n`);
  await assert.rejects(evalLink.run([file], { stdin: process.stdin, stdout: new PassThrough(), stderr: new PassThrough() }), /bad mention/);
});
