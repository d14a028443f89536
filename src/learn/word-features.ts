/**
 * Allocation-free hashes of token text for feature extraction: lower-cased form, prefixes, suffixes and a
 * compressed word shape, all read by char code from `text[start, end)`.
 */

const LOWER = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Lower-case UTF-16 code unit (simple one-to-one case mapping). */
export function lowerCode(c: number): number {
  return LOWER[c];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of the lower-cased slice (equals `hashString(slice.toLowerCase())` for one-to-one case mappings). */
export function hashLower(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ LOWER[text.charCodeAt(i)], FNV_PRIME);
  return h >>> 0;
}

/** Hash of the last `k` lower-cased code units (the whole slice when shorter), tagged with k. */
export function hashSuffix(text: string, start: number, end: number, k: number): number {
  const from = Math.max(start, end - k);
  let h = Math.imul(FNV_OFFSET ^ k, FNV_PRIME);
  for (let i = from; i < end; i++) h = Math.imul(h ^ LOWER[text.charCodeAt(i)], FNV_PRIME);
  return h >>> 0;
}

/** Hash of the first `k` lower-cased code units (the whole slice when shorter), tagged with k. */
export function hashPrefix(text: string, start: number, end: number, k: number): number {
  const to = Math.min(end, start + k);
  let h = Math.imul(FNV_OFFSET ^ (k + 64), FNV_PRIME);
  for (let i = start; i < to; i++) h = Math.imul(h ^ LOWER[text.charCodeAt(i)], FNV_PRIME);
  return h >>> 0;
}

const SHAPE_UPPER = 1;
const SHAPE_LOWER = 2;
const SHAPE_DIGIT = 3;
const SHAPE_PUNCTUATION = 4;
const SHAPE_SYMBOL = 5;
const SHAPE_OTHER = 6;

/** Shape class of each code unit, filled on first use (0 = not yet known). */
const SHAPES = new Uint8Array(65536);

/**
 * Letters by case, digits, and punctuation and symbols by Unicode category, so that quote or dash
 * characters unseen in training still look like punctuation.
 */
function shapeClass(c: number): number {
  let cls = SHAPES[c];
  if (cls !== 0) return cls;
  const ch = String.fromCharCode(c);
  if (c >= 48 && c <= 57) cls = SHAPE_DIGIT;
  else if (LOWER[c] !== c) cls = SHAPE_UPPER;
  else if (/\p{L}/u.test(ch)) cls = SHAPE_LOWER;
  else if (/\p{P}/u.test(ch)) cls = SHAPE_PUNCTUATION;
  else if (/\p{S}/u.test(ch)) cls = SHAPE_SYMBOL;
  else cls = SHAPE_OTHER;
  SHAPES[c] = cls;
  return cls;
}

/**
 * Hash of the word shape: each code unit mapped to upper/lower/digit/punctuation/symbol, runs of one class
 * collapsed after two ("Amsterdam" → "Xxx", "1.250" → "d.ddd" → "d.dd"), and the length bucket.
 */
export function hashShape(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  let previous = -1;
  let run = 0;
  for (let i = start; i < end; i++) {
    const cls = shapeClass(text.charCodeAt(i));
    if (cls === previous) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
      previous = cls;
    }
    h = Math.imul(h ^ cls, FNV_PRIME);
  }
  const length = end - start;
  h = Math.imul(h ^ (length <= 3 ? length : length <= 6 ? 4 : length <= 10 ? 5 : 6), FNV_PRIME);
  return h >>> 0;
}

/** True when the slice starts with an upper-case letter. */
export function startsUpper(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  return LOWER[c] !== c;
}

/**
 * What the slice consists of: 1 letters only, 2 digits only, 3 punctuation only, 4 symbols only, 5 anything
 * else (mixed), 0 when empty. Lets unseen punctuation ("''", ",,") be recognised as punctuation.
 */
export function wordKind(text: string, start: number, end: number): number {
  let kind = 0;
  for (let i = start; i < end; i++) {
    const cls = shapeClass(text.charCodeAt(i));
    const k = cls === SHAPE_UPPER || cls === SHAPE_LOWER ? 1 : cls === SHAPE_DIGIT ? 2 : cls === SHAPE_PUNCTUATION ? 3 : cls === SHAPE_SYMBOL ? 4 : 5;
    if (kind === 0) kind = k;
    else if (kind !== k) return 5;
  }
  return kind;
}
