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

const AMBIGUOUS = 0xffffffff;

/** Roles of a token in the names of a list (bits per list, ROLE_BITS each): first word, last word, a whole name. */
export const ROLE_FIRST = 1;
export const ROLE_LAST = 2;
export const ROLE_WHOLE = 4;
export const ROLE_BITS = 3;
/** Role bits of a word that starts a name of some list (first word or whole name). */
const STARTS = Array.from({ length: MAX_LISTS }, (_, list) => (ROLE_FIRST | ROLE_WHOLE) << (list * ROLE_BITS)).reduce((a, b) => a | b, 0);

/**
 * Name lists (people, places, organisations, ...) over lower-cased token hashes. `mark` sets, for every token of a
 * sentence, the bits (list * 4 + position B/I/L/U) of the longest listed names covering it. `rolesOf` tells how a
 * word occurs in the listed names (first or last word of a longer name, or a name by itself), which shows where
 * two adjacent names meet ("Biden Xi": a surname followed by a name that starts a full name).
 */
export class Gazetteer {
  /** name key → bit mask of the lists that contain the name. */
  private readonly lists: Map<number, number>;
  /** token hash → role bits (list * ROLE_BITS + role). */
  private readonly roles: Map<number, number>;
  /** Hashes of the words a listed name starts with: most words start none, and need no lookups. */
  private readonly starts = new Set<number>();
  /** token hash → number of the one known person it names by itself ("Biden"), AMBIGUOUS when several. */
  private readonly people: Map<number, number>;

  constructor(
    readonly listNames: readonly string[],
    entries: Map<number, number> = new Map(),
    roles: Map<number, number> = new Map(),
    people: Map<number, number> = new Map(),
  ) {
    if (listNames.length > MAX_LISTS) throw new RangeError(`Gazetteer: at most ${MAX_LISTS} lists`);
    this.lists = entries;
    this.roles = roles;
    this.people = people;
    for (const [token, bits] of roles) if (bits & STARTS) this.starts.add(token);
  }

  get size(): number {
    return this.lists.size;
  }

  /** Adds a name (the lower-case hashes of its tokens) to list `list`. */
  add(tokenHashes: ArrayLike<number>, list: number): void {
    const length = tokenHashes.length;
    if (length === 0 || length > MAX_NAME_TOKENS) return;
    const key = nameKey(tokenHashes, 0, length);
    this.lists.set(key, (this.lists.get(key) ?? 0) | (1 << list));
    const shift = list * ROLE_BITS;
    this.starts.add(tokenHashes[0]);
    if (length === 1) this.addRole(tokenHashes[0], ROLE_WHOLE << shift);
    else {
      this.addRole(tokenHashes[0], ROLE_FIRST << shift);
      this.addRole(tokenHashes[length - 1], ROLE_LAST << shift);
    }
  }

  /** Records that the one-word name `token` (a lower-case hash) refers by itself to known person number `person`. */
  addPerson(token: number, person: number): void {
    const known = this.people.get(token);
    this.people.set(token, known === undefined || known === person ? person : AMBIGUOUS);
  }

  /**
   * True when the words at `at` and `at + 1` (lower-case hashes) are each the one-word name of a different known
   * person and together no listed name: two people side by side ("dat Biden Xi heeft gewezen"), not one.
   */
  separatesPeople(lower: Uint32Array, at: number): boolean {
    const left = this.people.get(lower[at]);
    if (left === undefined || left === AMBIGUOUS) return false;
    const right = this.people.get(lower[at + 1]);
    if (right === undefined || right === AMBIGUOUS || right === left) return false;
    return !this.lists.has(nameKey(lower, at, 2));
  }

  private addRole(token: number, bits: number): void {
    this.roles.set(token, (this.roles.get(token) ?? 0) | bits);
  }

  /** The role bit of a word that starts a longer name of list `list` (0 when there is no such list). */
  firstNameRole(list: string): number {
    const index = this.listNames.indexOf(list);
    return index < 0 ? 0 : ROLE_FIRST << (index * ROLE_BITS);
  }

  /** Role bits of a word (its lower-case hash) in the listed names; 0 when it occurs in none as first, last or whole. */
  rolesOf(token: number): number {
    return this.roles.get(token) ?? 0;
  }

  /**
   * For tokens [offset, offset + n) with lower-case hashes `lower` and capitalisation `upper`, ORs into `bits[i]` the
   * list-position bits of the longest name of each list starting at a capitalised token, and into `lowerBits[i]`
   * those of names starting at a lower-case word (lower-case web text: "miramar florida").
   */
  mark(lower: Uint32Array, upper: Uint8Array, offset: number, n: number, bits: Uint32Array, lowerBits: Uint32Array): void {
    for (let i = 0; i < n; i++) this.markFrom(lower, offset, i, n, upper[offset + i] ? bits : lowerBits);
  }

  /** Marks the longest name of each list that starts at token i. */
  private markFrom(lower: Uint32Array, offset: number, i: number, n: number, bits: Uint32Array): void {
    if (!this.starts.has(lower[offset + i])) return;
    let found = 0;
    const longest = Math.min(MAX_NAME_TOKENS, n - i);
    for (let length = longest; length >= 1; length--) {
      const mask = this.lists.get(nameKey(lower, offset + i, length));
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

  toBytes(): Uint8Array {
    const out = new ByteWriter();
    out.json(this.listNames);
    out.array(Uint32Array.from(this.lists.keys()));
    out.array(Uint32Array.from(this.lists.values()));
    out.array(Uint32Array.from(this.roles.keys()));
    out.array(Uint32Array.from(this.roles.values()));
    out.array(Uint32Array.from(this.people.keys()));
    out.array(Uint32Array.from(this.people.values()));
    return out.toBytes();
  }

  static fromBytes(bytes: Uint8Array): Gazetteer {
    const input = new ByteReader(bytes);
    const names = input.json<string[]>();
    const entries = readMap(input);
    const roles = readMap(input);
    return new Gazetteer(names, entries, roles, readMap(input));
  }
}

function readMap(input: ByteReader): Map<number, number> {
  const keys = input.uint32Array();
  const values = input.uint32Array();
  const map = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i], values[i]);
  return map;
}
