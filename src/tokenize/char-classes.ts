/**
 * Character classes of the UTF-16 code units, as bit flags in one lookup table, so the segmenter can classify a
 * character with one array read instead of a regular expression.
 */

export const SPACE = 1;
/** A line break (also has SPACE). */
export const NEWLINE = 2;
/** A letter or a combining mark (marks continue the letter before them). */
export const LETTER = 4;
export const UPPER = 8;
export const LOWER = 16;
export const DIGIT = 32;
/** A character that may open a quotation or bracket: it can precede the first word of a sentence. */
export const OPENING = 64;
/** A character that closes a quotation or bracket: it stays with the sentence it follows. */
export const CLOSING = 128;

/** Letters, marks and digits: the characters words are made of. */
export const WORD = LETTER | DIGIT;

const OPENING_CHARS = '([{"\'`„“‘‚«‹¿¡‟‛';
const CLOSING_CHARS = ')]}"\'”’»›';

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const space = /\s/u;
  const letter = /[\p{L}\p{M}\p{No}]/u;
  const upper = /[\p{Lu}\p{Lt}]/u;
  const lower = /\p{Ll}/u;
  const digit = /\p{Nd}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let flags = 0;
    if (space.test(ch) || c === 0x200b || c === 0xfeff) flags |= SPACE;
    if (letter.test(ch)) flags |= LETTER;
    if (upper.test(ch)) flags |= UPPER;
    if (lower.test(ch)) flags |= LOWER;
    if (digit.test(ch)) flags |= DIGIT;
    table[c] = flags;
  }
  for (const ch of '\n\u000b\u000c\u0085\u2028\u2029') table[ch.charCodeAt(0)] |= NEWLINE | SPACE;
  for (const ch of OPENING_CHARS) table[ch.charCodeAt(0)] |= OPENING;
  for (const ch of CLOSING_CHARS) table[ch.charCodeAt(0)] |= CLOSING;
  return table;
}

/** Flags of every BMP code unit; surrogates have none and are classified by code point (see `isAstralLetter`). */
export const CHAR_CLASS: Uint8Array = buildTable();

const ASTRAL_LETTER = /^[\p{L}\p{M}\p{Nd}]$/u;

/** Whether the astral code point starting at a high surrogate is a letter or digit (rare, so a regex is fine). */
export function isAstralLetter(codePoint: number): boolean {
  return ASTRAL_LETTER.test(String.fromCodePoint(codePoint));
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
