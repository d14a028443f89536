import { CHAR_CLASS, DIGIT, LOWER, UPPER, isHighSurrogate } from './char-classes.js';
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
const RIGHT_PARENTHESIS = 0x29;
const HYPHEN = 0x2d;
const DOUBLE_QUOTE = 0x22;

/** A numeric date: 4/16/2001, 16-04-01, 2001-04-16. */
const NUMERIC_DATE = /^(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([/.-])\d{1,2}\2\d{1,2})$/;
/** A clock time: 04:52, 07:48:44. */
const CLOCK_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** Characters whose runs draw horizontal rules, and the shortest such run. */
const RULE_CHARS = new Set([...'-_=*~'].map((c) => c.charCodeAt(0)));
const MIN_RULE_LENGTH = 10;
const PUNCTUATION_KINDS = new Set([TERMINAL, CLOSER, CONTINUATION]);
/** The longest heading (in words) recognised when it is glued to the sentence after it. */
const MAX_HEADING_WORDS = 4;
/** The most words before the comma of a salutation: "Best regards,", "Dear Mr. Smith,". */
const MAX_SALUTATION_WORDS = 3;

/** Places sentence starts in a text's tokens, by the token kinds and the language's data. */
export class SentenceSplitter {
  private readonly lowercaseStarts: boolean;
  private readonly sentenceStarters: Set<string>;
  private readonly salutations: Set<string>;
  private readonly timeMarkers: Set<string>;
  private readonly timeZones: Set<string>;
  private readonly endingClosers: Set<number>;

  // The tokens being split, set for the duration of one call.
  private text = '';
  private count = 0;
  private starts: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private ends: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private flags: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  private kinds: Uint8Array<ArrayBufferLike> = new Uint8Array(0);

  constructor(data: SegmenterData) {
    this.lowercaseStarts = data.lowercaseSentenceStarts;
    this.sentenceStarters = new Set(data.sentenceStarters);
    this.salutations = new Set(data.salutations);
    this.timeMarkers = new Set(data.timeMarkers);
    this.timeZones = new Set(data.timeZones);
    this.endingClosers = new Set([...data.capitalAfterCloser].map((c) => c.charCodeAt(0)));
  }

  /** The index of the first token of each sentence. */
  split(tokens: TokenBuffer): Int32Array {
    ({ text: this.text, count: this.count, starts: this.starts, ends: this.ends, flags: this.flags, kinds: this.kinds } = tokens);
    const result = this.sentenceStarts();
    this.text = '';
    return result;
  }

  /**
   * A sentence starts
   * - after a blank line, always;
   * - after . ! ? … or a sentence-final abbreviation (and the closing quotes and brackets after them) when the next
   *   token can open a sentence: a capital, digit, opening quote or bracket, and a lower-case word after . ! ?
   *   where the language's texts do that (not after the number of a numbered item, "1. The ...");
   * - after a single line break when the line before does not run on (ends in a comma, dash, opening bracket or
   *   non-final abbreviation) and the next line starts like a sentence or with a bullet dash: so headings and list
   *   items stand alone while a line wrapped before a lower-case word stays in its sentence;
   * - at a capital after a closing bracket the language lists, a URL, an e-mail address or a clock time (not at a
   *   time zone: "8:00 PM ET"), after a salutation's comma ("Hi John, Thanks"), and at a sentence-opening word after
   *   a short heading glued to it;
   * - at a numbered item after a colon ("advice: 1. Be ..."), between two links, at a timestamp that no lower-case
   *   word introduces ("Mike Jordan 04/04/2001 09:27 AM"), and around a horizontal rule ("-----------");
   * - never without white space before it.
   */
  private sentenceStarts(): Int32Array {
    const count = this.count;
    const kinds = this.kinds;
    const flags = this.flags;
    let result = new Int32Array(Math.max(16, count >> 3));
    let found = 0;
    if (count > 0) result[found++] = 0;
    // Whether a sentence end is pending; firmly after . ! ? (where a lower-case word may follow), not after an
    // ellipsis; after an abbreviation only a capital starts the next sentence.
    let ended = false;
    let endedFirmly = false;
    let endedByAbbreviation = false;
    // Plain words since the paragraph began, while no punctuation came: a heading glued to its first sentence.
    let headingWords = 0;
    let sentenceStart = 0;
    // Which straight quotes (" and ') are open in this paragraph, to tell closing from opening ones.
    let doubleQuoteOpen = false;
    let singleQuoteOpen = false;
    for (let i = 0; i < count; i++) {
      const kind = kinds[i];
      const f = flags[i];
      if (f & PARAGRAPH_BEFORE) doubleQuoteOpen = singleQuoteOpen = false;
      const isDouble = kind === QUOTE && this.text.charCodeAt(this.starts[i]) === DOUBLE_QUOTE;
      const closes: boolean = kind === QUOTE && this.quoteCloses(i, isDouble ? doubleQuoteOpen : singleQuoteOpen);
      if (i > 0) {
        const previous = kinds[i - 1];
        // A sentence starts only after white space: ".doc" and "@2.975" go on the token before them.
        const starts =
          f & PARAGRAPH_BEFORE ||
          (f & SPACE_BEFORE &&
            ((ended &&
              (endedByAbbreviation
                ? this.startsWithCapital(i) && !this.isTimeZone(i)
                : this.opensSentence(i, closes, endedFirmly && this.lowercaseStarts))) ||
              (this.closesBracket(i - 1) && this.startsWithCapital(i)) ||
              (((headingWords > 0 && headingWords <= MAX_HEADING_WORDS) || this.isInitial(i - 1)) && this.isSentenceStarter(i)) ||
              (previous === CONTINUATION && this.endsSalutation(sentenceStart, i - 1) && this.startsWithCapital(i)) ||
              (this.startsWithCapital(i) && this.endsWithoutStop(i - 1) && !this.isTimeZone(i)) ||
              (this.isColon(i - 1) && this.opensNumberedItem(i)) ||
              (previous === LINK && kind === LINK) ||
              this.startsTimestamp(i) ||
              (this.isRule(i) && previous !== SYMBOL && previous !== CONTINUATION) ||
              (this.isRule(i - 1) && this.startsWithCapital(i)) ||
              (f & LINE_BEFORE &&
                previous !== CONTINUATION &&
                previous !== ABBREVIATION &&
                previous !== OPENER &&
                (this.opensSentence(i, closes, false) || this.isDash(i)))));
        if (f & PARAGRAPH_BEFORE) headingWords = 0;
        if (starts) {
          if (found === result.length) {
            const bigger = new Int32Array(found * 2);
            bigger.set(result);
            result = bigger;
          }
          result[found++] = i;
          sentenceStart = i;
          ended = false;
          if (!(f & PARAGRAPH_BEFORE)) headingWords = -1;
        }
      }
      if (headingWords >= 0) headingWords = kind === WORD_KIND ? headingWords + 1 : -1;
      if ((kind === TERMINAL && !this.isListNumberPeriod(i, sentenceStart)) || kind === FINAL_ABBREVIATION) {
        ended = true;
        endedByAbbreviation = kind === FINAL_ABBREVIATION;
        endedFirmly = kind === TERMINAL && (this.text.charCodeAt(this.ends[i] - 1) !== DOT || this.ends[i] - this.starts[i] === 1);
      } else if (kind === QUOTE) {
        ended &&= closes;
        endedFirmly = false;
        if (isDouble) doubleQuoteOpen = !closes;
        else singleQuoteOpen = !closes;
      } else if (kind === CLOSER) endedFirmly = false;
      else ended = false;
    }
    return result.slice(0, found);
  }

