import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { evalUd } from './eval-ud.js';

// Two gold sentences where our sentence splitter sees one ("Hij zei: Wij komen morgen."): a deliberately
// different segmentation, with the same tokens.
const SAMPLE = `# sent_id = d.p.1.s.1
# text = Hij zei:
1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tzei\tzeggen\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t:\t:\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = d.p.1.s.2
# text = Wij komen morgen.
1\tWij\twij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkomen\tkomen\tVERB\t_\t_\t0\troot\t_\t_
3\tmorgen\tmorgen\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

`;

async function run(argv: string[]): Promise<Record<string, unknown>> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const status = await evalUd.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  assert.equal(status, 0);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

describe('kroniek eval ud', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-eval-ud-'));
  const file = join(dir, 'nl_sample.conllu');
  writeFileSync(file, SAMPLE);

  it('scores the gold tokenisation with the keys upos, xpos, lemma, uas, las, tokens', async () => {
    const scores = await run([file, '--lang', 'nl', '--json']);
    assert.deepEqual(Object.keys(scores), ['upos', 'xpos', 'lemma', 'uas', 'las', 'tokens']);
    assert.equal(scores.tokens, 7);
  });

  it('with --raw, segments the text itself and scores by alignment: a missed sentence break costs the tree', async () => {
    const scores = await run([file, '--lang', 'nl', '--raw', '--json']);
    assert.deepEqual(Object.keys(scores), ['upos', 'xpos', 'lemma', 'uas', 'las', 'tokens', 'endToEnd']);
    const e = scores.endToEnd as Record<string, { precision: number; recall: number; f1: number }>;
    assert.deepEqual(e.tokens, { precision: 100, recall: 100, f1: 100 });
    assert.deepEqual(e.words, { precision: 100, recall: 100, f1: 100 });
    assert.equal(e.sentences.f1, 0);
    // one sentence has one root where the gold has two: at least one head is wrong
    assert.ok((scores.uas as number) < 100, `uas ${scores.uas}`);
    assert.equal(scores.upos, e.upos.f1);
  });
});
