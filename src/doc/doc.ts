import type { ClaimRecord, EventRecord, QuoteRecord } from './article.js';
import { StringStore } from './strings.js';

/** Token boundaries and sentence starts as a tokenizer produces them. */
export interface Segmentation {
  /** UTF-16 start offset of each token in the original text. */
  starts: Int32Array;
  /** UTF-16 end offset (exclusive) of each token. */
  ends: Int32Array;
  /** Index of the first token of each sentence, ascending, first one 0 when there are tokens. */
  sentenceStarts: Int32Array;
  /**
   * 1 for a token that continues the surface token before it: a syntactic word split off a written word (English
   * "n't" of "don't"). All 0 when absent.
   */
  fused?: Uint8Array;
}

/** A time expression: character offsets into the text and its ISO 8601 value ('' when unresolved). */
export interface DocTimex {
  start: number;
  end: number;
  value: string;
}

/** An actor that mentions in the article resolve to (see the output contract's ActorRecord). */
export interface DocActor {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3, IGO or NGO; '' when unknown. */
  country: string;
  /** Three-letter sector code; '' when unknown. */
  sector: string;
  wikidata?: string;
}

/** A stretch of text that refers to an actor: a name, a metonym ("Peking"), an agent phrase ("de Chinese ambassadeur"). */
export interface DocMention {
  start: number;
  end: number;
  /** Index into `Doc.actors`. */
  actor: number;
}

/** No head: the token is a root, or the parser has not run. */
export const NO_HEAD = -1;

/**
 * A document: the original text and flat arrays of per-token annotations.
 * Offsets are UTF-16 indices into `text` (JavaScript string indices), never into a normalised copy.
 * Pipeline components fill the annotation arrays in place; `Token` and `Span` are views onto them.
 */
export class Doc {
  readonly text: string;
  language: string;
  /** Interned values of the string-valued annotations (tag, xpos, lemma, dep, entity type). */
  readonly strings: StringStore;

  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentenceStarts: Int32Array;
  /** 1 where a token continues the previous token's surface word (see Segmentation.fused). */
  readonly fused: Uint8Array;

  /** Universal part-of-speech tag id (in `strings`), 0 when untagged. */
  readonly upos: Uint32Array;
  /** Treebank-specific tag id, 0 when untagged. */
  readonly xpos: Uint32Array;
  /** Lemma id, 0 when not lemmatized. */
  readonly lemma: Uint32Array;
  /** Index of the syntactic head token, NO_HEAD for a root or an unparsed token. */
  readonly head: Int32Array;
  /** Dependency relation id, 0 when unparsed. */
  readonly dep: Uint32Array;
  /** Entity BIO state per token: 0 outside, 1 begin, 2 inside. */
  readonly entityIob: Uint8Array;
  /** Entity type id (PER, LOC, ...), 0 outside an entity. */
  readonly entityType: Uint32Array;
  /** Time expressions, in text order; filled by the time component. */
  readonly timexes: DocTimex[] = [];
  /** Actors the article refers to; filled by the linker. */
  readonly actors: DocActor[] = [];
  /** Mentions of those actors, in text order; filled by the linker. */
  readonly mentions: DocMention[] = [];
  /** Direct and indirect quotes with their speakers (contract records); filled by the quote finder. */
  readonly quotes: QuoteRecord[] = [];
  /** Coded events, one per real-world event (contract records); filled by the event coder. */
  readonly events: EventRecord[] = [];
  /** Who asserts, denies or alleges which event (contract records); filled by the event coder. */
  readonly claims: ClaimRecord[] = [];

  constructor(text: string, segmentation: Segmentation, language = '', strings = new StringStore()) {
    const { starts, ends, sentenceStarts } = segmentation;
    if (starts.length !== ends.length) throw new Error('Doc: starts and ends differ in length');
    this.text = text;
    this.language = language;
    this.strings = strings;
    this.starts = starts;
    this.ends = ends;
    this.sentenceStarts = sentenceStarts;
    const n = starts.length;
    this.fused = segmentation.fused ?? new Uint8Array(n);
    if (this.fused.length !== n) throw new Error('Doc: fused differs in length from the tokens');
    this.upos = new Uint32Array(n);
    this.xpos = new Uint32Array(n);
    this.lemma = new Uint32Array(n);
    this.head = new Int32Array(n).fill(NO_HEAD);
    this.dep = new Uint32Array(n);
    this.entityIob = new Uint8Array(n);
    this.entityType = new Uint32Array(n);
  }

