import type Database from 'better-sqlite3';

/** One step of the schema; applied once, in order of `version`, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, step by step. Never edit a released step: add the next one (docs/store.md). */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, their analyses and ingest errors',
    sql: `
      CREATE TABLE articles (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        language TEXT NOT NULL,
        source TEXT,
        text TEXT NOT NULL,
        -- The Article as the pipeline produced it, without text, tokens and events (those are in their tables).
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_id ON articles (id);
      CREATE INDEX articles_published ON articles (published);

      CREATE TABLE sentences (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_key, idx)
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        actor TEXT,
        PRIMARY KEY (article_key, id)
      ) WITHOUT ROWID;

      -- One row per actor per article; group_key joins the mentions of one actor across articles.
      CREATE TABLE actors (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE,
        country TEXT NOT NULL,
        sector TEXT NOT NULL,
        wikidata TEXT,
        group_key TEXT NOT NULL,
        PRIMARY KEY (article_key, id)
      ) WITHOUT ROWID;
      CREATE INDEX actors_group ON actors (group_key, article_key);

      CREATE TABLE events (
        key INTEGER PRIMARY KEY,
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        cameo TEXT,
        goldstein REAL,
        date TEXT,
        -- The event's full date, else the article's publication date (YYYY-MM-DD), for date filters.
        day TEXT,
        location_text TEXT,
        location_country TEXT,
        status TEXT NOT NULL,
        attributed_to TEXT,
        sentence INTEGER NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        confidence REAL NOT NULL,
        -- The EventRecord as the pipeline produced it, and the article's actors it refers to (JSON).
        record TEXT NOT NULL,
        actors TEXT NOT NULL,
        UNIQUE (article_key, idx)
      );
      CREATE INDEX events_day ON events (day, key);
      CREATE INDEX events_type_day ON events (type, day);
      CREATE INDEX events_status ON events (status);

      -- The parties of each event, one row each, for filtering and counting.
      CREATE TABLE event_actors (
        event_key INTEGER NOT NULL REFERENCES events (key) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        idx INTEGER NOT NULL,
        actor TEXT,
        text TEXT NOT NULL COLLATE NOCASE,
        name TEXT NOT NULL COLLATE NOCASE,
        country TEXT NOT NULL,
        sector TEXT NOT NULL,
        wikidata TEXT,
        group_key TEXT NOT NULL,
        PRIMARY KEY (event_key, role, idx)
      ) WITHOUT ROWID;
      CREATE INDEX event_actors_country ON event_actors (country, role, event_key);
      CREATE INDEX event_actors_name ON event_actors (name, event_key);
      CREATE INDEX event_actors_text ON event_actors (text, event_key);
      CREATE INDEX event_actors_wikidata ON event_actors (wikidata, event_key);
      CREATE INDEX event_actors_group ON event_actors (group_key, event_key, role);

      CREATE TABLE quotes (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        cue TEXT,
        kind TEXT NOT NULL,
        PRIMARY KEY (article_key, id)
      ) WITHOUT ROWID;

      CREATE TABLE claims (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        id TEXT NOT NULL,
        claimant TEXT NOT NULL,
        stance TEXT NOT NULL,
        event TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        PRIMARY KEY (article_key, id)
      ) WITHOUT ROWID;

      CREATE TABLE ingest_errors (
        key INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        message TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        UNIQUE (input, message)
      );
    `,
  },
  {
    version: 2,
    name: 'full-text search over article titles and texts',
    sql: `
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text, content = 'articles', content_rowid = 'key', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
      END;
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    `,
  },
];

/** The schema version of a database: the latest migration applied to it, 0 for a new one. */
export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  )`);
  const version = db.prepare<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations').get();
  return version?.version ?? 0;
}

/**
 * Brings the database up to the latest of `migrations`, applying the missing ones in order; applying them again
 * does nothing. A database from a newer Kroniek (a version this one does not know) is refused, not touched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (version > latest) {
    throw new Error(`${db.name} has schema version ${version}, newer than this Kroniek knows (${latest}); upgrade Kroniek`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    version = migration.version;
  }
  return version;
}
