/**
 * Quotation marks and the stretches of text they enclose, in one pass over the tokens. Every style is read by the
 * same rule: a mark with a space (or an opening bracket) before it and a word after it opens, one with a word before
 * it and a space or punctuation after it closes, and only a mark that both or neither rule fits falls back on its
 * shape (“ opens, ” closes, " closes whatever is open). So „…”, „…“, ‚…‘, »…« and the sloppy ‘…‘ pair up as
 * well as “…” and ‘…’. A right single quote that closes nothing is an apostrophe ("Bidens’ plan").
 */
import type { Doc } from '../doc/doc.js';
import type { QuoteLanguage } from './language-data.js';

/** A quotation: its marks and the quoted words between them. */
export interface QuoteSpan {
  /** Token of the opening mark. */
  open: number;
  /** Token of the closing mark; -1 when none closes it (the quote then ends with the sentence it opened in). */
  close: number;
  /** First token of the quoted words. */
  first: number;
  /** Token after the last quoted word (the closing mark, or the end of the cut-off sentence). */
  end: number;
  /** Character offsets of the quoted words, without the marks. */
  start: number;
  endChar: number;
}

export interface QuoteMarks {
  spans: QuoteSpan[];
  /** 1 for every token from an opening mark to its closing mark (inclusive). */
  inQuote: Uint8Array;
}

// Families: marks pair only within one. Directions: what the shape of a mark says it does.
const DOUBLE = 1;
const SINGLE = 2;
const ANGLE = 3;
const SINGLE_ANGLE = 4;
const OPENS = 1;
const CLOSES = 2;
const EITHER = 3;

/** Family and direction (family << 2 | direction) of each quotation mark character. */
const MARKS = new Map<number, number>([
  [0x22, (DOUBLE << 2) | EITHER], // "
  [0x201c, (DOUBLE << 2) | OPENS], // “
  [0x201d, (DOUBLE << 2) | CLOSES], // ”
  [0x201e, (DOUBLE << 2) | OPENS], // „
  [0x201f, (DOUBLE << 2) | OPENS], // ‟
  [0x27, (SINGLE << 2) | EITHER], // '
  [0x2018, (SINGLE << 2) | OPENS], // ‘
  [0x2019, (SINGLE << 2) | CLOSES], // ’
  [0x201a, (SINGLE << 2) | OPENS], // ‚
  [0x201b, (SINGLE << 2) | OPENS], // ‛
  [0xab, (ANGLE << 2) | OPENS], // «
  [0xbb, (ANGLE << 2) | CLOSES], // »
  [0x2039, (SINGLE_ANGLE << 2) | OPENS], // ‹
  [0x203a, (SINGLE_ANGLE << 2) | CLOSES], // ›
]);
/** Two-character marks of older Dutch and English typesetting: ,,…'' and ``…''. */
const DOUBLED_MARKS = new Map<string, number>([
  [',,', (DOUBLE << 2) | OPENS],
  ["''", (DOUBLE << 2) | CLOSES],
  ['``', (DOUBLE << 2) | OPENS],
]);

/** Characters after which a mark can open: brackets and dashes (besides spaces and opening marks). */
const BEFORE_OPENING = new Set([0x28, 0x5b, 0x7b, 0x2d, 0x2013, 0x2014, 0x2f]);
/** Characters before which a mark can close: punctuation (besides spaces and closing marks). */
const AFTER_CLOSING = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x2026, 0x2d, 0x2013, 0x2014, 0x2f]);
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
/** Deepest nesting followed; marks deeper than this are ignored. */
const MAX_DEPTH = 8;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200b || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** The family << 2 | direction of token i when it is a quotation mark, else 0. */
function markOf(doc: Doc, i: number): number {
  const length = doc.ends[i] - doc.starts[i];
  if (length === 1) return MARKS.get(doc.text.charCodeAt(doc.starts[i])) ?? 0;
  return length === 2 ? (DOUBLED_MARKS.get(doc.tokenText(i)) ?? 0) : 0;
}

/** Finds the quotations of a Doc: outermost ones only (a quote inside a quote is part of it). */
export function findQuoteMarks(doc: Doc, data: QuoteLanguage): QuoteMarks {
  return new MarkScanner(doc, data).scan();
}

class MarkScanner {
  private readonly text: string;
  private readonly spans: QuoteSpan[] = [];
  private readonly inQuote: Uint8Array;
  private readonly families = new Uint8Array(MAX_DEPTH);
  private readonly opens = new Int32Array(MAX_DEPTH);
  private depth = 0;
  /** The opening mark, or the mark that carried the open quote into a new paragraph. */
  private lastOpening = -1;

  constructor(
    private readonly doc: Doc,
    private readonly data: QuoteLanguage,
  ) {
    this.text = doc.text;
    this.inQuote = new Uint8Array(doc.length);
  }

