import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { storeCli } from '../ingest/testing/store-cli.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { sampleArticles } from '../store/testing/articles.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-events-'));
const db = join(dir, 'sample.db');

before(async () => {
  const store = openSqliteStore(db);
  await store.addBatch({ articles: sampleArticles(), errors: [{ input: 'broken.txt', message: 'broken.txt: empty text' }] });
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const events = (...argv: string[]) => storeCli(['events', '--db', db, ...argv]);

describe('kroniek events', () => {
  it('answers "every THREATEN by China against Taiwan since March", with country names or codes', async () => {
    const byName = await events('--type', 'threaten', '--source-country', 'China', '--target-country', 'Taiwan', '--from', '2024-03', '--format', 'jsonl');
    assert.equal(byName.code, 0, byName.stderr);
    const records = byName.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((r) => [r.article.id, r.event.type, r.day]), [['threat', 'THREATEN', '2024-03-04']]);
    const byCode = await events('--type', 'THREATEN', '--source-country', 'chn', '--target-country', 'TWN', '--from', '2024-03', '--format', 'jsonl');
    assert.equal(byCode.stdout, byName.stdout);
  });

  it('applies every filter from the command line', async () => {
    const count = async (...argv: string[]) => Number((await events('--count', ...argv)).stdout);
    assert.equal(await count(), 4);
    assert.equal(await count('--actor', 'Taiwan'), 2);
    assert.equal(await count('--source-actor', 'Taiwan'), 1);
    assert.equal(await count('--target-actor', 'Taiwan', '--source-actor', 'Q148'), 1);
    assert.equal(await count('--status', 'reported,alleged'), 2);
    assert.equal(await count('--type', 'AGREE,PROTEST'), 2);
    assert.equal(await count('--to', '2024-02-28'), 1);
    assert.equal(await count('--q', 'Geneva'), 1);
    assert.equal(await count('--target-country', 'CHN', '--status', 'alleged'), 1);
  });

  it('shows a table by default and pages with --limit and --offset', async () => {
    const table = await events('--limit', '2', '--offset', '1');
    assert.equal(table.code, 0);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^DAY\s+TYPE\s+STATUS\s+SOURCE\s+TARGET\s+EVIDENCE\s+ARTICLE$/);
    assert.deepEqual(lines.slice(1).map((line) => line.split(/\s{2,}/)[1]), ['THREATEN', 'CONSULT']);
    assert.match(table.stderr, /2 of 4 shown/);
  });

  it('exports CSV, PLOVER and GDELT-style rows for every match', async () => {
    const csv = await events('--format', 'csv', '--sort', 'ingested');
    assert.equal(csv.stdout.split('\r\n')[1].split(',')[5], 'THREATEN');
    const plover = (await events('--format', 'plover', '--type', 'PROTEST')).stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(plover.map((r) => [r.event, r.actor[0].code, r.recipient[0].code, r.status, r.attributed_to]), [[['PROTEST'], 'TWN', 'CHN', 'alleged', 'Taiwan']]);
    const gdelt = (await events('--format', 'gdelt', '--type', 'THREATEN')).stdout.split('\n');
    assert.deepEqual(gdelt[1].split('\t').slice(0, 3), ['1', '20240304', '202403']);
  });

  it('refuses bad options and a store that is not there', async () => {
    assert.equal((await events('--type', 'INVADE')).code, 2);
    assert.equal((await events('--from', 'March')).code, 2);
    assert.equal((await events('--source-country', 'Atlantis')).code, 2);
    assert.equal((await events('--format', 'xml')).code, 2);
    const missing = await storeCli(['events', '--db', join(dir, 'missing.db')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such store/);
  });
});

describe('kroniek actors and articles', () => {
  it('lists actors with their event counts', async () => {
    const result = await storeCli(['actors', '--db', db, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const actors = JSON.parse(result.stdout);
    assert.deepEqual(actors[0], { wikidata: 'Q148', name: 'China', country: 'CHN', sector: 'GOV', articles: 3, events: 4, asSource: 2, asTarget: 2 });
    const table = await storeCli(['actors', '--db', db, '--country', 'Taiwan']);
    assert.deepEqual(table.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(/\s{2,}/)[0]), ['Taiwan', 'protesters']);
  });

  it('lists and searches articles, shows one, and lists ingest errors', async () => {
    const found = await storeCli(['articles', '--db', db, '--q', 'blockade', '--format', 'csv']);
    assert.equal(found.code, 0, found.stderr);
    const rows = found.stdout.trim().split('\r\n');
    assert.equal(rows[0], 'key,published,lang,events,title,id,url');
    assert.equal(rows.length, 2);
    const key = rows[1].split(',')[0];
    const shown = JSON.parse((await storeCli(['articles', '--db', db, '--show', key])).stdout);
    assert.deepEqual(shown, sampleArticles()[0]);
    const errors = await storeCli(['articles', '--db', db, '--errors', '--format', 'jsonl']);
    assert.deepEqual(JSON.parse(errors.stdout).input, 'broken.txt');
  });
});
