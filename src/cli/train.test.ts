import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, type CommandIo } from './command.js';
import { evalUd } from './eval-ud.js';
import { trainCommand } from './train.js';

const SENTENCES = [
  ['De', 'de', 'DET', 2, 'det'],
  ['kat', 'kat', 'NOUN', 3, 'nsubj'],
  ['sliep', 'slapen', 'VERB', 0, 'root'],
  ['.', '.', 'PUNCT', 3, 'punct'],
] as const;

function toyConllu(copies: number): string {
  const sentence = SENTENCES.map(([form, lemma, upos, head, deprel], i) => `${i + 1}\t${form}\t${lemma}\t${upos}\t_\t_\t${head}\t${deprel}\t_\t_`).join('\n');
  return Array.from({ length: copies }, () => sentence).join('\n\n') + '\n';
}

function capture(): { io: CommandIo; stdout: () => string } {
  let out = '';
  const sink = { write: (chunk: string) => ((out += chunk), true) };
  return { io: { stdin: process.stdin, stdout: sink as never, stderr: { write: () => true } as never }, stdout: () => out };
}

test('kroniek train writes models that kroniek eval ud scores', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'train-'));
  try {
    const file = join(dir, 'toy.conllu');
    writeFileSync(file, toyConllu(20));
    const out = join(dir, 'models', 'nl');
    for (const what of ['tagger', 'lemmatizer']) {
      const run = capture();
      const status = await trainCommand.run([what, '--lang', 'nl', '--train', file, '--dev', file, '--out', out, '--epochs', '2'], run.io);
      assert.equal(status, 0);
      const summary = JSON.parse(run.stdout());
      assert.equal(summary.model, join(out, `${what}.bin`));
      assert.deepEqual(summary.trainedOn, ['toy.conllu']);
    }
    const run = capture();
    assert.equal(await evalUd.run([file, '--lang', 'nl', '--json', '--models', join(dir, 'models')], run.io), 0);
    assert.deepEqual(JSON.parse(run.stdout()), { upos: 100, xpos: null, lemma: 100, uas: null, las: null, tokens: 80 });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('kroniek train refuses incomplete calls', async () => {
  const { io } = capture();
  await assert.rejects(trainCommand.run(['tagger', '--train', 'x', '--dev', 'x', '--out', 'y'], io), UsageError);
  await assert.rejects(trainCommand.run(['parserx', '--lang', 'nl'], io), /cannot train 'parserx'/);
  await assert.rejects(trainCommand.run(['tagger', '--lang', 'nl', '--train', 'x', '--dev', 'x', '--out', 'y', '--epochs', '0'], io), /positive integer/);
});
