import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { UsageError } from './command.js';
import { evalTokenize } from './eval-tokenize.js';

const SAMPLE = `# sent_id = d.p.1.s.1
# text = Hij kwam.
1\tHij\t_\t_\t_\t_\t0\troot\t_\t_
2\tkwam\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t_\t_\t_\t_\t0\troot\t_\t_

`;

async function run(argv: string[]): Promise<{ status: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const status = await evalTokenize.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough() });
  return { status, out: Buffer.concat(chunks).toString('utf8') };
}

describe('kroniek eval tokenize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-eval-tokenize-'));
  const dutch = join(dir, 'nl_sample.conllu');
  writeFileSync(dutch, SAMPLE);
  const unnamed = join(dir, 'sample.conllu');
  writeFileSync(unnamed, SAMPLE);

  it('prints the scores as JSON, taking the language from the file name', async () => {
    const { status, out } = await run([dutch, '--json']);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(out), {
      tokens: { precision: 100, recall: 100, f1: 100 },
      sentences: { precision: 100, recall: 100, f1: 100 },
    });
  });

  it('prints a table without --json and accepts --lang', async () => {
    const { out } = await run([unnamed, '--lang', 'nl']);
    assert.match(out, /^tokens\s+100\.00\s+100\.00\s+100\.00$/m);
    assert.match(out, /^sentences\s+100\.00/m);
  });

  it('asks for --lang when the file name does not tell, and rejects unknown languages', async () => {
    await assert.rejects(run([unnamed]), (e) => e instanceof UsageError && /--lang/.test(e.message));
    await assert.rejects(run([dutch, '--lang', 'xx']), UsageError);
    await assert.rejects(run([]), UsageError);
  });

  it('names a file it cannot read', async () => {
    const missing = join(dir, 'nl_missing.conllu');
    await assert.rejects(run([missing]), (e) => e instanceof Error && !(e instanceof UsageError) && e.message.includes(missing));
  });
});
