import {
  CHAR_CLASS,
  CLOSING,
  DIGIT,
  LETTER,
  NEWLINE,
  OPENING,
  SPACE,
  UPPER,
  WORD,
  isAstralLetter,
  isHighSurrogate,
} from './char-classes.js';
import type { SegmenterData } from './language-data.js';
import {
  ABBREVIATION,
  CLOSER,
  CONTINUATION,
  FINAL_ABBREVIATION,
  LINE_BEFORE,
  LINK,
  OPENER,
  PARAGRAPH_BEFORE,
  QUOTE,
  SPACE_BEFORE,
  SYMBOL,
  TERMINAL,
  WORD_KIND,
  type TokenBuffer,
} from './token-kinds.js';

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const UNDERSCORE = 0x5f;
const AT = 0x40;
const HASH = 0x23;
const PLUS = 0x2b;
const ELLIPSIS = 0x2026;
const ZERO_WIDTH_JOINER = 0x200d;
const BACKTICK = 0x60;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;

/** Punctuation whose repeats form one token (... !!! -- ,, '' `` **). */
const RUN_CHARS = new Set([..."…,'`-*=~_#<>+^:;$"].map((c) => c.charCodeAt(0)));
const CONTINUATION_CHARS = new Set([...',;:-–—/&%‰'].map((c) => c.charCodeAt(0)));
const EMOTICONS = [':-)', ':-(', ':)', ':(', ';)', ';-)', ':D', ':P', ':p', ':/', ':-/', ':-D', ':-P', '=)', '=('];
const URL_SCHEMES = ['http://', 'https://', 'ftp://', 'www.'];
/** Trailing characters that belong to the text around a URL, not to it. */
const URL_TRAILERS = new Set([...'.,;:!?\'"”’»>'].map((c) => c.charCodeAt(0)));
const INITIAL_CAPACITY = 1024;

/**
 * The tokenizer: one pass over the char codes finds white-space separated chunks and splits each into tokens by
 * character classes and the language's data, recording for each token its kind and the white space before it.
 * Nothing is allocated per token except a string at candidate points (a word before a period, a hyphen prefix).
 */
export class Tokenizer {
  private readonly abbreviations: Set<string>;
  private readonly finalAbbreviations: Set<string>;
  private readonly numberAbbreviations: Set<string>;
  private readonly hyphenPrefixes: Set<string>;
  private readonly longestHyphenPrefix: number;
  private readonly apostropheWords: Set<string>;
  private readonly joinHyphens: boolean;
  private readonly trailingHyphen: boolean;
  private readonly slashJoinsLetters: boolean;
  private readonly signedNumbers: boolean;
  private readonly pluralPossessive: boolean;
  private readonly numberSuffixes: Set<number>;
  private readonly units: Set<string>;
  private readonly longestUnit: number;

  // Output buffers, reused between calls and grown by doubling.
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private flags = new Uint8Array(INITIAL_CAPACITY);
  private kinds = new Uint8Array(INITIAL_CAPACITY);
  private count = 0;
  private pendingFlags = 0;
  private text = '';

  constructor(data: SegmenterData) {
    this.abbreviations = new Set(data.abbreviations);
    this.finalAbbreviations = new Set(data.sentenceFinalAbbreviations);
    this.numberAbbreviations = new Set(data.abbreviationsBeforeNumbers);
    this.hyphenPrefixes = new Set(data.hyphenPrefixes);
    this.longestHyphenPrefix = Math.max(0, ...data.hyphenPrefixes.map((p) => p.length));
    this.apostropheWords = new Set(data.apostropheWords.map((w) => w.slice(1).toLowerCase()));
    this.joinHyphens = data.hyphens === 'join';
    this.trailingHyphen = data.trailingHyphen;
    this.slashJoinsLetters = data.slashJoinsLetters;
    this.signedNumbers = data.signedNumbers;
    this.pluralPossessive = data.pluralPossessive;
    this.numberSuffixes = new Set([...data.numberSuffixes].map((c) => c.charCodeAt(0)));
    this.units = new Set(data.unitsAfterNumbers);
    this.longestUnit = Math.max(0, ...data.unitsAfterNumbers.map((u) => u.length));
  }

