import type { Article } from '../doc/article.js';
import { isInputError } from '../io/input.js';
import { canonicalUrl, contentHash } from '../store/identity.js';
import type { IngestErrorInput, Store } from '../store/store.js';
import { AnalysisPool } from './analysis-pool.js';
import { readSources, type SourceOptions } from './sources.js';

export interface IngestOptions extends Omit<SourceOptions, 'isKnownUrl'> {
  /** Worker threads that run the pipeline. */
  jobs: number;
  /** Analyse as this language, or `auto`. */
  language: string;
  /** Publication date for articles without one. */
  published?: string;
  /** Commit after this many articles and errors... */
  batchSize: number;
  /** ...or after this long, whichever comes first. */
  batchMs: number;
}

export interface IngestCounts {
  /** Inputs met (articles and inputs that could not be read). */
  read: number;
  /** Articles through the pipeline (stored when their batch commits). */
  analysed: number;
  added: number;
  /** Articles stored before (by URL or content), or twice in this run. */
  duplicates: number;
  /** Inputs that could not be read or analysed (recorded in the store). */
  failed: number;
  /** Events in the articles added. */
  events: number;
}

/**
 * Reads the inputs, analyses the new ones on worker threads and stores them batch by batch, each batch in one
 * transaction: a run that is killed loses only its uncommitted batch, and the next run skips what is stored.
 */
export async function ingest(
  paths: readonly string[],
  store: Store,
  options: IngestOptions,
  onProgress: (counts: IngestCounts) => void = () => {},
): Promise<IngestCounts> {
  const counts: IngestCounts = { read: 0, analysed: 0, added: 0, duplicates: 0, failed: 0, events: 0 };
  const pool = new AnalysisPool(options.jobs, { language: options.language, published: options.published });
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let articles: Article[] = [];
  let errors: IngestErrorInput[] = [];
  let lastCommit = Date.now();
  let committing = Promise.resolve();
  let storeFailure: Error | undefined;

  const commit = (): Promise<void> => {
    const batch = { articles, errors };
    articles = [];
    errors = [];
    lastCommit = Date.now();
    committing = committing.then(async () => {
      const outcomes = await store.addBatch(batch);
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'added') {
          counts.added++;
          counts.events += batch.articles[i].events.length;
        } else {
          counts.duplicates++;
        }
      });
      onProgress(counts);
    }).catch((error: Error) => {
      storeFailure ??= error;
    });
    return committing;
  };
  const commitWhenDue = () => {
    if (articles.length + errors.length >= options.batchSize || Date.now() - lastCommit >= options.batchMs) void commit();
  };
  const fail = (input: string, message: string) => {
    counts.failed++;
    errors.push({ input, message });
    commitWhenDue();
  };

  try {
    const sources = readSources(paths, {
      ...options,
      isKnownUrl: async (url) => seen.has(`url:${canonicalUrl(url)}`) || (await store.isKnown([{ url: canonicalUrl(url) }]))[0],
    });
    for await (const item of sources) {
      if (storeFailure) throw storeFailure;
      counts.read++;
      if ('known' in item) {
        counts.duplicates++;
        continue;
      }
      if (isInputError(item)) {
        fail(item.id, item.error);
        continue;
      }
      const identity = { url: canonicalUrl(item.url), contentHash: contentHash(item.text) };
      const keys = [`hash:${identity.contentHash}`, ...(identity.url ? [`url:${identity.url}`] : [])];
      if (keys.some((key) => seen.has(key)) || (await store.isKnown([identity]))[0]) {
        counts.duplicates++;
        continue;
      }
      for (const key of keys) seen.add(key);
      while (inFlight.size >= options.jobs * 2) await Promise.race(inFlight);
      const task: Promise<void> = pool
        .analyze(item)
        .then(
          (article) => {
            counts.analysed++;
            articles.push(article);
            commitWhenDue();
          },
          (error: Error) => fail(item.id, `${item.id}: ${error.message}`),
        )
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      onProgress(counts);
    }
    await Promise.all(inFlight);
    await commit();
    if (storeFailure) throw storeFailure;
  } finally {
    await committing;
    await pool.close();
  }
  return counts;
}
