import { TEMPLATE_STRIDE, type FeatureTemplates } from './templates.js';

/**
 * 32-bit feature hashing. Feature keys are composed from integers (a template id plus value ids or string
 * hashes) with a MurmurHash3-style mixing step, so hot loops never build feature strings.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function hashSlice(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`. */
export function hashString(text: string): number {
  return hashSlice(text, 0, text.length);
}

/** One MurmurHash3 round: folds the 32-bit value `value` into the running hash `h`. */
export function mix(h: number, value: number): number {
  let k = Math.imul(value, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finaliser: spreads the bits of `h`; never returns 0 (0 marks an empty slot in key tables). */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** Key of a feature made of a template id and one value. */
export function key1(template: number, a: number): number {
  return finish(mix(mix(template, a), 1));
}

/** Key of a feature made of a template id and two values. */
export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(template, a), b), 2));
}

/** Key of a feature made of a template id and three values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(template, a), b), c), 3));
}

/** Int32s staged per feature: the template (or a composed key), how many values (0 for a composed key), the values. */
const STAGE = 5;

/**
 * A reusable buffer of feature keys for one prediction: `clear()`, then `add*()` (or `push` for a composed key), then
 * hand `hashed()` and `length` to a model. Grows as needed; allocation-free in steady state.
 *
 * The adds only store the values; `hashed()` turns them into key1/key2/key3 keys in one loop. An extractor makes up to
 * a hundred keys per prediction, more hash calls than the JIT inlines into one function, and the calls it leaves
 * cost more than the hashing (measured: the parser 20% faster than with a key3 call per feature).
 */
export class FeatureKeys {
  length = 0;
  private staged: Int32Array;
  private keys: Uint32Array;
  /** Keys [0, hashedCount) are up to date in `keys`. */
  private hashedCount = 0;

  constructor(private capacity = 64) {
    this.staged = new Int32Array(capacity * STAGE);
    this.keys = new Uint32Array(capacity);
  }

  clear(): void {
    this.length = 0;
    this.hashedCount = 0;
  }

  /** Adds an already composed key. */
  push(key: number): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++ * STAGE;
    this.staged[at] = key;
    this.staged[at + 1] = 0;
  }

  /** Adds the already composed keys source[start, end). */
  pushAll(source: Uint32Array, start: number, end: number): void {
    this.hashed();
    while (this.length + end - start > this.capacity) this.grow();
    this.keys.set(source.subarray(start, end), this.length);
    this.length = this.hashedCount = this.length + end - start;
  }

  add1(template: number, a: number): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++ * STAGE;
    const staged = this.staged;
    staged[at] = template;
    staged[at + 1] = 1;
    staged[at + 2] = a;
  }

  add2(template: number, a: number, b: number): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++ * STAGE;
    const staged = this.staged;
    staged[at] = template;
    staged[at + 1] = 2;
    staged[at + 2] = a;
    staged[at + 3] = b;
  }

  add3(template: number, a: number, b: number, c: number): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++ * STAGE;
    const staged = this.staged;
    staged[at] = template;
    staged[at + 1] = 3;
    staged[at + 2] = a;
    staged[at + 3] = b;
    staged[at + 4] = c;
  }

  /**
   * Adds one key per template of `templates`, over the slot values in `values`: what key1/key2/key3 give for the
   * template id and `values[slot]` of each slot, hashed here in one loop. The loop repeats `hashed()`'s composition
   * on purpose: one shared function reading the unused slots too measured 6% slower.
   */
  addTemplates(templates: FeatureTemplates, values: Int32Array): void {
    this.hashed();
    const table = templates.table;
    while (this.length + templates.length > this.capacity) this.grow();
    const keys = this.keys;
    let f = this.length;
    for (let at = 0; at < table.length; at += TEMPLATE_STRIDE) {
      const count = table[at + 1];
      let h = mix(table[at], values[table[at + 2]]);
      if (count > 1) h = mix(h, values[table[at + 3]]);
      if (count > 2) h = mix(h, values[table[at + 4]]);
      keys[f++] = finish(mix(h, count));
    }
    this.length = this.hashedCount = f;
  }

  /** The keys added since `clear()`, in order: what key1/key2/key3 give for the same values. */
  hashed(): Uint32Array {
    const { staged, keys, length } = this;
    for (let f = this.hashedCount; f < length; f++) {
      const at = f * STAGE;
      const count = staged[at + 1];
      if (count === 0) {
        keys[f] = staged[at];
        continue;
      }
      let h = mix(staged[at], staged[at + 2]);
      if (count > 1) h = mix(h, staged[at + 3]);
      if (count > 2) h = mix(h, staged[at + 4]);
      keys[f] = finish(mix(h, count));
    }
    this.hashedCount = length;
    return keys;
  }

  private grow(): void {
    this.capacity *= 2;
    const staged = new Int32Array(this.capacity * STAGE);
    staged.set(this.staged);
    this.staged = staged;
    const keys = new Uint32Array(this.capacity);
    keys.set(this.keys);
    this.keys = keys;
  }
}
