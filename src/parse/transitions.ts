/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at the end of the buffer
 * (Ballesteros & Nivre 2013) and a single-root constraint, plus its dynamic oracle (Goldberg & Nivre 2013).
 *
 * Words are 0..n-1; the artificial root is word n. Moves:
 * - SHIFT: push the buffer front b0 onto the stack;
 * - LEFT: b0 becomes the head of the stack top s0, which is popped;
 * - RIGHT: s1 becomes the head of s0, which is popped.
 * The root may take a dependent only when that dependent is the last word on the stack, so every parse is a
 * tree with exactly one root word.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVE_COUNT = 3;

/** No word at this position (empty stack slot, missing child). */
export const NONE = -1;

/** A parser configuration, with child bookkeeping for the feature extractor. Reused across sentences. */
export class ParseState {
  n = 0;
  /** Stack of word indices, bottom first; `depth` entries are live. */
  stack = new Int32Array(0);
  depth = 0;
  /** Front of the buffer; n is the root token, which never leaves the buffer. */
  front = 0;
  /** Assigned head (n for the root) or NONE, and label id, per word. */
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  /** Leftmost, second leftmost, rightmost and second rightmost child, per word including the root. */
  left1 = new Int32Array(0);
  left2 = new Int32Array(0);
  right1 = new Int32Array(0);
  right2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  /** Bit sets of the (hashed) labels of left and right children. */
  leftLabels = new Uint32Array(0);
  rightLabels = new Uint32Array(0);

  /** Prepares the initial configuration for a sentence of `n` words. */
  reset(n: number): void {
    if (this.heads.length < n + 1) this.allocate(Math.max(n + 1, this.heads.length * 2));
    this.n = n;
    this.depth = 0;
    this.front = 0;
    this.heads.fill(NONE, 0, n + 1);
    this.labels.fill(0, 0, n + 1);
    this.left1.fill(NONE, 0, n + 1);
    this.left2.fill(NONE, 0, n + 1);
    this.right1.fill(NONE, 0, n + 1);
    this.right2.fill(NONE, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    this.leftLabels.fill(0, 0, n + 1);
    this.rightLabels.fill(0, 0, n + 1);
  }

  private allocate(size: number): void {
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Uint32Array(size);
    this.rightLabels = new Uint32Array(size);
  }

  get done(): boolean {
    return this.front === this.n && this.depth === 0;
  }

  /** Stack word k from the top (0 = top), or NONE. */
  stackAt(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k] : NONE;
  }

  /** Buffer word k from the front (the root is n), or NONE past the root. */
  bufferAt(k: number): number {
    const i = this.front + k;
    return i <= this.n ? i : NONE;
  }

  isLegal(move: number): boolean {
    switch (move) {
      case SHIFT:
        return this.front < this.n;
      case LEFT:
        return this.depth >= 1 && (this.front < this.n || this.depth === 1);
      default:
        return this.depth >= 2;
    }
  }

  /** Applies a legal move; `label` is the label id of the arc LEFT or RIGHT adds. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth];
    const head = move === LEFT ? this.front : this.stack[this.depth - 1];
    this.addArc(head, dependent, label);
  }

  private addArc(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = 1 << (label & 31);
    if (dependent < head) {
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
      if (this.left1[head] === NONE || dependent < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dependent;
      } else if (this.left2[head] === NONE || dependent < this.left2[head]) {
        this.left2[head] = dependent;
      }
    } else {
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
      if (this.right1[head] === NONE || dependent > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dependent;
      } else if (this.right2[head] === NONE || dependent > this.right2[head]) {
        this.right2[head] = dependent;
      }
    }
  }

  /**
   * Dynamic-oracle cost of a legal move: how many gold arcs that are still reachable it makes unreachable.
   * `gold` holds the gold head of each word, n for the root word; the gold tree must be projective.
   * Under the single-root constraint only the stack bottom can still become the root word.
   */
  cost(move: number, gold: ArrayLike<number>): number {
    const n = this.n;
    const b0 = this.front;
    if (move === SHIFT) {
      // b0 can no longer take a head from below the stack top, nor dependents from the stack,
      // nor become the root word once it is not the stack bottom.
      let cost = 0;
      const goldHead = gold[b0];
      for (let k = 0; k < this.depth; k++) {
        const word = this.stack[k];
        if (gold[word] === b0) cost++;
        if (k < this.depth - 1 && goldHead === word) cost++;
      }
      if (goldHead === n && this.depth > 0) cost++;
      return cost;
    }
    const s0 = this.stack[this.depth - 1];
    const s1 = this.depth >= 2 ? this.stack[this.depth - 2] : NONE;
    // Either way s0 leaves the stack and loses its dependents still in the buffer.
    let cost = 0;
    for (let d = b0; d < n; d++) if (gold[d] === s0) cost++;
    const goldHead = gold[s0];
    const rootReachable = this.depth === 1;
    if (move === LEFT) {
      if (goldHead !== b0 && (goldHead === s1 || (goldHead > b0 && (goldHead < n || rootReachable)))) cost++;
    } else if (goldHead >= b0 && goldHead < n) {
      cost++;
    }
    return cost;
  }
}
