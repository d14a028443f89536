import type { IngestCounts } from './ingest.js';

/** The one-line summary of a run, printed when it ends. */
export function ingestSummary(counts: IngestCounts, seconds: number): string {
  const rate = seconds > 0 ? counts.added / seconds : 0;
  return (
    `${counts.read} read: ${counts.added} added (${counts.events} events), ${counts.duplicates} already stored, ` +
    `${counts.failed} failed, in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`
  );
}

/** How often the progress line is redrawn at most. */
const REDRAW_MS = 100;

/** A progress line on a terminal, redrawn in place; `done` clears it for the summary. */
export class ProgressLine {
  private last = 0;
  private readonly started = Date.now();

  constructor(private readonly out: NodeJS.WritableStream & { columns?: number }) {}

  update(counts: IngestCounts): void {
    const now = Date.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? (counts.analysed / seconds).toFixed(1) : '0.0';
    const line =
      `ingest: ${counts.read} read, ${counts.analysed} analysed, ${counts.added} stored, ` +
      `${counts.duplicates} known, ${counts.failed} failed, ${rate} articles/s`;
    this.out.write(`\r${line.slice(0, (this.out.columns || 80) - 1)}\x1b[K`);
  }

  done(): void {
    this.out.write('\r\x1b[K');
  }
}
