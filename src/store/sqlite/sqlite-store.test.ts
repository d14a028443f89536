import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { describeStoreConformance } from '../testing/conformance.js';
import { sampleArticles } from '../testing/articles.js';
import { MIGRATIONS, schemaVersion } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describeStoreConformance('sqlite (in memory)', async () => openSqliteStore(':memory:'));

describe('SQLite store file', () => {
  it('upgrades a database made at an older schema version, keeping its articles searchable', async () => {
    const path = join(dir, 'old.db');
    const old = openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    await old.addBatch({ articles: sampleArticles(), errors: [] });
    assert.equal((await old.stats()).schemaVersion, 1);
    await old.close();

    const upgraded = openSqliteStore(path);
    const stats = await upgraded.stats();
    assert.equal(stats.schemaVersion, MIGRATIONS[MIGRATIONS.length - 1].version);
    assert.equal(stats.articles, 3);
    assert.deepEqual((await upgraded.articles({ q: 'blockade' })).map((a) => a.id), ['threat']);
    await upgraded.close();

    const again = openSqliteStore(path);
    assert.equal((await again.stats()).schemaVersion, stats.schemaVersion, 'migrating twice changes nothing');
    await again.close();
  });

  it('refuses a database from a newer schema, and leaves it alone', async () => {
    const path = join(dir, 'newer.db');
    await (openSqliteStore(path)).close();
    const db = new Database(path);
    const future = MIGRATIONS[MIGRATIONS.length - 1].version + 1;
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(future, 'future', 'x');
    db.close();
    assert.throws(() => openSqliteStore(path), /newer than this Kroniek knows/);
    const check = new Database(path);
    assert.equal(schemaVersion(check), future);
    check.close();
  });

  it('uses write-ahead logging and will not create a store a reading command names wrongly', async () => {
    const path = join(dir, 'wal.db');
    await openSqliteStore(path).close();
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    assert.throws(() => openSqliteStore(join(dir, 'missing.db'), { mustExist: true }), /no such store/);
  });
});