  /** Whether token i can be the first of a sentence; `closes` tells whether a quote token closes a quotation. */
  private opensSentence(i: number, closes: boolean, lowercase: boolean): boolean {
    switch (this.kinds[i]) {
      case OPENER:
        return true;
      case QUOTE:
        return !closes;
      case CONTINUATION:
        return this.isDash(i); // a dash after a full stop opens a new part: "... years. -- Posted by"
      case CLOSER:
      case TERMINAL:
        return false;
      default: {
        const c = this.text.charCodeAt(this.starts[i]);
        return (lowercase || !(CHAR_CLASS[c] & LOWER)) && !isHighSurrogate(c);
      }
    }
  }

  /** Whether token i is a capital with a period, such as the J. of J. Smith (or the B. of "A = B."). */
  private isInitial(i: number): boolean {
    return this.kinds[i] === ABBREVIATION && this.ends[i] - this.starts[i] === 2 && this.startsWithCapital(i);
  }

  /** Whether token i is a capitalised word that opens sentences and seldom stands capitalised inside one. */
  private isSentenceStarter(i: number): boolean {
    return this.startsWithCapital(i) && this.sentenceStarters.has(this.text.slice(this.starts[i], this.ends[i]));
  }

  /** Whether the comma at `comma` ends a salutation opening the sentence at `first` ("Hi John,", "Best regards,"). */
  private endsSalutation(first: number, comma: number): boolean {
    if (comma - first > MAX_SALUTATION_WORDS || comma === first || this.text.charCodeAt(this.starts[comma]) !== COMMA) return false;
    return this.salutations.has(this.text.slice(this.starts[first], this.ends[first]));
  }

  /**
   * Whether token i may end a sentence without a full stop before a capital: a URL, an e-mail address with a
   * domain, a clock-time marker after a number ("08:02 PM Thanks") or the time of a timestamp.
   */
  private endsWithoutStop(i: number): boolean {
    const kind = this.kinds[i];
    if (kind === LINK) {
      const token = this.text.slice(this.starts[i], this.ends[i]);
      return !token.includes('@') || token.lastIndexOf('.') > token.indexOf('@');
    }
    if (kind !== WORD_KIND || i === 0 || !(CHAR_CLASS[this.text.charCodeAt(this.starts[i - 1])] & DIGIT)) return false;
    if (this.timeMarkers.has(this.text.slice(this.starts[i], this.ends[i]))) return true;
    // The 24-hour time of a timestamp: "21/03/2001 18:20 Several issues", not "04/04/2001 09:27 AM".
    return (
      this.isNumericDate(i - 1) &&
      CLOCK_TIME.test(this.text.slice(this.starts[i], this.ends[i])) &&
      !this.timeMarkers.has(this.text.slice(this.starts[i + 1], this.ends[i + 1]))
    );
  }

