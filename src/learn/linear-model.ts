import { ByteReader, ByteWriter } from './bytes.js';

/** Options for turning trained weights into a compact model. */
export interface CompactOptions {
  /** Weights whose magnitude is below this are dropped (0 keeps every non-zero weight). */
  minWeight?: number;
}

/**
 * A trained multi-class linear model, read-only and compact: each feature key maps to a sparse row of
 * (class, weight) pairs; weights are int16 with one scale for the whole model. Scores are sums of
 * quantised weights (multiply by `scale` for the original units; the argmax does not need it).
 *
 * At load time the rows go into one open-addressing table (linear probing, at most two-thirds full, which
 * keeps it small enough to stay in cache) whose slots hold the key and what scoring needs next to it, so a
 * lookup touches one cache line: for models with at most DENSE_CLASSES classes (the parser's moves) the
 * row's weights themselves, one per class; otherwise the row's bounds in `entries`. Files keep the sparse layout.
 */
export class LinearModel {
  /** Row r's weights are entries[rowStart[r], rowStart[r + 1]), each (class << 16) | (int16 weight & 0xffff). */
  private readonly entries: Int32Array;
  /** Slot s is table[4s, 4s + 4): key as int32 (0 = empty), then the weights (dense) or start and end (sparse). */
  private readonly table: Int32Array;
  /** Slot count - 1 (the slot count is a power of two). */
  private readonly mask: number;
  private readonly dense: boolean;
  /** Scratch sums of scoreSparse, one per class. */
  private readonly sums: Int32Array;
  /** Scratch slot positions of the rows sumSparse found. */
  private rows = new Int32Array(64);
  /** Where loadSlots' result goes (see there). */
  private sink = 0;

  private constructor(
    readonly labels: readonly string[],
    /** Row keys in row order, as in the file. */
    private readonly rowKeys: Uint32Array,
    private readonly rowStart: Uint32Array,
    classes: Uint16Array,
    values: Int16Array,
    readonly scale: number,
  ) {
    this.entries = new Int32Array(values.length);
    for (let j = 0; j < values.length; j++) this.entries[j] = (classes[j] << 16) | (values[j] & 0xffff);
    let slots = 16;
    while (slots < rowKeys.length * 1.5) slots *= 2;
    this.mask = slots - 1;
    this.dense = labels.length <= DENSE_CLASSES;
    this.sums = new Int32Array(labels.length);
    this.table = buildTable(rowKeys, rowStart, classes, values, this.mask, this.dense);
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
    return new LinearModel(
      [...labels],
      Uint32Array.from(keptKeys),
      Uint32Array.from(rowStart),
      Uint16Array.from(classes),
      Int16Array.from(values),
      scale,
    );
  }

  /** Sets `scores[c]` (length ≥ classCount) to the summed weights of the first `n` keys. */
  score(keys: Uint32Array, n: number, scores: Float32Array): void {
    if (this.dense) this.scoreDense(keys, n, scores);
    else this.scoreSparse(keys, n, scores);
  }

  /**
   * Sums in int32, exact for int16 weights, and only then writes the float scores: integer adds into an Int32Array
   * are cheaper than float32 stores.
   */
  private scoreSparse(keys: Uint32Array, n: number, scores: Float32Array): void {
    const sums = this.sumSparse(keys, n);
    for (let c = 0; c < sums.length; c++) scores[c] = sums[c];
  }

  /** The int32 sums of the sparse rows of the first `n` keys, one per class (a scratch array). */
  private sumSparse(keys: Uint32Array, n: number): Int32Array {
    const sums = this.sums;
    sums.fill(0);
    const { table, mask, entries } = this;
    const wrap = table.length - 1;
    let sink = this.loadSlots(keys, n);
    if (this.rows.length < n) this.rows = new Int32Array(n * 2);
    const rows = this.rows;
    let found = 0;
    for (let f = 0; f < n; f++) {
      const key = keys[f] | 0;
      let at = (key & mask) * SLOT_SIZE;
      let k = table[at];
      while (k !== key && k !== 0) {
        at = (at + SLOT_SIZE) & wrap;
        k = table[at];
      }
      if (k === 0) continue;
      rows[found++] = at;
      // The first weight of each row, loaded before any is summed (see loadSlots).
      sink ^= entries[table[at + 1]];
    }
    this.sink = sink;
    for (let r = 0; r < found; r++) {
      const at = rows[r];
      const end = table[at + 2];
      for (let j = table[at + 1]; j < end; j++) {
        const entry = entries[j];
        sums[entry >>> 16] += (entry << 16) >> 16;
      }
    }
    return sums;
  }

