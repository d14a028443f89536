import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { UsageError } from './command.js';
import { evalEvents } from './eval-events.js';
import { pipelineFor } from '../pipeline/index.js';

async function run(argv: string[]): Promise<{ status: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const status = await evalEvents.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  return { status, out: Buffer.concat(chunks).toString('utf8') };
}

const EVENT_TEXT = 'Biden belde vrijdag met Xi.';
const RECORDS = [
  {
    id: 'call',
    language: 'nl',
    published: '2022-03-19',
    text: EVENT_TEXT,
    events: [
      {
        type: 'CONSULT',
        mode: 'phone',
        source: { text: 'Biden', country: 'USA', sector: 'GOV' },
        target: { text: 'Xi', country: 'CHN', sector: 'GOV' },
        status: 'asserted',
        date: '2022-03-18',
      },
    ],
  },
  { id: 'storm', language: 'nl', published: '2022-03-19', text: 'De storm dreigt het dak te vernielen.', trap: true, events: [] },
];

describe('kroniek eval events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-eval-events-'));
  const file = join(dir, 'gold.jsonl');
  writeFileSync(file, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');

  it('scores what the pipeline finds, as JSON with the headline on top', async () => {
    // The expected scores follow from what the pipeline itself yields for these texts.
    const found = RECORDS.map((r) => pipelineFor(r.language).run(r.text, { published: r.published }).doc.events);
    const { status, out } = await run([file, '--json', '--errors', '5']);
    assert.equal(status, 0);
    const scores = JSON.parse(out);
    assert.equal(scores.texts, 2);
    assert.equal(scores.actors.gold, 1);
    assert.equal(scores.actors.predicted, found[0].length + found[1].length);
    assert.equal(scores.f1, scores.actors.f1);
    assert.deepEqual(scores.traps, { texts: 1, clean: found[1].length === 0 ? 1 : 0, precision: found[1].length === 0 ? 100 : 0 });
    if (found[0].length === 0) assert.deepEqual(scores.errors[0], { kind: 'missed', id: 'call', event: 'CONSULT/phone "Biden" USAGOV -> "Xi" CHNGOV (asserted, 2022-03-18)' });
  });

  it('counts source-target pairs with --dyads', async () => {
    const pairs = join(dir, 'pairs.jsonl');
    const text = 'Rusland valt Oekraïne en Georgië aan.';
    const russia = { text: 'Rusland', country: 'RUS', sector: '' };
    const targets = [{ text: 'Oekraïne', country: 'UKR', sector: '' }, { text: 'Georgië', country: 'GEO', sector: '' }];
    writeFileSync(pairs, `${JSON.stringify({ id: 'p', language: 'nl', published: null, text, events: [{ type: 'ASSAULT', source: russia, target: targets, status: 'asserted' }] })}\n`);
    assert.equal(JSON.parse((await run([pairs, '--json'])).out).actors.gold, 1);
    assert.equal(JSON.parse((await run([pairs, '--json', '--dyads'])).out).actors.gold, 2);
  });

  it('prints a table without --json', async () => {
    const { out } = await run([file]);
    assert.match(out, /\+source\+target/);
    assert.match(out, /traps: \d of 1 clean/);
  });

  it('refuses a gold file with an unknown event type or an actor not in its text', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, JSON.stringify({ ...RECORDS[0], events: [{ ...RECORDS[0].events[0], type: 'MEET' }] }) + '\n');
    await assert.rejects(run([bad]), /bad\.jsonl:1: call MEET: not a PLOVER type/);
    writeFileSync(bad, JSON.stringify({ ...RECORDS[0], events: [{ ...RECORDS[0].events[0], target: { text: 'Poetin', country: 'RUS', sector: 'GOV' } }] }) + '\n');
    await assert.rejects(run([bad]), /'Poetin' is not in the text/);
  });

  it('refuses a call without a file or with a bad --errors', async () => {
    await assert.rejects(run([]), UsageError);
    await assert.rejects(run([file, '--errors', 'many']), UsageError);
  });
});
