/** What the tokenizer records about each token for the sentence splitter. */

// Flags: what lies before a token, from the white space in front of it.
export const SPACE_BEFORE = 1;
export const LINE_BEFORE = 2;
export const PARAGRAPH_BEFORE = 4;

// Kinds: what a token does at a sentence boundary.
export const WORD_KIND = 0;
/** . ! ? … and runs of them; also smileys. */
export const TERMINAL = 1;
/** An abbreviation after which the sentence goes on (dhr., Mr., initials). */
export const ABBREVIATION = 2;
/** An abbreviation that may end a sentence (etc., a.m.). */
export const FINAL_ABBREVIATION = 3;
/** Opens a quotation or bracket: ( [ „ “ ‘ « ,, `` */
export const OPENER = 4;
/** Closes one: ) ] ” ’ » '' */
export const CLOSER = 5;
/** A straight quote that opens or closes depending on spacing: " ' */
export const QUOTE = 6;
/** Punctuation that carries a sentence on across a line break: , ; : - / & % */
export const CONTINUATION = 7;
/** Any other symbol: bullets, currency, emoji. */
export const SYMBOL = 8;
/** A URL or e-mail address. */
export const LINK = 9;

/** The tokens of one text: parallel arrays, valid up to `count`. */
export interface TokenBuffer {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** SPACE_BEFORE | LINE_BEFORE | PARAGRAPH_BEFORE bits. */
  flags: Uint8Array;
  /** One of the kinds above. */
  kinds: Uint8Array;
}
