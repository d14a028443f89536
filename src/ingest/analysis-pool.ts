import { Worker } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import type { ArticleInput } from '../io/input.js';
import type { AnalysisReply, WorkerSettings } from './worker-protocol.js';

/**
 * The worker script beside this file. Built, it is worker.js; from source (under tsx) it is worker.ts, which a worker
 * thread can only load after registering tsx's loader itself (loader hooks are per thread).
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker.js', import.meta.url);
  const script = new URL('./worker.ts', import.meta.url).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(loader)}; register(); await import(${JSON.stringify(script)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

interface Pending {
  resolve(article: Article): void;
  reject(error: Error): void;
}

/**
 * Analyses articles on worker threads, so that the pipeline runs on several cores while the calling thread reads
 * inputs and writes the store. Each article goes to the worker with the fewest in hand.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number, settings: WorkerSettings) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size ${size}: expected a whole number ≥ 1`);
    const entry = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: settings });
      worker.on('message', (reply: AnalysisReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`an analysis worker stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  /** The analysed article; rejects with the pipeline's message when it cannot be analysed. */
  analyze(input: ArticleInput): Promise<Article> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.workers.reduce((best, w) => (this.load.get(w)! < this.load.get(best)! ? w : best));
    const seq = this.seq++;
    this.load.set(worker, this.load.get(worker)! + 1);
    return new Promise<Article>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, input });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(worker: Worker, reply: AnalysisReply): void {
    const pending = this.pending.get(reply.seq);
    if (!pending) return;
    this.pending.delete(reply.seq);
    this.load.set(worker, this.load.get(worker)! - 1);
    if ('article' in reply) pending.resolve(reply.article);
    else pending.reject(new Error(reply.error));
  }

  /** A worker that dies takes the pool down: every article in hand, and every later one, is refused. */
  private fail(error: Error): void {
    if (this.closing) return;
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}
