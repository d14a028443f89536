/**
 * BILOU entity labels: class 0 is O; entity type t has classes 1 + 4t + {B, I, L, U}. Conversion from IOB2/IOB1
 * tags, and the masks of labels that may follow a label (B/I must continue with I/L of the same type; a sentence
 * cannot end inside an entity).
 */

export const OUTSIDE = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;
const POSITIONS = 'BILU';

export class EntityLabels {
  readonly types: readonly string[];
  /** Label names: 'O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', ... */
  readonly names: readonly string[];
  /** allowedAfter[prev * 2 + last]: classes permitted after class `prev` (prev = count for a sentence start), last = 1 for a sentence's last token. */
  private readonly masks: Uint8Array[];

  constructor(types: readonly string[]) {
    this.types = [...types];
    this.names = ['O', ...types.flatMap((type) => [...POSITIONS].map((p) => `${p}-${type}`))];
    const n = this.names.length;
    this.masks = [];
    for (let prev = 0; prev <= n; prev++) {
      for (let last = 0; last < 2; last++) {
        const mask = new Uint8Array(n);
        const inside = prev < n && prev !== OUTSIDE && (positionOf(prev) === B || positionOf(prev) === I);
        for (let next = 0; next < n; next++) {
          const opens = next === OUTSIDE || positionOf(next) === U || (positionOf(next) === B && !last);
          const continues = inside && next !== OUTSIDE && typeOf(next) === typeOf(prev) && (positionOf(next) === L || (positionOf(next) === I && !last));
          mask[next] = opens || continues ? 1 : 0;
        }
        this.masks.push(mask);
      }
    }
  }

  get count(): number {
    return this.names.length;
  }

  /** Sentence start, as the `prev` of a sentence's first token. */
  get start(): number {
    return this.names.length;
  }

  allowed(prev: number, last: boolean): Uint8Array {
    return this.masks[prev * 2 + (last ? 1 : 0)];
  }

  /** Class of an entity token: type index, position in the entity (0-based) and entity length. */
  classOf(type: number, position: number, length: number): number {
    const p = length === 1 ? U : position === 0 ? B : position === length - 1 ? L : I;
    return 1 + 4 * type + p;
  }

  /** BILOU classes of a sentence's IOB tags (IOB2 or IOB1; unknown types throw). */
  encode(tags: readonly string[]): Int32Array {
    const out = new Int32Array(tags.length);
    for (const span of spansOfTags(tags)) {
      const type = this.types.indexOf(span.type);
      if (type < 0) throw new RangeError(`EntityLabels: unknown entity type '${span.type}'`);
      for (let i = span.start; i < span.end; i++) out[i] = this.classOf(type, i - span.start, span.end - span.start);
    }
    return out;
  }
}

/** Position of a non-O class: 0 B, 1 I, 2 L, 3 U. */
export function positionOf(label: number): number {
  return (label - 1) & 3;
}

/** Type index of a non-O class. */
export function typeOf(label: number): number {
  return (label - 1) >> 2;
}

/** True when the class ends an entity (L or U). */
export function endsEntity(label: number): boolean {
  return label !== OUTSIDE && positionOf(label) >= L;
}

/** True when the class opens an entity that must go on (B or I). */
export function isOpen(label: number): boolean {
  return label !== OUTSIDE && positionOf(label) <= I;
}

/** The class that ends the open entity of `label` (B → U, I → L) at its token. */
export function closed(label: number): number {
  return label + (positionOf(label) === B ? U - B : L - I);
}

/** True when the class starts an entity (B or U). */
export function startsEntity(label: number): boolean {
  return label !== OUTSIDE && (positionOf(label) === B || positionOf(label) === U);
}

export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Entity spans of IOB tags with conlleval's chunk rules: a chunk starts at B-X, or at I-X after O or after a
 * tag of another type (so IOB1 and malformed IOB2 read as conlleval reads them), and ends before O, B or a change of type.
 */
export function spansOfTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag === 'O' || tag.length < 2 ? 'O' : tag[0];
    const type = prefix === 'O' ? '' : tag.slice(2);
    const continues = open !== null && prefix === 'I' && open.type === type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (prefix !== 'O' && !continues) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