  scan(): QuoteMarks {
    const doc = this.doc;
    let nextSentence = 1;
    for (let i = 0; i < doc.length; i++) {
      let sentenceStart = i === 0;
      while (nextSentence < doc.sentenceCount && doc.sentenceStarts[nextSentence] <= i) {
        sentenceStart ||= doc.sentenceStarts[nextSentence] === i;
        nextSentence++;
      }
      const mark = markOf(doc, i);
      if (this.depth > 0 && i > 0 && this.paragraphBreakBefore(i, sentenceStart)) {
        // News style: a paragraph that leaves a quote open continues it in the next one that opens with a mark.
        if (mark !== 0 && this.role(i, mark) === OPENS) {
          this.depth = 1;
          this.lastOpening = i;
          continue;
        }
        this.cutOff(i);
      }
      if (mark === 0) continue;
      const family = mark >> 2;
      const role = this.role(i, mark);
      if (role === OPENS) {
        if (family === SINGLE && this.isElision(i)) continue;
        // The same kind of mark again while one is open: the earlier one was never closed.
        if (this.openAt(family) >= 0) this.cutOff(i);
        if (this.depth === 0) this.lastOpening = i;
        if (this.depth < MAX_DEPTH) {
          this.families[this.depth] = family;
          this.opens[this.depth++] = i;
        }
      } else {
        const level = this.openAt(family);
        if (level < 0) continue; // an apostrophe or a stray mark
        this.depth = level;
        if (level === 0) this.emit(this.opens[0], i, i);
      }
    }
    if (this.depth > 0) this.cutOff(doc.length);
    return { spans: this.spans, inQuote: this.inQuote };
  }

  /** Whether token i opens or closes, from the characters around it, else from its shape and what is open. */
  private role(i: number, mark: number): number {
    const text = this.text;
    const start = this.doc.starts[i];
    const end = this.doc.ends[i];
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    const canOpen = after >= 0 && !isSpace(after) && (before < 0 || isSpace(before) || BEFORE_OPENING.has(before) || this.isMarkChar(before, OPENS));
    const canClose =
      before >= 0 && !isSpace(before) && (after < 0 || isSpace(after) || AFTER_CLOSING.has(after) || this.isMarkChar(after, CLOSES));
    if (canOpen !== canClose) return canOpen ? OPENS : CLOSES;
    const direction = mark & 3;
    if (direction !== EITHER) return direction;
    return this.openAt(mark >> 2) >= 0 ? CLOSES : OPENS;
  }

  /** A quotation mark character that can do `direction` (marks of either shape can do both). */
  private isMarkChar(c: number, direction: number): boolean {
    const mark = MARKS.get(c);
    return mark !== undefined && ((mark & 3) === direction || (mark & 3) === EITHER);
  }

  /** A left single quote written for an apostrophe: "‘s morgens", "rock ‘n’ roll". */
  private isElision(i: number): boolean {
    const doc = this.doc;
    if (i + 1 >= doc.length || doc.starts[i + 1] !== doc.ends[i]) return false;
    const after = doc.ends[i + 1] < this.text.length ? this.text.charCodeAt(doc.ends[i + 1]) : -1;
    return !isLetter(after) && this.data.elisions.has(doc.tokenText(i + 1).toLowerCase());
  }

  /** Stack level of the open quote of this family, or -1. */
  private openAt(family: number): number {
    for (let level = this.depth - 1; level >= 0; level--) if (this.families[level] === family) return level;
    return -1;
  }

  /**
   * A blank line, or a line break before a new sentence, before token i. Hard-wrapped lines inside a sentence do not
   * end a paragraph.
   */
  private paragraphBreakBefore(i: number, sentenceStart: boolean): boolean {
    let lines = 0;
    for (let at = this.doc.ends[i - 1]; at < this.doc.starts[i]; at++) if (this.text.charCodeAt(at) === NEWLINE) lines++;
    return lines >= 2 || (lines === 1 && sentenceStart);
  }

  /** Ends the open quote that nothing closed: with the sentence of its last opening mark, and before token `limit`. */
  private cutOff(limit: number): void {
    const doc = this.doc;
    const sentence = doc.sentenceOf(this.lastOpening);
    const sentenceEnd = doc.sentenceEnd(sentence);
    this.emit(this.opens[0], -1, Math.min(limit, sentenceEnd));
    this.depth = 0;
  }

  /** Records the quote opened at `open` whose words end before token `end`; `close` is its closing mark or -1. */
  private emit(open: number, close: number, end: number): void {
    const doc = this.doc;
    let last = end;
    // A comma or colon before the closing mark belongs to the sentence around the quote ("‘…,’ zei hij").
    while (last > open + 1 && this.isClauseSeparator(last - 1)) last--;
    if (last <= open + 1) return;
    this.inQuote.fill(1, open, close >= 0 ? close + 1 : end);
    this.spans.push({ open, close, first: open + 1, end: last, start: doc.starts[open + 1], endChar: doc.ends[last - 1] });
  }

  private isClauseSeparator(i: number): boolean {
    if (this.doc.ends[i] - this.doc.starts[i] !== 1) return false;
    const c = this.text.charCodeAt(this.doc.starts[i]);
    return c === COMMA || c === COLON || c === SEMICOLON;
  }
}
