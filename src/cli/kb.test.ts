import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKroniek } from '../testing/cli.js';

const runKb = (argv: string[]) => runKroniek(['kb', ...argv]);

test('kb lookup prints the candidates, best first', async () => {
  const { code, stdout } = await runKb(['lookup', 'Biden', '--date', '2022-03-19']);
  assert.equal(code, 0);
  assert.match(stdout.split('\n')[0], /Joe Biden \[USA GOV\] president 2021-01-20\.\.2025-01-20 .*id=joe-biden/);
});

test('kb lookup --json gives the candidate records', async () => {
  const { code, stdout } = await runKb(['lookup', 'Witte', 'Huis', '--lang', 'nl', '--json']);
  assert.equal(code, 0);
  const [first] = JSON.parse(stdout) as { id: string; country: string; sector: string }[];
  assert.deepEqual([first.id, first.country, first.sector], ['white-house', 'USA', 'GOV']);
});

test('kb lookup of an unknown name exits 1', async () => {
  const { code, stdout } = await runKb(['lookup', 'Qwxyzzy']);
  assert.equal(code, 1);
  assert.match(stdout, /no actor known as 'Qwxyzzy'/);
});

test('kb agent names the sector of an agent noun', async () => {
  const { code, stdout } = await runKb(['agent', 'ambassadeur', '--lang', 'nl']);
  assert.equal(code, 0);
  assert.match(stdout, /sector GOV, role ambassador/);
});

test('kb validate prints counts per kind, and file:line errors for a broken directory', async () => {
  const valid = await runKb(['validate']);
  assert.equal(valid.code, 0, valid.stderr);
  assert.match(valid.stdout, /^person\s+\d+$/m);
  assert.match(valid.stdout, /valid/);
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-kb-cli-'));
  try {
    writeFileSync(join(dir, 'media-mine.tsv'), 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames\nx\tNLD\tXXX\t\t\t\t\tX\n');
    const broken = await runKb(['validate', dir]);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /media-mine\.tsv:2: unknown sector 'XXX'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kb with bad arguments is a usage error', async () => {
  assert.equal((await runKb(['frobnicate'])).code, 2);
  assert.equal((await runKb(['lookup', 'Biden', '--date', '19-3-2022'])).code, 2);
  assert.equal((await runKb(['lookup', 'Biden', '--lang', 'fr'])).code, 2);
  assert.equal((await runKb(['validate', '/nonexistent-dir'])).code, 2);
});
