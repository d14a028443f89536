import type { Article } from '../doc/article.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import type { ArticleInput } from '../io/input.js';

/** What the ingest thread sends a worker: an article to analyse, numbered. */
export interface AnalysisRequest {
  seq: number;
  input: ArticleInput;
}

/** What a worker sends back: the article, or why it could not be analysed. */
export type AnalysisReply = { seq: number; article: Article } | { seq: number; error: string };

/** Given to each worker when it starts. */
export type WorkerSettings = Omit<AnalyzeOptions, 'tokens'>;
