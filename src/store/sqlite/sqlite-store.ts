import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ActorRecord, Article, EventRecord } from '../../doc/article.js';
import { eventDay } from '../event-day.js';
import { articleIdentity } from '../identity.js';
import type {
  ActorQuery,
  ActorSummary,
  AddOutcome,
  ArticleIdentity,
  ArticleQuery,
  ArticleSummary,
  EventActor,
  EventQuery,
  IngestBatch,
  Page,
  Store,
  StoreStats,
  StoredEvent,
  StoredIngestError,
} from '../store.js';
import { eventFilter, eventOrder, type SqlFilter } from './event-filter.js';
import { ftsMatch } from './fts.js';
import { migrate, MIGRATIONS, type Migration } from './migrations.js';

export interface SqliteStoreOptions {
  /** Refuse to create a new database file (for commands that only read). */
  mustExist?: boolean;
  /** The schema steps to apply (tests upgrade through older ones); default all. */
  migrations?: readonly Migration[];
}

/** How many events `eachEvent` reads at a time. */
const EXPORT_CHUNK = 1000;

/** Opens (creating when allowed) a store in one SQLite file, migrated to the current schema. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new Error(`${path}: no such store (ingest articles into it first, or name it with --db)`);
  }
  const db = new Database(path, { timeout: 10_000 });
  try {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps every committed transaction through a crash of the process (not of the machine).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.migrations ?? MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, path);
}

interface EventRow {
  key: number;
  record: string;
  actors: string;
  day: string | null;
  evidence_text: string;
  article_key: number;
  article_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string;
  ingested_at: string;
}

interface ArticleRow {
  key: number;
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string;
  ingested_at: string;
  events: number;
}

const EVENT_COLUMNS = `e.key, e.record, e.actors, e.day, e.evidence_text, a.key AS article_key, a.id AS article_id, a.url,
  a.title, a.published, a.source, a.language, a.ingested_at`;

const ARTICLE_COLUMNS = `a.key, a.id, a.url, a.title, a.published, a.source, a.language, a.ingested_at,
  (SELECT count(*) FROM events WHERE article_key = a.key) AS events`;

export class SqliteStore implements Store {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.statements = {
      keyByHash: db.prepare('SELECT key FROM articles WHERE content_hash = ?').pluck(),
      keyByUrl: db.prepare('SELECT key FROM articles WHERE url = ?').pluck(),
      article: db.prepare(`INSERT INTO articles (id, url, content_hash, title, published, language, source, text,
        analysis, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      sentence: db.prepare('INSERT INTO sentences (article_key, idx, start, "end") VALUES (?, ?, ?, ?)'),
      entity: db.prepare(`INSERT INTO entities (article_key, id, start, "end", text, label, actor)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      actor: db.prepare(`INSERT INTO actors (article_key, id, name, country, sector, wikidata, group_key)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      event: db.prepare(`INSERT INTO events (article_key, idx, id, type, mode, cameo, goldstein, date, day,
        location_text, location_country, status, attributed_to, sentence, evidence_start, evidence_end, evidence_text,
        confidence, record, actors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      party: db.prepare(`INSERT INTO event_actors (event_key, role, idx, actor, text, name, country, sector, wikidata,
        group_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quote: db.prepare(`INSERT INTO quotes (article_key, id, start, "end", text, speaker, cue, kind)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      claim: db.prepare(`INSERT INTO claims (article_key, id, claimant, stance, event, evidence_start, evidence_end)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      error: db.prepare(`INSERT INTO ingest_errors (input, message, first_seen, last_seen) VALUES (?, ?, ?, ?)
        ON CONFLICT (input, message) DO UPDATE SET last_seen = excluded.last_seen, count = count + 1`),
    };
  }

  async isKnown(identities: readonly ArticleIdentity[]): Promise<boolean[]> {
    return identities.map((identity) => this.existingKey(identity) !== undefined);
  }

  async addBatch(batch: IngestBatch): Promise<AddOutcome[]> {
    const now = new Date().toISOString();
    return this.db.transaction(() => {
      const outcomes = batch.articles.map((article): AddOutcome => {
        const identity = articleIdentity(article);
        const existing = this.existingKey(identity);
        if (existing !== undefined) return { status: 'duplicate', key: existing };
        return { status: 'added', key: this.insertArticle(article, identity, now) };
      });
      for (const error of batch.errors) this.statements.error.run(error.input, error.message, now, now);
      return outcomes;
    })();
  }

  async events(query: EventQuery): Promise<StoredEvent[]> {
    const filter = eventFilter(query);
    const rows = this.db
      .prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.key = e.article_key
        ${filter.where} ${eventOrder(query.sort)} ${pageClause(query)}`)
      .all(...filter.params);
    return rows.map(storedEvent);
  }

  async *eachEvent(query: EventQuery): AsyncIterable<StoredEvent> {
    // The matching keys first (small), then the rows chunk by chunk: no statement stays open between chunks.
    const filter = eventFilter(query);
    const keys = this.db
      .prepare(`SELECT e.key FROM events e ${filter.where} ${eventOrder(query.sort)} ${pageClause(query)}`)
      .pluck()
      .all(...filter.params) as number[];
    const chunk = this.db.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a
      ON a.key = e.article_key WHERE e.key IN (SELECT value FROM json_each(?))`);
    for (let i = 0; i < keys.length; i += EXPORT_CHUNK) {
      const slice = keys.slice(i, i + EXPORT_CHUNK);
      const byKey = new Map(chunk.all(JSON.stringify(slice)).map((row) => [row.key, row]));
      for (const key of slice) {
        const row = byKey.get(key);
        if (row) yield storedEvent(row);
      }
    }
  }

  async countEvents(query: EventQuery): Promise<number> {
    const filter = eventFilter(query);
    return this.db.prepare(`SELECT count(*) FROM events e ${filter.where}`).pluck().get(...filter.params) as number;
  }

  async actors(query: ActorQuery): Promise<ActorSummary[]> {
    // Count per group in SQL (the group_key indexes cover it), then name the groups of the page only.
    const filter = actorGroupFilter(query);
    const counts = this.db
      .prepare<ActorCountRow>(`WITH
        parties AS (SELECT group_key, count(DISTINCT event_key) AS events,
            count(DISTINCT CASE WHEN role = 'source' THEN event_key END) AS as_source,
            count(DISTINCT CASE WHEN role = 'target' THEN event_key END) AS as_target
          FROM event_actors ${filter.where} GROUP BY group_key),
        mentions AS (SELECT group_key, count(DISTINCT article_key) AS articles
          FROM actors ${filter.where} GROUP BY group_key),
        groups AS (SELECT group_key FROM parties UNION SELECT group_key FROM mentions)
        SELECT g.group_key, coalesce(p.events, 0) AS events, coalesce(p.as_source, 0) AS as_source,
          coalesce(p.as_target, 0) AS as_target, coalesce(m.articles, 0) AS articles
        FROM groups g LEFT JOIN parties p ON p.group_key = g.group_key LEFT JOIN mentions m ON m.group_key = g.group_key
        ORDER BY events DESC, articles DESC, g.group_key ${pageClause(query)}`)
      .all(...filter.params, ...filter.params);
    // The rows of a group share their name, country and sector (or, grouped by Wikidata id, their actor): any one names it.
    const representative = this.db.prepare<ActorNameRow>(`SELECT wikidata, name, country, sector
      FROM actors WHERE group_key = ? UNION ALL SELECT wikidata, name, country, sector FROM event_actors WHERE group_key = ?
      LIMIT 1`);
    return counts.map((row) => {
      const group = representative.get(row.group_key, row.group_key)!;
      return {
        ...(group.wikidata !== null && { wikidata: group.wikidata }),
        name: group.name,
        country: group.country,
        sector: group.sector,
        articles: row.articles,
        events: row.events,
        asSource: row.as_source,
        asTarget: row.as_target,
      };
    });
  }

  async articles(query: ArticleQuery): Promise<ArticleSummary[]> {
    const match = query.q === undefined ? undefined : ftsMatch(query.q);
    const rows =
      match === undefined
        ? this.db.prepare<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.key DESC ${pageClause(query)}`).all()
        : this.db
            .prepare<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles_fts f JOIN articles a ON a.key = f.rowid
              WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.key ${pageClause(query)}`)
            .all(match);
    return rows.map((row) => ({ ...articleRef(row, row.key, row.id), events: row.events, ingestedAt: row.ingested_at }));
  }

  async article(key: number): Promise<Article | undefined> {
    const row = this.db.prepare<{ text: string; analysis: string }>('SELECT text, analysis FROM articles WHERE key = ?').get(key);
    if (!row) return undefined;
    const records = this.db.prepare('SELECT record FROM events WHERE article_key = ? ORDER BY idx').pluck().all(key) as string[];
    const analysis = JSON.parse(row.analysis) as Omit<Article, 'text' | 'events'>;
    return { ...analysis, text: row.text, events: records.map((record) => JSON.parse(record) as EventRecord) };
  }

  async ingestErrors(page: Page): Promise<StoredIngestError[]> {
    const rows = this.db
      .prepare<{ input: string; message: string; first_seen: string; last_seen: string; count: number }>(
        `SELECT input, message, first_seen, last_seen, count FROM ingest_errors ORDER BY last_seen DESC, key DESC ${pageClause(page)}`,
      )
      .all();
    return rows.map((row) => ({
      input: row.input,
      message: row.message,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      count: row.count,
    }));
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const schemaVersion = this.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number;
    return { articles: count('articles'), events: count('events'), ingestErrors: count('ingest_errors'), schemaVersion };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private existingKey(identity: ArticleIdentity): number | undefined {
    const byHash =
      identity.contentHash === undefined ? undefined : (this.statements.keyByHash.get(identity.contentHash) as number | undefined);
    if (byHash !== undefined || identity.url === undefined) return byHash;
    return this.statements.keyByUrl.get(identity.url) as number | undefined;
  }

  private insertArticle(article: Article, identity: ArticleIdentity & { contentHash: string }, now: string): number {
    const s = this.statements;
    const analysis = JSON.stringify({ ...article, text: undefined, tokens: undefined, events: undefined });
    const key = Number(
      s.article.run(article.id, identity.url ?? null, identity.contentHash, article.title ?? null, article.published,
        article.language, article.source ?? null, article.text, analysis, now).lastInsertRowid,
    );
    article.sentences.forEach((sentence, i) => s.sentence.run(key, i, sentence.start, sentence.end));
    for (const e of article.entities) s.entity.run(key, e.id, e.start, e.end, e.text, e.label, e.actor ?? null);
    const actors = new Map<string, ActorRecord>();
    for (const a of article.actors) {
      actors.set(a.id, a);
      s.actor.run(key, a.id, a.name, a.country, a.sector, a.wikidata ?? null, groupKey(a.wikidata, a.name, a.country, a.sector));
    }
    article.events.forEach((event, i) => {
      const eventKey = Number(
        s.event.run(key, i, event.id, event.type, event.mode ?? null, event.cameo ?? null, event.goldstein ?? null,
          event.date ?? null, eventDay(event, article.published), event.location?.text ?? null,
          event.location?.country ?? null, event.status, event.attributedTo ?? null, event.sentence,
          event.evidence.start, event.evidence.end, article.text.slice(event.evidence.start, event.evidence.end),
          event.confidence, JSON.stringify(event), JSON.stringify(eventActors(event, actors))).lastInsertRowid,
      );
      for (const role of ['source', 'target'] as const) {
        event[role].forEach((party, j) => {
          const actor = party.actor === undefined ? undefined : actors.get(party.actor);
          const name = actor?.name ?? party.text;
          const wikidata = actor?.wikidata ?? null;
          s.party.run(eventKey, role, j, party.actor ?? null, party.text, name, party.country, party.sector, wikidata,
            groupKey(wikidata ?? undefined, name, party.country, party.sector));
        });
      }
    });
    for (const q of article.quotes) s.quote.run(key, q.id, q.start, q.end, q.text, q.speaker ?? null, q.cue ?? null, q.kind);
    for (const c of article.claims) s.claim.run(key, c.id, c.claimant, c.stance, c.event, c.evidence.start, c.evidence.end);
    return key;
  }
}

interface ActorCountRow {
  group_key: string;
  events: number;
  as_source: number;
  as_target: number;
  articles: number;
}

/** The groups an actor query asks for: those with a name containing `name`, of `country` (in any of their rows). */
function actorGroupFilter(query: ActorQuery): SqlFilter {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.name !== undefined && query.name !== '') {
    conditions.push(`group_key IN (SELECT group_key FROM actors WHERE instr(lower(name), lower(?)) > 0
      UNION SELECT group_key FROM event_actors WHERE instr(lower(name), lower(?)) > 0)`);
    params.push(query.name, query.name);
  }
  if (query.country !== undefined && query.country !== '') {
    conditions.push(`group_key IN (SELECT group_key FROM actors WHERE country = ?
      UNION SELECT group_key FROM event_actors WHERE country = ?)`);
    params.push(query.country.toUpperCase(), query.country.toUpperCase());
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

interface ActorNameRow {
  wikidata: string | null;
  name: string;
  country: string;
  sector: string;
}

/** Joins the mentions of one actor across articles: by Wikidata id, else by name, country and sector. */
function groupKey(wikidata: string | undefined, name: string, country: string, sector: string): string {
  return wikidata ? `wd:${wikidata}` : `${name.toLowerCase()}|${country}|${sector}`;
}

/** The actors of the article that `event` names, without their mentions. */
function eventActors(event: EventRecord, actors: ReadonlyMap<string, ActorRecord>): EventActor[] {
  const ids = new Set([...event.source, ...event.target].map((party) => party.actor));
  ids.add(event.attributedTo);
  const named: EventActor[] = [];
  for (const id of ids) {
    const actor = id === undefined ? undefined : actors.get(id);
    if (actor) {
      const { mentions: _mentions, ...rest } = actor;
      named.push(rest);
    }
  }
  return named;
}

function pageClause(page: Page): string {
  const limit = page.limit === undefined ? -1 : wholeNumber(page.limit, 'limit');
  const offset = page.offset === undefined ? 0 : wholeNumber(page.offset, 'offset');
  return limit === -1 && offset === 0 ? '' : `LIMIT ${limit} OFFSET ${offset}`;
}

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} ${value}: expected a whole number ≥ 0`);
  return value;
}

function storedEvent(row: EventRow): StoredEvent {
  return {
    key: row.key,
    article: articleRef(row, row.article_key, row.article_id),
    event: JSON.parse(row.record) as EventRecord,
    day: row.day,
    evidenceText: row.evidence_text,
    actors: JSON.parse(row.actors) as EventActor[],
    ingestedAt: row.ingested_at,
  };
}

function articleRef(
  row: Pick<ArticleRow, 'url' | 'title' | 'published' | 'source' | 'language'>,
  key: number,
  id: string,
): StoredEvent['article'] {
  return {
    key,
    id,
    ...(row.url !== null && { url: row.url }),
    ...(row.title !== null && { title: row.title }),
    published: row.published,
    ...(row.source !== null && { source: row.source }),
    language: row.language,
  };
}
