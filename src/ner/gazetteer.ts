import { ByteReader, ByteWriter, finish, mix } from '../learn/index.js';

/** Longest name (in tokens) a gazetteer matches. */
export const MAX_NAME_TOKENS = 6;
/** At most this many lists (each gives 4 position bits in a uint32). */
export const MAX_LISTS = 8;

/** Key of a name given the lower-case hashes of its tokens. */
function nameKey(hashes: ArrayLike<number>, start: number, length: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < length; k++) h = mix(h, hashes[start + k]);
  return finish(mix(h, length));
}

/**
 * Name lists (people, places, organisations, ...) over lower-cased token hashes. `mark` sets, for every token of a
 * sentence, the bits (list * 4 + position B/I/L/U) of the longest listed names covering it.
 */
export class Gazetteer {
  /** name key → bit mask of the lists that contain the name. */
  private readonly lists: Map<number, number>;

  constructor(
    readonly listNames: readonly string[],
    entries: Map<number, number> = new Map(),
  ) {
    if (listNames.length > MAX_LISTS) throw new RangeError(`Gazetteer: at most ${MAX_LISTS} lists`);
    this.lists = entries;
  }

  get size(): number {
    return this.lists.size;
  }

  /** Adds a name (the lower-case hashes of its tokens) to list `list`. */
  add(tokenHashes: ArrayLike<number>, list: number): void {
    if (tokenHashes.length === 0 || tokenHashes.length > MAX_NAME_TOKENS) return;
    const key = nameKey(tokenHashes, 0, tokenHashes.length);
    this.lists.set(key, (this.lists.get(key) ?? 0) | (1 << list));
  }

  /**
   * For tokens [offset, offset + n) with lower-case hashes `lower` and capitalisation `upper`, ORs into `bits[i]` the
   * list-position bits of the longest name of each list starting at a capitalised token.
   */
  mark(lower: Uint32Array, upper: Uint8Array, offset: number, n: number, bits: Uint32Array): void {
    const lists = this.lists;
    for (let i = 0; i < n; i++) {
      if (!upper[offset + i]) continue;
      let found = 0;
      const longest = Math.min(MAX_NAME_TOKENS, n - i);
      for (let length = longest; length >= 1; length--) {
        const mask = lists.get(nameKey(lower, offset + i, length));
        if (mask === undefined) continue;
        const fresh = mask & ~found;
        if (fresh === 0) continue;
        found |= fresh;
        for (let list = 0; list < this.listNames.length; list++) {
          if (!(fresh & (1 << list))) continue;
          for (let k = 0; k < length; k++) {
            const position = length === 1 ? 3 : k === 0 ? 0 : k === length - 1 ? 2 : 1;
            bits[offset + i + k] |= 1 << (list * 4 + position);
          }
        }
      }
    }
  }

  toBytes(): Uint8Array {
    const out = new ByteWriter();
    out.json(this.listNames);
    out.array(Uint32Array.from(this.lists.keys()));
    out.array(Uint32Array.from(this.lists.values()));
    return out.toBytes();
  }

  static fromBytes(bytes: Uint8Array): Gazetteer {
    const input = new ByteReader(bytes);
    const names = input.json<string[]>();
    const keys = input.uint32Array();
    const masks = input.uint32Array();
    const entries = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) entries.set(keys[i], masks[i]);
    return new Gazetteer(names, entries);
  }
}
