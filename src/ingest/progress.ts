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
const BAR_WIDTH = 20;

/**
 * A progress bar on a terminal, redrawn in place; `done` clears it for the summary. Inputs are read as a stream, so
 * the bar shows the share of the inputs read so far that are finished (stored, known or failed): it fills as the
 * analysis catches up with the reading.
 */
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
    const finished = counts.added + counts.duplicates + counts.failed;
    const filled = counts.read > 0 ? Math.min(BAR_WIDTH, Math.floor((BAR_WIDTH * finished) / counts.read)) : 0;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${finished}/${counts.read}`;
    const line =
      `ingest ${bar}: ${counts.analysed} analysed, ${counts.added} stored, ` +
      `${counts.duplicates} known, ${counts.failed} failed, ${rate} articles/s`;
    this.out.write(`\r${line.slice(0, (this.out.columns || 80) - 1)}\x1b[K`);
  }

  done(): void {
    this.out.write('\r\x1b[K');
  }
}