  /** Number of tokens. */
  get length(): number {
    return this.starts.length;
  }

  get sentenceCount(): number {
    return this.sentenceStarts.length;
  }

  token(i: number): Token {
    if (i < 0 || i >= this.length) throw new RangeError(`Doc: no token ${i} in a doc of ${this.length}`);
    return new Token(this, i);
  }

  *tokens(): IterableIterator<Token> {
    for (let i = 0; i < this.length; i++) yield new Token(this, i);
  }

  /** Text of token `i`, sliced from the original text. */
  tokenText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The sentence with index `s` as a span of tokens. */
  sentence(s: number): Span {
    const start = this.sentenceStarts[s];
    if (start === undefined) throw new RangeError(`Doc: no sentence ${s}`);
    return new Span(this, start, this.sentenceEnd(s));
  }

  /** Token index one past the last token of sentence `s`. */
  sentenceEnd(s: number): number {
    return s + 1 < this.sentenceStarts.length ? this.sentenceStarts[s + 1] : this.length;
  }

  *sentences(): IterableIterator<Span> {
    for (let s = 0; s < this.sentenceCount; s++) yield this.sentence(s);
  }

  /** Index of the sentence that contains token `i` (binary search). */
  sentenceOf(i: number): number {
    const starts = this.sentenceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  span(start: number, end: number): Span {
    if (start < 0 || end > this.length || start > end) {
      throw new RangeError(`Doc: no span [${start}, ${end}) in a doc of ${this.length}`);
    }
    return new Span(this, start, end);
  }

  /** Entities as spans, read from the BIO arrays. */
  entities(): Span[] {
    const spans: Span[] = [];
    let i = 0;
    while (i < this.length) {
      if (this.entityIob[i] === 0) {
        i++;
        continue;
      }
      const type = this.entityType[i];
      let j = i + 1;
      while (j < this.length && this.entityIob[j] === 2 && this.entityType[j] === type) j++;
      spans.push(new Span(this, i, j, this.strings.get(type)));
      i = j;
    }
    return spans;
  }
}

/** A cheap view of one token of a Doc. */
export class Token {
  constructor(
    readonly doc: Doc,
    readonly i: number,
  ) {}

  get start(): number {
    return this.doc.starts[this.i];
  }
  get end(): number {
    return this.doc.ends[this.i];
  }
  get text(): string {
    return this.doc.tokenText(this.i);
  }
  get upos(): string {
    return this.doc.strings.get(this.doc.upos[this.i]);
  }
  get xpos(): string {
    return this.doc.strings.get(this.doc.xpos[this.i]);
  }
  get lemma(): string {
    return this.doc.strings.get(this.doc.lemma[this.i]);
  }
  get head(): number {
    return this.doc.head[this.i];
  }
  get dep(): string {
    return this.doc.strings.get(this.doc.dep[this.i]);
  }
  /** True when whitespace (or the end of the text) follows the token. */
  get spaceAfter(): boolean {
    const next = this.i + 1 < this.doc.length ? this.doc.starts[this.i + 1] : this.doc.text.length;
    return next > this.end || this.end === this.doc.text.length;
  }
}

/** A cheap view of tokens [start, end) of a Doc, with an optional label. */
export class Span {
  constructor(
    readonly doc: Doc,
    readonly start: number,
    readonly end: number,
    readonly label = '',
  ) {}

  get length(): number {
    return this.end - this.start;
  }
  /** UTF-16 offset where the span's text starts. */
  get startChar(): number {
    return this.length === 0 ? 0 : this.doc.starts[this.start];
  }
  /** UTF-16 offset where the span's text ends (exclusive). */
  get endChar(): number {
    return this.length === 0 ? 0 : this.doc.ends[this.end - 1];
  }
  get text(): string {
    return this.doc.text.slice(this.startChar, this.endChar);
  }
  token(k: number): Token {
    return this.doc.token(this.start + k);
  }
  *tokens(): IterableIterator<Token> {
    for (let i = this.start; i < this.end; i++) yield new Token(this.doc, i);
  }
}
