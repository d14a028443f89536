import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { UsageError } from './command.js';
import { evalTimex } from './eval-timex.js';

async function run(argv: string[]): Promise<{ status: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const status = await evalTimex.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  return { status, out: Buffer.concat(chunks).toString('utf8') };
}

const TEXT = 'Biden belde vrijdag met Xi. Vorige maand sloten zij een akkoord.';
const RECORD = {
  id: 'sample',
  language: 'nl',
  published: '2022-03-19',
  text: TEXT,
  timexes: [
    { start: TEXT.indexOf('vrijdag'), end: TEXT.indexOf('vrijdag') + 7, value: '2022-03-18' },
    // A wrong gold value and a gold span wider than what is found: scored as a value error and an overlap only.
    { start: TEXT.indexOf('Vorige maand'), end: TEXT.indexOf('Vorige maand') + 'Vorige maand sloten'.length, value: '2022-01' },
  ],
};

describe('kroniek eval timex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-eval-timex-'));
  const file = join(dir, 'gold.jsonl');
  writeFileSync(file, `${JSON.stringify(RECORD)}\n`);

  it('scores exact and overlapping spans and values, as JSON', async () => {
    const { status, out } = await run([file, '--json']);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(out), {
      detection: { precision: 50, recall: 50, f1: 50 },
      overlap: { precision: 100, recall: 100, f1: 100 },
      value: { accuracy: 50, matched: 2 },
      gold: 2,
      found: 2,
    });
  });

  it('lists the disagreements with --errors', async () => {
    const { out } = await run([file, '--errors']);
    assert.match(out, /span +sample: "Vorige maand sloten" gold=- found=Vorige maand/);
    assert.match(out, /value +sample: "Vorige maand" gold=2022-01 found=2022-02/);
  });

  it('refuses a call without a file', async () => {
    await assert.rejects(run([]), UsageError);
  });

  it('stays accurate on the development set (eval/timex/dev.jsonl)', async (t) => {
    const dev = fileURLToPath(new URL('../../eval/timex/dev.jsonl', import.meta.url));
    if (!existsSync(dev)) {
      t.skip('eval/timex/dev.jsonl is absent');
      return;
    }
    const scores = JSON.parse((await run([dev, '--json'])).out) as { overlap: { f1: number }; value: { accuracy: number; matched: number } };
    assert.ok(scores.value.matched >= 250, `only ${scores.value.matched} matched expressions`);
    assert.ok(scores.overlap.f1 >= 97, `overlap F1 ${scores.overlap.f1}`);
    assert.ok(scores.value.accuracy >= 95, `value accuracy ${scores.value.accuracy}`);
  });
});
