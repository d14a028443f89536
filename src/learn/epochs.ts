import type { Writable } from 'node:stream';
import { ProgressBar } from './progress.js';
import { SeededRandom } from './random.js';

/** What `trainEpochs` needs from a component's training code. */
export interface EpochTraining<Item, Model> {
  /** Training instances (sentences, documents, ...); shuffled in place each epoch. */
  items: Item[];
  epochs: number;
  seed: number;
  /** Trains on one item. */
  learn(item: Item): void;
  /** Snapshot of the model after an epoch (e.g. averaged weights) with its dev score (higher is better). */
  snapshot(): { model: Model; score: number; report: string };
  /** Progress label, e.g. "tagger nl". */
  label: string;
  log?: Writable;
}

/**
 * Runs seeded epochs of online training with a progress bar and a dev report per epoch; returns the
 * snapshot of the best epoch (the earliest on ties).
 */
export function trainEpochs<Item, Model>(training: EpochTraining<Item, Model>): {
  model: Model;
  score: number;
  epoch: number;
} {
  const random = new SeededRandom(training.seed);
  const log = training.log ?? process.stderr;
  let best: { model: Model; score: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= training.epochs; epoch++) {
    random.shuffle(training.items);
    const bar = new ProgressBar(training.items.length, `${training.label} epoch ${epoch}/${training.epochs}`, log);
    for (const item of training.items) {
      training.learn(item);
      bar.tick();
    }
    const { model, score, report } = training.snapshot();
    const isBest = best === null || score > best.score;
    bar.done(`${report}${isBest ? ' (best)' : ''}`);
    if (isBest) best = { model, score, epoch };
  }
  if (best === null) throw new RangeError('trainEpochs: epochs must be at least 1');
  return best;
}

/**
 * `count` fixed orders of the items 0..n-1 (the first the identity, the others seeded shuffles), for training several
 * models side by side: model k learns from item `orders[k][i]` where `trainEpochs` hands out item i, so each model
 * sees its own sequence while all share the epoch loop.
 */
export function shuffleOrders(n: number, count: number, seed: number): number[][] {
  return Array.from({ length: Math.max(1, count) }, (_, k) => {
    const order = Array.from({ length: n }, (_, i) => i);
    if (k > 0) new SeededRandom(seed * 1000 + k).shuffle(order);
    return order;
  });
}
