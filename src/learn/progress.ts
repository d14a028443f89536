import type { Writable } from 'node:stream';

/**
 * A one-line progress bar for training on stderr. Redraws at most ten times a second, and only on a
 * terminal; `done` always prints its closing line.
 */
export class ProgressBar {
  private count = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly interactive: boolean;

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: Writable = process.stderr,
  ) {
    this.interactive = Boolean((stream as { isTTY?: boolean }).isTTY);
  }

  tick(n = 1): void {
    this.count += n;
    if (!this.interactive) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.count < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const fraction = this.total > 0 ? Math.min(1, this.count / this.total) : 1;
    const filled = Math.round(fraction * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    this.stream.write(`\r${this.label} [${bar}] ${(fraction * 100).toFixed(0).padStart(3)}%`);
  }

  /** Clears the bar and prints `message` with the elapsed time. */
  done(message: string): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    if (this.interactive) this.stream.write('\r\x1b[K');
    this.stream.write(`${this.label}: ${message} (${seconds}s)\n`);
  }
}