  /**
   * Loads the first slot of every key before any is probed. The table is larger than the cache: these loads do not
   * depend on each other, so the CPU overlaps their misses, where the probing loop, which branches on each loaded
   * key, would wait for them one by one. Returns a value that only keeps the loads from being optimised away.
   */
  private loadSlots(keys: Uint32Array, n: number): number {
    const { table, mask } = this;
    let sink = 0;
    for (let f = 0; f < n; f++) sink ^= table[((keys[f] | 0) & mask) * SLOT_SIZE];
    return sink;
  }

  /**
   * Sums in float32 (Math.fround) as a Float32Array would, so the scores equal the sparse sums: absent classes
   * hold 0, and adding 0 leaves a score unchanged.
   */
  private scoreDense(keys: Uint32Array, n: number, scores: Float32Array): void {
    const { table, mask } = this;
    const wrap = table.length - 1;
    this.sink = this.loadSlots(keys, n);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let f = 0; f < n; f++) {
      const key = keys[f] | 0;
      let at = (key & mask) * SLOT_SIZE;
      let k = table[at];
      while (k !== key && k !== 0) {
        at = (at + SLOT_SIZE) & wrap;
        k = table[at];
      }
      if (k === 0) continue;
      s0 = Math.fround(s0 + table[at + 1]);
      s1 = Math.fround(s1 + table[at + 2]);
      s2 = Math.fround(s2 + table[at + 3]);
    }
    const classCount = this.labels.length;
    if (classCount > 0) scores[0] = s0;
    if (classCount > 1) scores[1] = s1;
    if (classCount > 2) scores[2] = s2;
  }

  private scratch: Float32Array | null = null;

  /**
   * The best-scoring class for the first `n` keys (lowest class id on ties); with `allowed`, the best among
   * the classes c with allowed[c] !== 0.
   */
  predict(keys: Uint32Array, n: number, allowed?: Uint8Array): number {
    if (!this.dense) return bestSum(this.sumSparse(keys, n), allowed);
    const scores = (this.scratch ??= new Float32Array(this.labels.length));
    this.scoreDense(keys, n, scores);
    return allowed ? argmaxAllowed(scores, this.labels.length, allowed) : argmax(scores, this.labels.length);
  }

  encode(out: ByteWriter): void {
    out.u32(MODEL_VERSION);
    out.json(this.labels);
    out.f64(this.scale);
    out.array(this.rowKeys);
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
    return new LinearModel(labels, keys, rowStart, classes, values, scale);
  }
}

const MODEL_VERSION = 1;
/** Int32s per table slot: the key and three more, 16 bytes. */
const SLOT_SIZE = 4;
/** Models with at most this many classes keep their weights in the table slots. */
const DENSE_CLASSES = SLOT_SIZE - 1;

/** The lookup table of a LinearModel with `mask + 1` slots (see the class comment). */
function buildTable(
  rowKeys: Uint32Array,
  rowStart: Uint32Array,
  classes: Uint16Array,
  values: Int16Array,
  mask: number,
  dense: boolean,
): Int32Array {
  const table = new Int32Array((mask + 1) * SLOT_SIZE);
  for (let r = 0; r < rowKeys.length; r++) {
    const key = rowKeys[r] | 0;
    if (key === 0) throw new Error('LinearModel: key 0 is reserved');
    let at = (key & mask) * SLOT_SIZE;
    while (table[at] !== 0) {
      if (table[at] === key) throw new Error('LinearModel: duplicate key');
      at = (at + SLOT_SIZE) & (table.length - 1);
    }
    table[at] = key;
    if (dense) {
      for (let j = rowStart[r]; j < rowStart[r + 1]; j++) table[at + 1 + classes[j]] = values[j];
    } else {
      table[at + 1] = rowStart[r];
      table[at + 2] = rowStart[r + 1];
    }
  }
  return table;
}

/**
 * argmax / argmaxAllowed over int32 sums, kept apart so that each stays monomorphic (one array type) for the JIT.
 */
function bestSum(sums: Int32Array, allowed: Uint8Array | undefined): number {
  let best = -1;
  for (let c = 0; c < sums.length; c++) {
    if (allowed !== undefined && allowed[c] === 0) continue;
    if (best < 0 || sums[c] > sums[best]) best = c;
  }
  // No class allowed: the plain argmax, as argmaxAllowed does.
  return best < 0 && allowed !== undefined ? bestSum(sums, undefined) : best;
}

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
