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

/**
 * A reusable buffer of feature keys for one prediction: `clear()`, then `add*()`, then hand `keys` and
 * `length` to a model. Grows as needed; allocation-free in steady state.
 */
export class FeatureKeys {
  keys: Uint32Array;
  length = 0;

  constructor(capacity = 64) {
    this.keys = new Uint32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  /** Adds an already composed key. */
  push(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }

  add1(template: number, a: number): void {
    this.push(key1(template, a));
  }

  add2(template: number, a: number, b: number): void {
    this.push(key2(template, a, b));
  }

  add3(template: number, a: number, b: number, c: number): void {
    this.push(key3(template, a, b, c));
  }
}
