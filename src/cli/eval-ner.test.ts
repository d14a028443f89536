import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UsageError } from './command.js';
import { evalNer } from './eval-ner.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await evalNer.run(argv, { stdin: Readable.from([]), stdout, stderr: new PassThrough() });
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

const shipped = fileURLToPath(new URL('../../models/nl/ner.bin', import.meta.url));

test('eval ner prints conlleval-style scores as JSON', { skip: !existsSync(shipped) && 'models/nl/ner.bin is not there' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-eval-ner-'));
  try {
    const file = join(dir, 'gold.conll');
    writeFileSync(file, 'Premier N O\nMark N B-PER\nRutte N I-PER\nbezocht V O\nBrussel N B-LOC\n. Punc O\n');
    const { code, stdout } = await run([file, '--lang', 'nl', '--json']);
    assert.equal(code, 0);
    const scores = JSON.parse(stdout);
    assert.deepEqual(Object.keys(scores).slice(0, 3), ['precision', 'recall', 'f1']);
    assert.equal(scores.gold, 2);
    assert.ok('PER' in scores.perType && 'LOC' in scores.perType);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval ner refuses a missing language', async () => {
  await assert.rejects(run(['x.conll']), UsageError);
});
