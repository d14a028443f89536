import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { syntheticArticles } from './testing/synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MAIN = fileURLToPath(new URL('./testing/main.ts', import.meta.url));
const COUNT = 2_000;

function ingestProcess(input: string, db: string) {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', input, '--db', db, '--jobs', '2', '--batch', '10'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** How many articles the store holds, read as another process would. */
function storedCount(db: string): number {
  try {
    const reader = new Database(db, { fileMustExist: true, timeout: 1000 });
    try {
      return reader.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return 0; // not created, or not migrated, yet
  }
}

it('an ingest killed with SIGKILL after a commit keeps what it committed, and the next run stores the rest once', async () => {
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, syntheticArticles(COUNT, 20).map((a) => JSON.stringify(a)).join('\n') + '\n');
  const db = join(dir, 'kill.db');

  const child = ingestProcess(input, db);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let atKill = 0;
  const deadline = Date.now() + 30_000;
  while (atKill === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    atKill = storedCount(db);
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(atKill > 0, 'a first batch was committed before the kill');
  const afterKill = storedCount(db);
  assert.ok(afterKill >= atKill, 'nothing committed is lost');
  assert.ok(afterKill < COUNT, `the run was killed half-way (${afterKill} of ${COUNT} stored)`);

  const rerun = ingestProcess(input, db);
  let stderr = '';
  rerun.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => rerun.on('exit', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.match(stderr, new RegExp(`${COUNT} read: ${COUNT - afterKill} added \\(\\d+ events\\), ${afterKill} already stored`));

  const reader = new Database(db, { fileMustExist: true, readonly: true });
  const { stored, uniqueIds } = reader.prepare('SELECT count(*) AS stored, count(DISTINCT id) AS uniqueIds FROM articles').get() as {
    stored: number;
    uniqueIds: number;
  };
  reader.close();
  assert.equal(stored, COUNT);
  assert.equal(uniqueIds, COUNT, 'every article once');
});
