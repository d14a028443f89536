export { ingest, type IngestCounts, type IngestOptions } from './ingest.js';
export { AnalysisPool } from './analysis-pool.js';
export { readSources, type KnownInput, type SourceItem, type SourceOptions } from './sources.js';
export { fetchPage, type FetchedPage, type FetchOptions } from './fetch.js';
export { ingestSummary, ProgressLine } from './progress.js';
