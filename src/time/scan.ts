/**
 * The light tokenisation time expressions are found in: words (letters, then letters or digits), numbers (digits
 * with inner separators, so that "12.000", "15.00", "2-0" and "24-05-2019" stay one token, plus a letter suffix as
 * in "1990s", "3rd", "21e") and single punctuation characters. Offsets are UTF-16 indices into the text.
 */

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

export interface ScannedTokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Lower-cased token text, typographic apostrophes as "'". */
  lower: string[];
  /** Whether the token starts with an upper-case letter. */
  capitalised: Uint8Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** Whether a line break or a sentence boundary precedes the token (capitals there say nothing). */
  initial: Uint8Array;
}

const LETTER = /\p{L}/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // Latin-1 letters (é, ë, ß) without the regular expression: all of U+00C0-U+00FF but × and ÷.
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  return LETTER.test(text[i]);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f || code === 0x2009;
}

/** Characters inside a number ("12.000", "15:00", "24/05", "2-0"): . , : / - */
function isNumberSeparator(code: number): boolean {
  return code === 46 || code === 44 || code === 58 || code === 47 || code === 45;
}

let scratch = { starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) };

/**
 * Scans `text` into tokens. `sentences` (character spans) give the sentence of each token; without them a
 * sentence ends after . ! ? before a capital or digit, and at every blank line.
 */
export function scanTokens(text: string, sentences?: readonly { start: number; end: number }[]): ScannedTokens {
  const n = text.length;
  // At most one token per character: fill buffers kept from call to call (grown to the longest text), then copy.
  if (scratch.starts.length < n) scratch = { starts: new Int32Array(n), ends: new Int32Array(n), kinds: new Uint8Array(n) };
  const { starts, ends, kinds } = scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(code)) {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      while (i < n && isLetter(text, i)) i++;
      kinds[count] = NUMBER;
    } else if (isLetter(text, i)) {
      i++;
      while (i < n && (isLetter(text, i) || isDigit(text.charCodeAt(i)))) i++;
      kinds[count] = WORD;
    } else {
      // A surrogate pair stays one token.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      kinds[count] = PUNCT;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  const tokens: ScannedTokens = {
    count,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    kinds: kinds.slice(0, count),
    lower: new Array<string>(count),
    capitalised: new Uint8Array(count),
    sentence: new Int32Array(count),
    initial: new Uint8Array(count),
  };
  // Lower-casing the whole text at once is the same as token by token when no character changes length (İ) and
  // no capital sigma takes a final form by its context.
  const lowered = text.toLowerCase();
  const wholeText = lowered.length === n && !text.includes('\u03a3');
  for (let t = 0; t < count; t++) {
    const start = tokens.starts[t];
    const end = tokens.ends[t];
    if (tokens.kinds[t] === PUNCT) {
      const raw = text.slice(start, end);
      tokens.lower[t] = raw === '’' || raw === '‘' ? "'" : raw;
      continue;
    }
    const lower = wholeText ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
    tokens.lower[t] = lower;
    tokens.capitalised[t] = tokens.kinds[t] === WORD && text.charCodeAt(start) !== lower.charCodeAt(0) ? 1 : 0;
  }
  if (sentences && sentences.length > 0) assignGivenSentences(tokens, sentences);
  else assignOwnSentences(tokens, text);
  markInitialTokens(tokens, text);
  return tokens;
}

/** How many line breaks lie between tokens t-1 and t. */
function lineBreaksBefore(tokens: ScannedTokens, text: string, t: number): number {
  let breaks = 0;
  for (let i = tokens.ends[t - 1]; i < tokens.starts[t]; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks;
}

function assignGivenSentences(tokens: ScannedTokens, sentences: readonly { start: number; end: number }[]): void {
  let s = 0;
  for (let t = 0; t < tokens.count; t++) {
    while (s + 1 < sentences.length && tokens.starts[t] >= sentences[s + 1].start) s++;
    tokens.sentence[t] = s;
  }
}

const SENTENCE_END = new Set(['.', '!', '?']);

function assignOwnSentences(tokens: ScannedTokens, text: string): void {
  let s = 0;
  for (let t = 1; t < tokens.count; t++) {
    const blankLine = lineBreaksBefore(tokens, text, t) > 1;
    // Not after an initial or abbreviation letter ("U.S. Federal Court", "J. Smith").
    const initialLetter = t >= 2 && tokens.kinds[t - 2] === WORD && tokens.ends[t - 2] - tokens.starts[t - 2] === 1;
    const afterEnd = SENTENCE_END.has(tokens.lower[t - 1]) && tokens.starts[t] > tokens.ends[t - 1] && !initialLetter;
    if (blankLine || (afterEnd && (tokens.capitalised[t] === 1 || tokens.kinds[t] !== WORD))) s++;
    tokens.sentence[t] = s;
  }
}

const OPENERS = new Set(['"', "'", '“', '‘', '„', '(', '-', '–', '—', ':', '•']);

/** A token is initial at a sentence or line start, or after an opening quote or dash there. */
function markInitialTokens(tokens: ScannedTokens, text: string): void {
  for (let t = 0; t < tokens.count; t++) {
    const lineStart = t === 0 || tokens.sentence[t] !== tokens.sentence[t - 1] || lineBreaksBefore(tokens, text, t) > 0;
    const afterOpener = t > 0 && tokens.initial[t - 1] === 1 && OPENERS.has(tokens.lower[t - 1]);
    tokens.initial[t] = lineStart || afterOpener ? 1 : 0;
  }
}