  /**
   * Whether token i opens a timestamp, a numeric date and a clock time ("04/16/2001 04:52 PM"), that no lower-case
   * word introduces ("on 04/16/2001 ..."): the date line of a message or post stands apart.
   */
  private startsTimestamp(i: number): boolean {
    if (i + 1 >= this.count || !(CHAR_CLASS[this.text.charCodeAt(this.starts[i])] & DIGIT)) return false;
    if (!(CHAR_CLASS[this.text.charCodeAt(this.starts[i + 1])] & DIGIT) || CHAR_CLASS[this.text.charCodeAt(this.starts[i - 1])] & LOWER) return false;
    return this.isNumericDate(i) && CLOCK_TIME.test(this.text.slice(this.starts[i + 1], this.ends[i + 1]));
  }

  private isNumericDate(i: number): boolean {
    return NUMERIC_DATE.test(this.text.slice(this.starts[i], this.ends[i]));
  }

  private isTimeZone(i: number): boolean {
    return this.timeZones.has(this.text.slice(this.starts[i], this.ends[i]));
  }

  /** Whether token i is a horizontal rule, a run of one line character ("-----", "*****"), that sets text apart. */
  private isRule(i: number): boolean {
    if (this.ends[i] - this.starts[i] < MIN_RULE_LENGTH) return false;
    const c = this.text.charCodeAt(this.starts[i]);
    return RULE_CHARS.has(c) && this.text.charCodeAt(this.ends[i] - 1) === c;
  }

  /** Whether token i is a dash, which at the start of a line is a list bullet. */
  private isDash(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]);
    return c === HYPHEN || c === 0x2013 || c === 0x2014;
  }

  private startsWithCapital(i: number): boolean {
    return (CHAR_CLASS[this.text.charCodeAt(this.starts[i])] & UPPER) !== 0;
  }

  /**
   * Whether token i is a closing bracket after which the language's texts start a sentence with a capital, as in
   * the list "Voorzitter (1987-1989) Partijbestuurslid (1990-1995)", or a run of one ("<< File: a.doc >> Here").
   */
  private closesBracket(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]);
    return this.endingClosers.has(c) && this.ends[i] - this.starts[i] <= 2 && this.text.charCodeAt(this.ends[i] - 1) === c;
  }

  /**
   * Whether token i is the period of a list number opening the sentence, alone or after a bullet ("1. The
   * pricing ...", "* 2. The second ..."): it does not end the sentence.
   */
  private isListNumberPeriod(i: number, sentenceStart: number): boolean {
    if (this.ends[i] - this.starts[i] !== 1 || this.text.charCodeAt(this.starts[i]) !== DOT) return false;
    const number = i - 1;
    return (number === sentenceStart || (number === sentenceStart + 1 && this.isBullet(sentenceStart))) && this.isListNumber(number);
  }

  /** Whether token i is a list number (one or two digits) with its period or bracket, before a capital: "1. The". */
  private opensNumberedItem(i: number): boolean {
    if (i + 2 >= this.count || !this.isListNumber(i) || this.flags[i + 1] & SPACE_BEFORE || this.ends[i + 1] - this.starts[i + 1] !== 1) return false;
    const mark = this.text.charCodeAt(this.starts[i + 1]);
    return (mark === DOT || mark === RIGHT_PARENTHESIS) && this.startsWithCapital(i + 2);
  }

  private isListNumber(i: number): boolean {
    const length = this.ends[i] - this.starts[i];
    if (length > 2) return false;
    for (let k = this.starts[i]; k < this.ends[i]; k++) {
      if (!(CHAR_CLASS[this.text.charCodeAt(k)] & DIGIT)) return false;
    }
    return true;
  }

  /** Whether token i is a list bullet: a dash or a one-character symbol such as * or •. */
  private isBullet(i: number): boolean {
    return this.isDash(i) || (this.kinds[i] === SYMBOL && this.ends[i] - this.starts[i] === 1);
  }

  private isColon(i: number): boolean {
    return this.ends[i] - this.starts[i] === 1 && this.text.charCodeAt(this.starts[i]) === COLON;
  }

  /**
   * Whether the quote token i (" or ') closes a quotation: it does at the end of a paragraph, when glued to the
   * word before and not to the word after, and before punctuation when one is open; with spaces on both sides it
   * closes when one is open.
   */
  private quoteCloses(i: number, open: boolean): boolean {
    const flags = this.flags;
    const gluedBefore = i > 0 && !(flags[i] & SPACE_BEFORE);
    if (i + 1 === this.count || flags[i + 1] & PARAGRAPH_BEFORE) return true;
    const gluedAfter = !(flags[i + 1] & SPACE_BEFORE);
    if (gluedAfter && open && PUNCTUATION_KINDS.has(this.kinds[i + 1])) return true;
    if (gluedBefore !== gluedAfter) return gluedBefore;
    return open;
  }
}
