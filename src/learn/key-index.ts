/**
 * Open-addressing map from non-zero 32-bit feature keys to dense row numbers (0, 1, 2, ... in insertion
 * order). Linear probing over a power-of-two table kept at most half full; each slot holds the key and its
 * row side by side, so that a lookup touches one cache line.
 */
export class KeyIndex {
  /** slot s: key at 2s (0 = empty), row at 2s + 1. */
  private slots: Uint32Array;
  private mask: number;
  /** Keys in row order. */
  private rowKeys: Uint32Array;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    this.rowKeys = new Uint32Array(Math.max(8, expected));
  }

  /** Builds an index whose row r holds `keys[r]`. Keys must be distinct and non-zero. */
  static fromKeys(keys: Uint32Array): KeyIndex {
    const index = new KeyIndex(keys.length);
    for (let r = 0; r < keys.length; r++) index.insert(keys[r]);
    return index;
  }

  /** Row of `key`, or -1. */
  find(key: number): number {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === key) return slots[slot * 2 + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Writes the row of each of the first `n` keys (-1 when absent) into `rows`. Loads every key's first slot before
   * probing any, so that the CPU overlaps the cache misses (see LinearModel.loadSlots); returns a value that only
   * keeps those loads from being optimised away.
   */
  findAll(keys: Uint32Array, n: number, rows: Int32Array): number {
    const { slots, mask } = this;
    let sink = 0;
    for (let f = 0; f < n; f++) sink ^= slots[(keys[f] & mask) * 2];
    for (let f = 0; f < n; f++) rows[f] = this.find(keys[f]);
    return sink;
  }

  /** Row of `key`, adding a new row when absent. */
  findOrAdd(key: number): number {
    const row = this.find(key);
    return row >= 0 ? row : this.insert(key);
  }

  /** The key stored for each row, in row order (a view; copy it to keep it). */
  keys(): Uint32Array {
    return this.rowKeys.subarray(0, this.size);
  }

  private insert(key: number): number {
    if (key === 0) throw new RangeError('KeyIndex: key 0 is reserved');
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const row = this.size++;
    this.place(key, row);
    if (row === this.rowKeys.length) {
      const grown = new Uint32Array(this.rowKeys.length * 2);
      grown.set(this.rowKeys);
      this.rowKeys = grown;
    }
    this.rowKeys[row] = key;
    return row;
  }

  private place(key: number, row: number): void {
    let slot = key & this.mask;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = key;
    this.slots[slot * 2 + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s], old[s + 1]);
  }
}