  /** Tokenizes `text` into buffers that stay valid until the next call. */
  tokenize(text: string): TokenBuffer {
    this.text = text;
    this.count = 0;
    this.pendingFlags = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = CHAR_CLASS[c];
      if (cls & SPACE) {
        let newlines = 0;
        do {
          if (cls & NEWLINE || (c === CARRIAGE_RETURN && text.charCodeAt(i + 1) !== LINE_FEED)) newlines++;
          i++;
          c = text.charCodeAt(i);
          cls = CHAR_CLASS[c];
        } while (i < n && cls & SPACE);
        this.pendingFlags = SPACE_BEFORE | (newlines >= 2 ? PARAGRAPH_BEFORE | LINE_BEFORE : newlines === 1 ? LINE_BEFORE : 0);
        continue;
      }
      let e = i + 1;
      while (e < n && !(CHAR_CLASS[text.charCodeAt(e)] & SPACE)) e++;
      this.chunk(i, e);
      i = e;
    }
    this.text = ''; // do not keep a large text alive between calls
    return { text, count: this.count, starts: this.starts, ends: this.ends, flags: this.flags, kinds: this.kinds };
  }

  /** Splits the whitespace-free stretch [s, e) into tokens. */
  private chunk(s: number, e: number): void {
    const text = this.text;
    let q = s;
    while (q < e && CHAR_CLASS[text.charCodeAt(q)] & WORD) q++;
    if (q === e && !(this.longestUnit > 0 && CHAR_CLASS[text.charCodeAt(s)] & DIGIT)) {
      this.push(s, e, WORD_KIND);
      return;
    }
    let p = s;
    while (p < e) {
      const c = text.charCodeAt(p);
      if (CHAR_CLASS[c] & WORD || (isHighSurrogate(c) && isAstralLetter(text.codePointAt(p)!))) p = this.word(p, e);
      else p = this.punctuation(p, s, e);
    }
  }

  /** Emits the word, URL or e-mail address starting at p; returns where it ends. */
  private word(p: number, e: number): number {
    const text = this.text;
    const special = this.urlOrEmailEnd(p, e);
    if (special > p) {
      this.push(p, special, LINK);
      return special;
    }
    let q = this.wordEnd(p, e);
    let kind = WORD_KIND;
    const next = q < e ? text.charCodeAt(q) : 0;
    const after = q + 1 < e ? text.charCodeAt(q + 1) : 0;
    if (next === DOT && (after !== DOT || (q + 2 < e && text.charCodeAt(q + 2) !== DOT) || q + 2 === e)) {
      kind = this.abbreviationKind(p, q + 1);
      if (kind !== WORD_KIND) {
        q++;
        // An abbreviation can open a compound (O.L.V.-college, St.-Janstraat) or take a clitic (U.S.'s).
        const joiner = q < e ? text.charCodeAt(q) : 0;
        const joins = (this.joinHyphens && joiner === HYPHEN) || joiner === APOSTROPHE || joiner === RIGHT_SINGLE_QUOTE;
        if (joins && q + 1 < e && CHAR_CLASS[text.charCodeAt(q + 1)] & LETTER) {
          q = this.wordEnd(q + 1, e);
          kind = WORD_KIND;
        }
      }
    } else if (next === HYPHEN && this.trailingHyphen && (q + 1 === e || after === COMMA)) {
      q++;
    } else if ((next === APOSTROPHE || next === RIGHT_SINGLE_QUOTE) && this.pluralPossessive) {
      if ((text.charCodeAt(q - 1) | 0x20) === 0x73 && !(CHAR_CLASS[after] & WORD)) q++; // the parents' house
    } else if (CHAR_CLASS[text.charCodeAt(q - 1)] & DIGIT && this.numberSuffixes.has(next)) {
      q++; // 50%
    }
    if (this.longestUnit > 0 && CHAR_CLASS[text.charCodeAt(p)] & DIGIT && kind === WORD_KIND) {
      const unit = this.unitStart(p, q);
      if (unit > p) {
        this.push(p, unit, WORD_KIND);
        p = unit;
      }
    }
    this.push(p, q, kind);
    return q;
  }

  /** Where a unit glued to a number starts (375mm, 8gb), or p when the token [p, q) is not number + unit. */
  private unitStart(p: number, q: number): number {
    const text = this.text;
    let r = q;
    while (r > p && CHAR_CLASS[text.charCodeAt(r - 1)] & LETTER) r--;
    if (r === q || r === p || q - r > this.longestUnit || !(CHAR_CLASS[text.charCodeAt(r - 1)] & DIGIT)) return p;
    for (let k = p; k < r; k++) if (CHAR_CLASS[text.charCodeAt(k)] & LETTER) return p;
    return this.units.has(text.slice(r, q)) ? r : p;
  }

  /** End of a word: word characters joined by the infixes the language allows (12.000, 1,30, z'n, AT&T). */
  private wordEnd(p: number, e: number): number {
    const text = this.text;
    let q = p;
    let segmentStart = p;
    for (;;) {
      while (q < e) {
        const c = text.charCodeAt(q);
        if (CHAR_CLASS[c] & WORD) q++;
        else if (isHighSurrogate(c) && q + 1 < e && isAstralLetter(text.codePointAt(q)!)) q += 2;
        else break;
      }
      if (q + 1 >= e || q === p) return q;
      const c = text.charCodeAt(q);
      const nextClass = CHAR_CLASS[text.charCodeAt(q + 1)];
      if (!(nextClass & WORD)) return q;
      const previousClass = CHAR_CLASS[text.charCodeAt(q - 1)];
      const digits = previousClass & DIGIT && nextClass & DIGIT;
      let joins: boolean;
      switch (c) {
        case DOT:
        case UNDERSCORE:
          joins = true;
          break;
        case COMMA:
        case COLON:
          joins = digits !== 0;
          break;
        case HYPHEN:
        case 0x2010:
        case 0x2011:
          joins = this.joinHyphens || this.hyphenJoinsHere(segmentStart, q, digits !== 0);
          break;
        case SLASH:
          joins = digits !== 0 || ((this.slashJoinsLetters || q - segmentStart === 1) && (previousClass & LETTER) !== 0);
          break;
        case APOSTROPHE:
        case RIGHT_SINGLE_QUOTE:
          joins = (nextClass & LETTER) !== 0;
          break;
        case AMPERSAND:
          joins = (previousClass & LETTER && nextClass & LETTER) !== 0;
          break;
        default:
          joins = false;
      }
      if (!joins) return q;
      q++;
      segmentStart = q;
    }
  }

  /** For languages that split hyphens: whether the hyphen at q still joins (e-mail, non-stop, 713-853-3989). */
  private hyphenJoinsHere(segmentStart: number, q: number, digits: boolean): boolean {
    const text = this.text;
    if (digits) {
      // Phone numbers and dates join; ranges such as 3-4 split.
      let r = q + 1;
      while (r < text.length && CHAR_CLASS[text.charCodeAt(r)] & DIGIT) r++;
      return r - q - 1 >= 4 || (text.charCodeAt(r) === HYPHEN && (CHAR_CLASS[text.charCodeAt(r + 1)] & DIGIT) !== 0);
    }
    if (q - segmentStart > this.longestHyphenPrefix) return false;
    return this.hyphenPrefixes.has(text.slice(segmentStart, q).toLowerCase());
  }

  /** Whether the word [p, end) with its final period is an abbreviation, and of which kind; WORD_KIND if not. */
  private abbreviationKind(p: number, end: number): number {
    const text = this.text;
    const word = text.slice(p, end);
    const found = this.lookUpAbbreviation(word, end);
    if (found !== WORD_KIND) return found;
    const first = text.charCodeAt(p);
    // "Bijv." opening a sentence is the listed "bijv."; elsewhere a capital makes another word ("Oz." is no "oz.").
    if (CHAR_CLASS[first] & UPPER && this.atSentenceStart()) {
      const lowered = this.lookUpAbbreviation(word[0].toLowerCase() + word.slice(1), end);
      if (lowered !== WORD_KIND) return lowered;
    }
    // A capital with a period is an initial inside a name.
    if (end - p === 2) return CHAR_CLASS[first] & UPPER ? ABBREVIATION : WORD_KIND;
    // Single letters joined by periods (initials as J.W., m.b.t.) are abbreviations even when unlisted.
    for (let k = p; k < end; k += 2) {
      if (!(CHAR_CLASS[text.charCodeAt(k)] & LETTER) || text.charCodeAt(k + 1) !== DOT) return WORD_KIND;
    }
    return ABBREVIATION;
  }

  /** Whether the token about to be pushed probably opens a sentence: first in the text or a line, or after . ! ? */
  private atSentenceStart(): boolean {
    const previous = this.count - 1;
    return previous < 0 || (this.pendingFlags & LINE_BEFORE) !== 0 || this.kinds[previous] === TERMINAL || this.kinds[previous] === OPENER;
  }

  private lookUpAbbreviation(word: string, end: number): number {
    if (this.abbreviations.has(word)) return ABBREVIATION;
    if (this.numberAbbreviations.has(word)) {
      let k = end;
      while (k < this.text.length && CHAR_CLASS[this.text.charCodeAt(k)] & SPACE) k++;
      return CHAR_CLASS[this.text.charCodeAt(k)] & DIGIT ? ABBREVIATION : WORD_KIND;
    }
    if (this.finalAbbreviations.has(word)) return FINAL_ABBREVIATION;
    return WORD_KIND;
  }

  /** End of a URL or e-mail address starting at p, or p when there is none. */
  private urlOrEmailEnd(p: number, e: number): number {
    const text = this.text;
    const c = text.charCodeAt(p);
    const maybeUrl = c === 0x68 || c === 0x48 || c === 0x66 || c === 0x77 || c === 0x57; // h f w
    if (maybeUrl) {
      for (const scheme of URL_SCHEMES) {
        if (e - p > scheme.length && text.slice(p, p + scheme.length).toLowerCase() === scheme) {
          return this.trimUrl(p, e);
        }
      }
    }
    let q = p;
    while (q < e) {
      const d = text.charCodeAt(q);
      if (CHAR_CLASS[d] & WORD || d === DOT || d === HYPHEN || d === UNDERSCORE || d === PLUS) q++;
      else break;
    }
    if (q + 1 >= e || text.charCodeAt(q) !== AT || !(CHAR_CLASS[text.charCodeAt(q + 1)] & WORD)) return p;
    q++;
    while (q < e) {
      const d = text.charCodeAt(q);
      if (CHAR_CLASS[d] & WORD || d === DOT || d === HYPHEN) q++;
      else break;
    }
    while (text.charCodeAt(q - 1) === DOT || text.charCodeAt(q - 1) === HYPHEN) q--;
    return q;
  }

  /** A URL runs to the end of the chunk, less trailing punctuation and a closing bracket it did not open. */
  private trimUrl(p: number, e: number): number {
    const text = this.text;
    let q = e;
    for (;;) {
      const c = text.charCodeAt(q - 1);
      if (URL_TRAILERS.has(c)) q--;
      else if ((c === 0x29 || c === 0x5d) && !this.balanced(p, q, c === 0x29 ? 0x28 : 0x5b, c)) q--;
      else break;
    }
    return q;
  }

  /** Whether [p, q) holds as many `open` as `close` characters. */
  private balanced(p: number, q: number, open: number, close: number): boolean {
    let depth = 0;
    for (let k = p; k < q; k++) {
      const c = this.text.charCodeAt(k);
      if (c === open) depth++;
      else if (c === close) depth--;
    }
    return depth >= 0;
  }

  /** Emits the punctuation or symbol token at p (chunk [s, e)); returns where it ends. */
  private punctuation(p: number, s: number, e: number): number {
    const text = this.text;
    const c = text.charCodeAt(p);
    const next = p + 1 < e ? text.charCodeAt(p + 1) : 0;
    const nextClass = CHAR_CLASS[next];
    if (isHighSurrogate(c)) return this.emitSymbolCluster(p, e);
    if ((c === AT || c === HASH) && nextClass & WORD && (p === s || !(CHAR_CLASS[text.charCodeAt(p - 1)] & WORD))) {
      let q = p + 1;
      while (q < e && (CHAR_CLASS[text.charCodeAt(q)] & WORD || text.charCodeAt(q) === UNDERSCORE)) q++;
      this.push(p, q, WORD_KIND);
      return q;
    }
    if ((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && nextClass & WORD) {
      const q = this.elisionEnd(p, e);
      if (q > p) {
        this.push(p, q, WORD_KIND);
        return q;
      }
    }
    if (this.signedNumbers && (c === HYPHEN || c === PLUS) && nextClass & DIGIT && (p === s || !(CHAR_CLASS[text.charCodeAt(p - 1)] & WORD))) {
      const q = this.wordEnd(p + 1, e);
      this.push(p, q, WORD_KIND);
      return q;
    }
    if (c === COLON || c === 0x3b || c === 0x3d) {
      for (const emoticon of EMOTICONS) {
        const q = p + emoticon.length;
        if (q <= e && text.startsWith(emoticon, p) && (q === e || !(CHAR_CLASS[text.charCodeAt(q)] & WORD))) {
          this.push(p, q, TERMINAL); // a smiley ends a sentence as a full stop does
          return q;
        }
      }
    }
    let q = p + 1;
    if (c === 0x21 || c === 0x3f || c === DOT) {
      while (q < e && isTerminalChar(text.charCodeAt(q))) q++;
    } else if (RUN_CHARS.has(c)) {
      while (q < e && text.charCodeAt(q) === c) q++;
    }
    this.push(p, q, punctuationKind(c, q - p));
    return q;
  }

  /** End of an elided word at the apostrophe p ('s, 't, 's-Hertogenbosch, '90, '90s), or p when there is none. */
  private elisionEnd(p: number, e: number): number {
    const text = this.text;
    let q = p + 1;
    while (q < e && CHAR_CLASS[text.charCodeAt(q)] & LETTER) q++;
    if (q > p + 1) {
      if (q < e && CHAR_CLASS[text.charCodeAt(q)] & DIGIT) return p;
      if (!this.apostropheWords.has(text.slice(p + 1, q).toLowerCase())) return p;
      if (q + 1 < e && text.charCodeAt(q) === HYPHEN && CHAR_CLASS[text.charCodeAt(q + 1)] & LETTER) {
        return this.wordEnd(q + 1, e);
      }
      return q;
    }
    while (q < e && CHAR_CLASS[text.charCodeAt(q)] & DIGIT) q++;
    if (q - p - 1 !== 2) return p;
    if (q < e && text.charCodeAt(q) === 0x73) q++; // '90s
    return q < e && CHAR_CLASS[text.charCodeAt(q)] & WORD ? p : q;
  }

  /** Emits an emoji or other astral symbol with its modifiers, joiners and variation selectors. */
  private emitSymbolCluster(p: number, e: number): number {
    const text = this.text;
    const low = text.charCodeAt(p + 1);
    let q = p + (low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
    while (q < e) {
      const c = text.charCodeAt(q);
      if (c === ZERO_WIDTH_JOINER && q + 1 < e) q += isHighSurrogate(text.charCodeAt(q + 1)) ? 3 : 2;
      else if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) q++;
      else if (c === 0xd83c && isModifierOrFlag(text.charCodeAt(q + 1))) q += 2;
      else break;
    }
    if (q > e) q = e;
    this.push(p, q, SYMBOL);
    return q;
  }

  private push(start: number, end: number, kind: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.flags[i] = this.pendingFlags;
    this.pendingFlags = 0;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.kinds = kinds;
  }
}

function punctuationKind(c: number, length: number): number {
  if (c === DOT || c === ELLIPSIS || c === 0x21 || c === 0x3f) return TERMINAL;
  if ((c === COMMA || c === BACKTICK) && length === 2) return OPENER;
  if (c === APOSTROPHE && length === 2) return CLOSER;
  const cls = CHAR_CLASS[c];
  if (cls & OPENING && cls & CLOSING) return QUOTE;
  if (cls & OPENING) return OPENER;
  if (cls & CLOSING) return CLOSER;
  if (CONTINUATION_CHARS.has(c)) return CONTINUATION;
  return SYMBOL;
}

function isTerminalChar(c: number): boolean {
  return c === DOT || c === 0x21 || c === 0x3f;
}

/** Low surrogates of the skin-tone modifiers (U+1F3FB..U+1F3FF) and regional indicators (U+1F1E6..U+1F1FF). */
function isModifierOrFlag(low: number): boolean {
  return (low >= 0xdffb && low <= 0xdfff) || (low >= 0xdde6 && low <= 0xddff);
}
