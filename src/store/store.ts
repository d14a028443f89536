import type { ActorRecord, Article, EventRecord, EventStatus, PloverType } from '../doc/article.js';

/**
 * Where ingested articles and their events live. The interface speaks in contract types and query objects, never
 * in a query language, so that another backend (PostgreSQL) is one more implementation; every implementation must
 * pass the conformance suite in ./testing/conformance.ts.
 */
export interface Store {
  /** Where the store lives (a file path, a connection name), for messages. */
  readonly location: string;
  /** For each identity: whether an article with that URL or that content hash is stored already. */
  isKnown(identities: readonly ArticleIdentity[]): Promise<boolean[]>;
  /**
   * Stores a batch in one transaction: each new article with everything in it, and the errors of inputs that could
   * not be ingested. An article whose URL or content hash is stored already (or earlier in the batch) is skipped.
   */
  addBatch(batch: IngestBatch): Promise<AddOutcome[]>;
  /** One page of the events that match, in `query.sort` order. */
  events(query: EventQuery): Promise<StoredEvent[]>;
  /** Every event that matches, in order, read in chunks (for exports). `limit`/`offset` apply as in `events`. */
  eachEvent(query: EventQuery): AsyncIterable<StoredEvent>;
  /** How many events match (ignoring limit and offset). */
  countEvents(query: EventQuery): Promise<number>;
  /** Actors mentioned in the stored articles, with how many events they take part in, most events first. */
  actors(query: ActorQuery): Promise<ActorSummary[]>;
  /** Stored articles, newest ingested first, or best full-text match first when `query.q` is given. */
  articles(query: ArticleQuery): Promise<ArticleSummary[]>;
  /** A stored article as the pipeline produced it (without tokens), or undefined. */
  article(key: number): Promise<Article | undefined>;
  /** Inputs that could not be ingested, latest first. */
  ingestErrors(page: Page): Promise<StoredIngestError[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** What identifies an article for deduplication (see docs/store.md); either one matching is enough. */
export interface ArticleIdentity {
  url?: string;
  contentHash?: string;
}

export interface IngestBatch {
  articles: readonly Article[];
  errors: readonly IngestErrorInput[];
}

export type AddOutcome = { status: 'added'; key: number } | { status: 'duplicate'; key: number };

/** An input that could not be ingested: which one, and why. */
export interface IngestErrorInput {
  input: string;
  message: string;
}

export interface StoredIngestError extends IngestErrorInput {
  /** ISO 8601 time of the first and the latest run that met it. */
  firstSeen: string;
  lastSeen: string;
  /** How many runs met it. */
  count: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export const EVENT_SORTS = ['date', '-date', 'ingested', '-confidence'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventQuery extends Page {
  /** Either party: its actor's Wikidata id, its actor's name or the text as written (case-insensitive). */
  actor?: string;
  /** A source party, or a target party, matched as `actor` is. */
  sourceActor?: string;
  targetActor?: string;
  /** ISO 3166-1 alpha-3 code (or IGO, NGO) of a source, or of a target, party. */
  sourceCountry?: string;
  targetCountry?: string;
  /** Any of these types (all when absent or empty). */
  type?: readonly PloverType[];
  status?: readonly EventStatus[];
  /** Inclusive bounds (YYYY-MM-DD, or YYYY-MM, YYYY) on the event's day: its date, else the article's. */
  from?: string;
  to?: string;
  /** Words that the article's title or text must contain (all of them). */
  q?: string;
  /** Default `date`: oldest first, events without a day last. */
  sort?: EventSort;
}

export interface ActorQuery extends Page {
  /** Part of the name (case-insensitive). */
  name?: string;
  country?: string;
}

export interface ArticleQuery extends Page {
  q?: string;
}

/** The article an event comes from, without its text and analysis. */
export interface ArticleRef {
  key: number;
  id: string;
  url?: string;
  title?: string;
  published: string | null;
  source?: string;
  language: string;
}

export interface StoredEvent {
  /** Unique in the store (GDELT's GlobalEventID). */
  key: number;
  article: ArticleRef;
  event: EventRecord;
  /** The event's day (YYYY-MM-DD): its own full date, else the article's publication date; null when neither. */
  day: string | null;
  /** The text of the evidence span. */
  evidenceText: string;
  /** The article's actors that the event refers to (its parties, whoever it is attributed to). */
  actors: EventActor[];
  /** ISO 8601 time the article was stored. */
  ingestedAt: string;
}

export type EventActor = Omit<ActorRecord, 'mentions'>;

export interface ActorSummary {
  /** What the rows are grouped by: the Wikidata id when there is one, else name, country and sector. */
  wikidata?: string;
  name: string;
  country: string;
  sector: string;
  /** Articles that mention it. */
  articles: number;
  /** Events it is a party to, and how often as source and as target. */
  events: number;
  asSource: number;
  asTarget: number;
}

export interface ArticleSummary extends ArticleRef {
  events: number;
  ingestedAt: string;
}

export interface StoreStats {
  articles: number;
  events: number;
  ingestErrors: number;
  schemaVersion: number;
}
