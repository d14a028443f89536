export type {
  ActorQuery,
  ActorSummary,
  AddOutcome,
  ArticleIdentity,
  ArticleQuery,
  ArticleRef,
  ArticleSummary,
  EventActor,
  EventQuery,
  EventSort,
  IngestBatch,
  IngestErrorInput,
  Page,
  Store,
  StoreStats,
  StoredEvent,
  StoredIngestError,
} from './store.js';
export { EVENT_SORTS } from './store.js';
export { articleIdentity, canonicalUrl, contentHash } from './identity.js';
export { eventDay } from './event-day.js';
export { DEFAULT_STORE_PATH, openStore, type OpenStoreOptions } from './open.js';
