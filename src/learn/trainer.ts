import { KeyIndex } from './key-index.js';
import { argmax, argmaxAllowed, LinearModel, type CompactOptions } from './linear-model.js';

/**
 * Multi-class averaged perceptron over hashed feature keys. Each feature row holds one weight per class,
 * contiguously. Averaging uses the accumulated-update trick (Daumé 2006): besides the weights `w` it keeps
 * `u += t * delta` for every update at instance counter `t`, so the average is `w - u / t` without
 * touching untouched weights (the same effect as lazy timestamps, with one array less).
 */
export class PerceptronTrainer {
  readonly labels: readonly string[];
  private readonly classCount: number;
  private readonly index: KeyIndex;
  private weights: Float32Array;
  private accumulated: Float64Array;
  private rowCapacity: number;
  /** Instance counter t, starting at 1. */
  private instances = 1;
  private readonly scratch: Float32Array;
  /** Scratch rows of the keys `score` looks up. */
  private rows = new Int32Array(128);
  /** Where the loads made ahead of scoring go (see score). */
  private sink = 0;

  constructor(labels: readonly string[], expectedFeatures = 1 << 16) {
    if (labels.length < 2) throw new RangeError('PerceptronTrainer: need at least two classes');
    this.labels = [...labels];
    this.classCount = labels.length;
    this.index = new KeyIndex(expectedFeatures);
    this.rowCapacity = expectedFeatures;
    this.weights = new Float32Array(expectedFeatures * this.classCount);
    this.accumulated = new Float64Array(expectedFeatures * this.classCount);
    this.scratch = new Float32Array(this.classCount);
  }

  /** Number of feature rows created so far (features that took part in an update). */
  get featureCount(): number {
    return this.index.size;
  }

  /** Sets `scores[c]` to the current (non-averaged) score of class c for the first `n` keys. */
  score(keys: Uint32Array, n: number, scores: Float32Array): void {
    const C = this.classCount;
    scores.fill(0, 0, C);
    if (this.rows.length < n) this.rows = new Int32Array(n * 2);
    const { rows, weights } = this;
    // Every row's first weight is loaded before any is summed, as the index loads its slots (KeyIndex.findAll).
    let sink = this.index.findAll(keys, n, rows);
    for (let f = 0; f < n; f++) if (rows[f] >= 0) sink += weights[rows[f] * C];
    this.sink = sink;
    for (let f = 0; f < n; f++) {
      const row = rows[f];
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += weights[base + c];
    }
  }

  /** The best class under the current weights (among the `allowed` ones when given, as LinearModel.predict). */
  predict(keys: Uint32Array, n: number, allowed?: Uint8Array): number {
    this.score(keys, n, this.scratch);
    return allowed ? argmaxAllowed(this.scratch, this.classCount, allowed) : argmax(this.scratch, this.classCount);
  }

  /** One online step: predicts, updates when wrong, advances the instance counter; returns the guess. */
  learn(keys: Uint32Array, n: number, truth: number, allowed?: Uint8Array): number {
    const guess = this.predict(keys, n, allowed);
    this.update(keys, n, truth, guess);
    this.tick();
    return guess;
  }

  /** Moves weight `amount` from class `guess` to class `truth` on the first `n` keys (no-op when equal). */
  update(keys: Uint32Array, n: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    const C = this.classCount;
    const t = this.instances;
    for (let f = 0; f < n; f++) {
      const row = this.index.findOrAdd(keys[f]);
      if (row >= this.rowCapacity) this.growRows();
      const base = row * C;
      this.weights[base + truth] += amount;
      this.accumulated[base + truth] += t * amount;
      this.weights[base + guess] -= amount;
      this.accumulated[base + guess] -= t * amount;
    }
  }

  /** Advances the instance counter; call once per training instance when using `update` directly. */
  tick(): void {
    this.instances++;
  }

  /** The averaged weights as a compact, quantised model (training can continue afterwards). */
  averagedModel(options: CompactOptions = {}): LinearModel {
    return LinearModel.fromDense(this.labels, this.index.keys().slice(), this.averagedWeights(), options);
  }

  /**
   * One model whose weights are the mean of the averaged weights of `trainers` (same labels, trained on the same
   * data in different orders): averaging in weight space smooths out what one shuffle order learned by chance.
   */
  static meanModel(trainers: readonly PerceptronTrainer[], options: CompactOptions = {}): LinearModel {
    if (trainers.length === 0) throw new RangeError('PerceptronTrainer.meanModel: no trainers');
    const [first] = trainers;
    const C = first.classCount;
    const merged = new KeyIndex(first.index.size * 2);
    for (const trainer of trainers) {
      if (trainer.labels.join() !== first.labels.join()) throw new RangeError('PerceptronTrainer.meanModel: labels differ');
      for (const key of trainer.index.keys()) merged.findOrAdd(key);
    }
    const sum = new Float32Array(merged.size * C);
    for (const trainer of trainers) {
      const averaged = trainer.averagedWeights();
      const keys = trainer.index.keys();
      for (let r = 0; r < keys.length; r++) {
        const base = merged.find(keys[r]) * C;
        for (let c = 0; c < C; c++) sum[base + c] += averaged[r * C + c] / trainers.length;
      }
    }
    return LinearModel.fromDense(first.labels, merged.keys().slice(), sum, options);
  }

  /** Averaged weight of every (row, class), rows in the order of `index.keys()`. */
  private averagedWeights(): Float32Array {
    const size = this.index.size * this.classCount;
    const averaged = new Float32Array(size);
    const t = this.instances;
    for (let i = 0; i < size; i++) averaged[i] = this.weights[i] - this.accumulated[i] / t;
    return averaged;
  }

  private growRows(): void {
    this.rowCapacity *= 2;
    const weights = new Float32Array(this.rowCapacity * this.classCount);
    weights.set(this.weights);
    this.weights = weights;
    const accumulated = new Float64Array(this.rowCapacity * this.classCount);
    accumulated.set(this.accumulated);
    this.accumulated = accumulated;
  }
}
