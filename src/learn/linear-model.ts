import { ByteReader, ByteWriter } from './bytes.js';
import { KeyIndex } from './key-index.js';

/** Options for turning trained weights into a compact model. */
export interface CompactOptions {
  /** Weights whose magnitude is below this are dropped (0 keeps every non-zero weight). */
  minWeight?: number;
}

/**
 * A trained multi-class linear model, read-only and compact: each feature key maps to a sparse row of
 * (class, weight) pairs; weights are int16 with one scale for the whole model. Scores are sums of
 * quantised weights (multiply by `scale` for the original units; the argmax does not need it).
 */
export class LinearModel {
  /** Row r's weights are entries[rowStart[r], rowStart[r + 1]), each (class << 16) | (int16 weight & 0xffff). */
  private readonly entries: Int32Array;

  private constructor(
    readonly labels: readonly string[],
    private readonly index: KeyIndex,
    private readonly rowStart: Uint32Array,
    classes: Uint16Array,
    values: Int16Array,
    readonly scale: number,
  ) {
    this.entries = new Int32Array(values.length);
    for (let j = 0; j < values.length; j++) this.entries[j] = (classes[j] << 16) | (values[j] & 0xffff);
  }

  get classCount(): number {
    return this.labels.length;
  }

  /** Number of feature rows kept. */
  get featureCount(): number {
    return this.rowStart.length - 1;
  }

  /** Number of non-zero weights kept. */
  get weightCount(): number {
    return this.entries.length;
  }

  /** Builds a compact model from dense rows: `weights[row * classCount + class]`, row r belonging to `keys[r]`. */
  static fromDense(
    labels: readonly string[],
    keys: Uint32Array,
    weights: ArrayLike<number>,
    options: CompactOptions = {},
  ): LinearModel {
    const classCount = labels.length;
    if (classCount > 65535) throw new RangeError('LinearModel: at most 65535 classes');
    const minWeight = options.minWeight ?? 0;
    let maxAbs = 0;
    for (let i = 0; i < keys.length * classCount; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keptKeys: number[] = [];
    const rowStart: number[] = [0];
    const classes: number[] = [];
    const values: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      const before = values.length;
      for (let c = 0; c < classCount; c++) {
        const w = weights[r * classCount + c];
        if (Math.abs(w) < minWeight) continue;
        const q = Math.round(w / scale);
        if (q === 0) continue;
        classes.push(c);
        values.push(q);
      }
      if (values.length === before) continue;
      keptKeys.push(keys[r]);
      rowStart.push(values.length);
    }
    const keyArray = Uint32Array.from(keptKeys);
    return new LinearModel(
      [...labels],
      KeyIndex.fromKeys(keyArray),
      Uint32Array.from(rowStart),
      Uint16Array.from(classes),
      Int16Array.from(values),
      scale,
    );
  }

  /** Sets `scores[c]` (length ≥ classCount) to the summed weights of the first `n` keys. */
  score(keys: Uint32Array, n: number, scores: Float32Array): void {
    scores.fill(0, 0, this.labels.length);
    const { index, rowStart, entries } = this;
    for (let f = 0; f < n; f++) {
      const row = index.find(keys[f]);
      if (row < 0) continue;
      const end = rowStart[row + 1];
      for (let j = rowStart[row]; j < end; j++) {
        const entry = entries[j];
        scores[entry >>> 16] += (entry << 16) >> 16;
      }
    }
  }

  private scratch: Float32Array | null = null;

  /**
   * The best-scoring class for the first `n` keys (lowest class id on ties); with `allowed`, the best among
   * the classes c with allowed[c] !== 0.
   */
  predict(keys: Uint32Array, n: number, allowed?: Uint8Array): number {
    const scores = (this.scratch ??= new Float32Array(this.labels.length));
    this.score(keys, n, scores);
    return allowed ? argmaxAllowed(scores, this.labels.length, allowed) : argmax(scores, this.labels.length);
  }

  encode(out: ByteWriter): void {
    out.u32(MODEL_VERSION);
    out.json(this.labels);
    out.f64(this.scale);
    out.array(this.index.keys());
    out.array(this.rowStart);
    out.array(Uint16Array.from(this.entries, (entry) => entry >>> 16));
    out.array(Int16Array.from(this.entries, (entry) => (entry << 16) >> 16));
  }

  toBytes(): Uint8Array {
    const out = new ByteWriter();
    this.encode(out);
    return out.toBytes();
  }

  static fromBytes(bytes: Uint8Array): LinearModel {
    return LinearModel.decode(new ByteReader(bytes));
  }

  static decode(input: ByteReader): LinearModel {
    const version = input.u32();
    if (version !== MODEL_VERSION) throw new Error(`LinearModel: unsupported version ${version}`);
    const labels = input.json<string[]>();
    const scale = input.f64();
    const keys = input.uint32Array();
    const rowStart = input.uint32Array();
    const classes = input.uint16Array();
    const values = input.int16Array();
    if (rowStart.length !== keys.length + 1 || classes.length !== values.length) {
      throw new Error('LinearModel: inconsistent model data');
    }
    return new LinearModel(labels, KeyIndex.fromKeys(keys), rowStart, classes, values, scale);
  }
}

const MODEL_VERSION = 1;

/** Index of the largest of `scores[0, n)`, the lowest index on ties. */
export function argmax(scores: ArrayLike<number>, n: number): number {
  let best = 0;
  let bestScore = scores[0];
  for (let c = 1; c < n; c++) {
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/** Index of the largest of `scores[c]` with `allowed[c]` set (the lowest on ties); argmax when none is allowed. */
export function argmaxAllowed(scores: ArrayLike<number>, n: number, allowed: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (allowed[c] !== 0 && (best < 0 || scores[c] > bestScore)) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best < 0 ? argmax(scores, n) : best;
}
