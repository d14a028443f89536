/**
 * The quote finder: direct quotes (words between quotation marks) and indirect speech (the complement clause of a
 * speech verb, the clause a "volgens X" / "according to X" modifies), each with its cue and its speaker resolved to
 * an actor. A quoted phrase of a few words is a quote only when a cue or a person as the subject of its clause
 * attaches it to someone; otherwise it is a name, a title or a scare quote and is left out.
 */
import type { QuoteRecord } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';
import { speechVerbsFor, type SpeechLexicon } from '../events/index.js';
import type { AnalysisContext, Annotation, Component } from '../pipeline/component.js';
import { CueReader, type CueHit } from './cues.js';
import { quoteLanguage, type QuoteLanguage } from './language-data.js';
import { findQuoteMarks, type QuoteSpan } from './quote-marks.js';
import { SpeakerResolver } from './speakers.js';

/** Farthest after a closing mark a cue may start and still introduce the quote ("…’, zei de minister"), in tokens. */
const AFTER_REACH = 6;
/** Fewest words a quote needs, with a verb, to count as a statement rather than a phrase. */
const STATEMENT_WORDS = 5;
/** Most head-chain steps followed from a quote to the verb that governs it. */
const MAX_HOPS = 12;
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
const COMPLEMENT = 'ccomp';
const INFINITIVE_COMPLEMENT = 'xcomp';

/** A quote before ids are given. */
type Draft = Omit<QuoteRecord, 'id'>;

const finders = new Map<string, QuoteFinder>();

export class QuoteFinder implements Component {
  readonly name = 'quotes';
  readonly reads: readonly Annotation[] = ['tokens', 'sentences', 'upos', 'lemma', 'deps', 'entities', 'actors'];
  readonly writes: readonly Annotation[] = ['quotes'];
  private readonly lexicon: SpeechLexicon;
  private readonly data: QuoteLanguage;

  constructor(readonly language: string) {
    this.lexicon = speechVerbsFor(language);
    this.data = quoteLanguage(language);
  }

  /** The shared quote finder of a language. */
  static forLanguage(language: string): QuoteFinder {
    let finder = finders.get(language);
    if (!finder) finders.set(language, (finder = new QuoteFinder(language)));
    return finder;
  }

  apply(doc: Doc, _context: AnalysisContext): void {
    const quotes = this.find(doc);
    doc.quotes.length = 0;
    doc.quotes.push(...quotes);
  }

  /** The quotes of a Doc in text order, with ids q1, q2, … */
  find(doc: Doc): QuoteRecord[] {
    const drafts = new ArticleQuotes(doc, this.lexicon, this.data).find();
    drafts.sort((a, b) => a.start - b.start || a.end - b.end);
    return drafts.map((draft, k) => ({ id: `q${k + 1}`, ...draft }));
  }
}

/** The work on one Doc. */
class ArticleQuotes {
  private readonly cues: CueReader;
  private readonly speakers: SpeakerResolver;
  private readonly spans: QuoteSpan[];
  private readonly inQuote: Uint8Array;
  /** 1 for cue tokens that introduce a direct quote (their "volgens X" is not also indirect speech). */
  private readonly usedCue: Uint8Array;
  private readonly drafts: Draft[] = [];

  constructor(
    private readonly doc: Doc,
    lexicon: SpeechLexicon,
    private readonly data: QuoteLanguage,
  ) {
    const marks = findQuoteMarks(doc, data);
    this.spans = marks.spans;
    this.inQuote = marks.inQuote;
    this.cues = new CueReader(doc, lexicon);
    this.speakers = new SpeakerResolver(doc, data, marks.inQuote);
    this.usedCue = new Uint8Array(doc.length);
  }

  find(): Draft[] {
    let previous: { span: QuoteSpan; speaker?: string } | undefined;
    for (const span of this.spans) {
      const found = this.directQuote(span, previous);
      if (found) previous = { span, ...(found.speaker !== undefined && { speaker: found.speaker }) };
    }
    for (let s = 0; s < this.doc.sentenceCount; s++) this.indirectSpeech(s);
    return this.drafts;
  }

  // ---- direct quotes ----

  private directQuote(span: QuoteSpan, previous: { span: QuoteSpan; speaker?: string } | undefined): Draft | undefined {
    const doc = this.doc;
    const base = { start: span.start, end: span.endChar, text: doc.text.slice(span.start, span.endChar), kind: 'direct' as const };
    const cue = this.cueOf(span);
    let draft: Draft | undefined;
    if (cue) {
      this.usedCue[cue.token] = 1;
      const speaker = this.speakers.speakerOf(cue);
      draft = { ...base, ...(speaker !== undefined && { speaker }), cue: this.cues.text(cue) };
    } else if (span.close >= 0 && !this.isStatement(span)) {
      const speaker = this.personSubject(span);
      if (speaker !== undefined) draft = { ...base, speaker };
    } else if (span.close >= 0) {
      // (A mark that nothing closes and nothing introduces is a stray one, not a quote.)
      const speaker =
        this.colonSubject(span) ??
        (previous && this.continues(previous.span, span) ? previous.speaker : undefined) ??
        this.reportedJustBefore(span) ??
        this.personJustBefore(span);
      draft = { ...base, ...(speaker !== undefined && { speaker }) };
    }
    if (draft) this.drafts.push(draft);
    return draft;
  }

  /**
   * The cue that introduces a quote, in order of trust: a speech verb the parser hangs on the quote ("…’, zei hij"),
   * one the quote hangs on ("zei dat ‘…’"), one right after the closing mark, the nearest one before the quote.
   */
  private cueOf(span: QuoteSpan): CueHit | undefined {
    const doc = this.doc;
    const [first, end] = this.frame(span);
    const quoteEnd = span.close >= 0 ? span.close + 1 : span.end;
    const insideQuote = (t: number) => t >= span.first && t < span.end;
    for (let t = first; t < end; t++) {
      if (this.inQuote[t] || !insideQuote(doc.head[t])) continue;
      const hit = this.cues.at(t);
      if (hit && hit.entry.kind === 'verb') return hit;
    }
    const governing = this.governingCue(span, first, end);
    if (governing) return governing;
    for (let t = quoteEnd; t < Math.min(end, quoteEnd + AFTER_REACH) && !this.inQuote[t]; t++) {
      const hit = this.cues.at(t);
      if (hit) return hit;
    }
    for (let t = span.open - 1; t >= first && !this.inQuote[t]; t--) {
      // An aside between the cue and the quote is skipped whole ("said — as reported by Hurriyet — “…”").
      const aside = this.asideStart(t, first);
      if (aside >= 0) t = aside;
      else {
        const hit = this.cues.at(t);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** When token t opens an aside (a bracket, or the first of two dashes) that closes before `to`, its closing token; else -1. */
  private asideEnd(t: number, to: number): number {
    const doc = this.doc;
    const text = doc.tokenText(t);
    const closer = text === '(' ? ')' : DASHES.has(text) ? text : '';
    if (closer === '') return -1;
    for (let k = t + 1; k < to; k++) if (doc.tokenText(k) === closer) return k;
    return -1;
  }

  /** When token t closes an aside (a bracket, or the second of two dashes), the token that opens it; else -1. */
  private asideStart(t: number, first: number): number {
    const doc = this.doc;
    const text = doc.tokenText(t);
    const opener = text === ')' ? '(' : DASHES.has(text) ? text : '';
    if (opener === '') return -1;
    for (let k = t - 1; k >= first && !this.inQuote[k]; k--) if (doc.tokenText(k) === opener) return k;
    return -1;
  }

  /** The nearest speech verb up the parse from the quote's words, within its sentences. */
  private governingCue(span: QuoteSpan, first: number, end: number): CueHit | undefined {
    const doc = this.doc;
    const lastMark = span.close >= 0 ? span.close : span.end - 1;
    for (let t = span.first; t < span.end; t++) {
      let head = doc.head[t];
      if (head >= span.first && head < span.end) continue;
      for (let hops = 0; head >= first && head < end && hops < MAX_HOPS; hops++, head = doc.head[head]) {
        if (head >= span.open && head <= lastMark) continue;
        const hit = this.cues.at(head);
        if (hit && hit.entry.kind === 'verb') return hit;
      }
    }
    return undefined;
  }

  /**
   * The tokens around a quote that may hold its cue: the sentences it spans, and the next one when that goes on in
   * lower case right after the closing mark (a splitter may end the sentence at "…!’ zei hij").
   */
  private frame(span: QuoteSpan): [number, number] {
    const doc = this.doc;
    const firstSentence = doc.sentenceOf(span.open);
    let lastSentence = doc.sentenceOf(span.close >= 0 ? span.close : span.end - 1);
    const after = span.close + 1;
    if (span.close >= 0 && after < doc.length && doc.sentenceStarts[lastSentence + 1] === after && this.startsLowerCase(after)) lastSentence++;
    const end = doc.sentenceEnd(lastSentence);
    return [doc.sentenceStarts[firstSentence], end];
  }

  /** A quote with a verb and several words, or one ending a sentence: a statement, not a quoted phrase. */
  private isStatement(span: QuoteSpan): boolean {
    const doc = this.doc;
    let words = 0;
    let verb = false;
    for (let t = span.first; t < span.end; t++) {
      const tag = doc.strings.get(doc.upos[t]);
      if (tag !== 'PUNCT' && tag !== 'SYM') words++;
      if (VERB_TAGS.has(tag)) verb = true;
    }
    const lastChar = doc.text.charCodeAt(span.endChar - 1);
    const terminal = lastChar === 0x2e || lastChar === 0x21 || lastChar === 0x3f;
    return (verb && words >= STATEMENT_WORDS) || (terminal && words >= 3);
  }

  /**
   * The speaker of a quoted phrase without a cue: the subject of the clause it stands in, when that is a person
   * ("De ambassadeur toonde zich onder de indruk van “de kracht en eenheid”").
   */
  private personSubject(span: QuoteSpan): string | undefined {
    const doc = this.doc;
    const [first, end] = this.frame(span);
    let head = span.first;
    for (let hops = 0; head >= 0 && hops < MAX_HOPS; hops++) {
      if (head < span.open || head > span.end) {
        if (VERB_TAGS.has(doc.strings.get(doc.upos[head])) || doc.head[head] < 0) break;
      }
      head = doc.head[head];
    }
    if (head < 0) return undefined;
    for (let t = first; t < end; t++) {
      if (doc.head[t] === head && doc.strings.get(doc.dep[t]) === 'nsubj' && !this.inQuote[t]) return this.speakers.personOf(t);
    }
    return undefined;
  }

  /** A quote that opens the sentence after the one where the previous quote ended: the same speaker goes on. */
  private continues(previous: QuoteSpan, span: QuoteSpan): boolean {
    const doc = this.doc;
    const endSentence = doc.sentenceOf(previous.close >= 0 ? previous.close : previous.end - 1);
    const sentence = doc.sentenceOf(span.open);
    return sentence === endSentence + 1 && doc.sentenceStarts[sentence] === span.open;
  }

  /**
   * The speaker of a quote a colon introduces ("the Department of Defense justified the strike as defensive: “At the
   * direction …”"): the subject of the clause before the colon, when it names an actor.
   */
  private colonSubject(span: QuoteSpan): string | undefined {
    const doc = this.doc;
    const colon = span.open - 1;
    if (colon < 1 || doc.tokenText(colon) !== ':' || doc.sentenceOf(colon) !== doc.sentenceOf(span.open)) return undefined;
    // "Otter: “In onze sport …”": a name alone before the colon is the speaker.
    if (this.nameOpensSentence(colon - 1)) return this.speakers.actorOf(colon - 1);
    let verb = colon - 1;
    for (let hops = 0; verb >= 0 && hops < MAX_HOPS && !VERB_TAGS.has(doc.strings.get(doc.upos[verb])); hops++) verb = doc.head[verb];
    if (verb < 0 || this.inQuote[verb] || !VERB_TAGS.has(doc.strings.get(doc.upos[verb]))) return undefined;
    const [first, end] = this.frame(span);
    const subject = this.subjectOf(verb, first, end);
    return subject < 0 ? undefined : this.speakers.actorOf(subject);
  }

  /** The subject of `verb` among tokens [first, end), outside quotes, or -1. */
  private subjectOf(verb: number, first: number, end: number): number {
    const doc = this.doc;
    for (let t = first; t < end; t++) {
      if (doc.head[t] === verb && doc.strings.get(doc.dep[t]).startsWith('nsubj') && !this.inQuote[t]) return t;
    }
    return -1;
  }

  /** The sentence before the one a quote opens, or -1 when the quote does not open its sentence. */
  private sentenceBefore(span: QuoteSpan): number {
    const doc = this.doc;
    const sentence = doc.sentenceOf(span.open);
    return sentence === 0 || doc.sentenceStarts[sentence] !== span.open ? -1 : sentence - 1;
  }

  /** Whether token t ends a name that is all its sentence holds before it ("Otter" in "Otter: …"). */
  private nameOpensSentence(t: number): boolean {
    const doc = this.doc;
    const mention = doc.mentions.findIndex((m) => m.start <= doc.starts[t] && doc.ends[t] <= m.end);
    if (mention < 0) return false;
    return doc.mentions[mention].start === doc.starts[doc.sentenceStarts[doc.sentenceOf(t)]];
  }

  /**
   * The speaker of a quote that opens the sentence after one reporting speech outside quotes ("Hij zegt dat … . ‘Ik
   * moet …’"): news paraphrases a speaker, then quotes them; the first cue with a speaker counts.
   */
  private reportedJustBefore(span: QuoteSpan): string | undefined {
    const doc = this.doc;
    const before = this.sentenceBefore(span);
    if (before < 0) return undefined;
    const end = doc.sentenceEnd(before);
    for (let v = doc.sentenceStarts[before]; v < end; v++) {
      if (this.inQuote[v]) continue;
      const cue = this.cues.at(v);
      const speaker = cue && this.speakers.speakerOf(cue);
      if (speaker !== undefined) return speaker;
    }
    return undefined;
  }

  /**
   * The person a quote that opens the sentence after one about them belongs to ("Toch was Nuis ook kritisch na zijn
   * race. “Het was niet perfect …”"): the subject of that sentence's main clause, when it is a person.
   */
  private personJustBefore(span: QuoteSpan): string | undefined {
    const doc = this.doc;
    const before = this.sentenceBefore(span);
    if (before < 0) return undefined;
    const first = doc.sentenceStarts[before];
    const end = doc.sentenceEnd(before);
    let root = -1;
    for (let t = first; t < end; t++) if (doc.head[t] < 0) root = t;
    if (root < 0 || this.inQuote[root]) return undefined;
    const subject = this.subjectOf(root, first, end);
    return subject < 0 ? undefined : this.speakers.personOf(subject);
  }

  // ---- indirect speech ----

  private indirectSpeech(s: number): void {
    const doc = this.doc;
    const first = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    for (let v = first; v < end; v++) {
      if (this.inQuote[v]) continue;
      const cue = this.cues.at(v);
      if (!cue) continue;
      const range = cue.entry.kind === 'verb' ? this.complementOf(cue, first, end) : this.usedCue[v] ? undefined : this.modifiedClause(cue, first, end);
      if (!range) continue;
      const [from, to] = range;
      let quoted = 0;
      for (let t = from; t < to; t++) quoted += this.inQuote[t];
      // A clause that is a direct quote ("said, “…”", "zei dat ‘…’") is that quote; one that quotes a part stays.
      if (this.inQuote[from] && quoted * 2 > to - from) continue;
      const start = doc.starts[from];
      const stop = doc.ends[to - 1];
      const speaker = this.speakers.speakerOf(cue);
      this.drafts.push({
        start,
        end: stop,
        text: doc.text.slice(start, stop),
        ...(speaker !== undefined && { speaker }),
        cue: this.cues.text(cue),
        kind: 'indirect',
      });
    }
  }

  /**
   * The tokens [from, to) of the clause a speech verb reports: its clausal complement ("zegt dat …", "said …") or an
   * infinitive one ("zegt … te respecteren"), without the complementizer and the closing punctuation.
   */
  private complementOf(cue: CueHit, first: number, end: number): [number, number] | undefined {
    const doc = this.doc;
    const verbs = cue.second >= 0 ? [cue.token, cue.second] : [cue.token];
    for (let c = first; c < end; c++) {
      if (!verbs.includes(doc.head[c])) continue;
      if (!this.isComplement(c, first, end)) continue;
      const range = this.subtree(c, first, end);
      if (!range || (cue.token >= range[0] && cue.token < range[1])) continue;
      let [from, to] = range;
      // Leading complementizers, punctuation and asides ("said — as reported by … — “…”") are not what is said.
      while (from < to) {
        const aside = this.asideEnd(from, to);
        if (aside >= 0) from = aside + 1;
        else if ((doc.head[from] === c && doc.strings.get(doc.dep[from]) === 'mark' && !this.isInfinitiveMarker(from)) || this.isPunctuation(from)) from++;
        else break;
      }
      to = this.withoutPunctuation(from, this.beforeOwnClause(c, from, to, first, end));
      if (this.hasVerb(from, to)) return [from, to];
    }
    return undefined;
  }

  /** The clause "volgens X" / "according to X" / "aldus X" stands in, without the cue phrase and punctuation. */
  private modifiedClause(cue: CueHit, first: number, end: number): [number, number] | undefined {
    const doc = this.doc;
    // The cue phrase: the cue with the phrase it heads or marks ("volgens de Chinese staatsmedia").
    const head = doc.head[cue.token];
    let phraseStart = cue.token;
    let phraseEnd = Math.max(cue.token, cue.second) + 1;
    if (head >= first && head < end && doc.strings.get(doc.dep[cue.token]) === 'case') {
      const range = this.subtree(head, first, end);
      if (range) [phraseStart, phraseEnd] = [Math.min(phraseStart, range[0]), Math.max(phraseEnd, range[1])];
    } else {
      phraseEnd = this.withoutPunctuation(phraseStart, end);
    }
    let from = first;
    let to = this.withoutPunctuation(first, end);
    if (phraseStart - first >= to - phraseEnd) to = this.withoutPunctuation(first, phraseStart);
    else {
      from = phraseEnd;
      while (from < to && this.isPunctuation(from)) from++;
    }
    return this.hasVerb(from, to) ? [from, to] : undefined;
  }

  /** Whether tokens [from, to) hold a verb: a reported clause does, a misparsed word ("the topmost") does not. */
  private hasVerb(from: number, to: number): boolean {
    for (let t = from; t < to; t++) if (VERB_TAGS.has(this.doc.strings.get(this.doc.upos[t]))) return true;
    return false;
  }

  /** The contiguous stretch of tokens that token c heads, within [first, end); undefined when it has gaps. */
  private subtree(c: number, first: number, end: number): [number, number] | undefined {
    const doc = this.doc;
    let low = c;
    let high = c;
    let size = 0;
    for (let t = first; t < end; t++) {
      let at = t;
      for (let hops = 0; at >= 0 && at !== c && hops < 32; hops++) at = doc.head[at];
      if (at !== c) continue;
      size++;
      if (t < low) low = t;
      if (t > high) high = t;
    }
    // A stretch with tokens of other phrases inside is a parse the clause cannot be read from.
    return size === high - low + 1 ? [low, high + 1] : undefined;
  }

  /**
   * Whether clause c reports what its speech verb says: a clausal complement, an infinitive one ("zegt … te
   * respecteren"), or a clause the parser gave another relation that opens with "dat"/"that".
   */
  private isComplement(c: number, first: number, end: number): boolean {
    const doc = this.doc;
    const dep = doc.strings.get(doc.dep[c]);
    if (dep === COMPLEMENT) return true;
    if (!VERB_TAGS.has(doc.strings.get(doc.upos[c]))) return false;
    for (let t = first; t < end; t++) {
      if (doc.head[t] !== c || doc.strings.get(doc.dep[t]) !== 'mark') continue;
      const word = doc.tokenText(t).toLowerCase();
      if (dep === INFINITIVE_COMPLEMENT ? this.data.infinitiveMarkers.has(word) : this.data.complementizers.has(word)) return true;
    }
    return false;
  }

  /**
   * Where the reported clause ends when a clause after a comma and a conjunction, without a complementizer of its
   * own, follows ("zegt … voort te zetten, maar houden banken zich …"): that one is the writer's again.
   */
  private beforeOwnClause(c: number, from: number, to: number, first: number, end: number): number {
    const doc = this.doc;
    for (let k = from; k < to; k++) {
      if (doc.head[k] !== c || doc.strings.get(doc.dep[k]) !== 'conj') continue;
      let mark = false;
      for (let t = first; t < end && !mark; t++) mark = doc.head[t] === k && doc.strings.get(doc.dep[t]) === 'mark';
      const clause = this.subtree(k, first, end);
      if (mark || !clause || !this.isClauseAfterComma(clause)) continue;
      {
        let cut = clause[0];
        while (cut > from && (this.isPunctuation(cut - 1) || doc.strings.get(doc.dep[cut - 1]) === 'cc')) cut--;
        return cut;
      }
    }
    return to;
  }

  private isInfinitiveMarker(t: number): boolean {
    return this.data.infinitiveMarkers.has(this.doc.tokenText(t).toLowerCase());
  }

  /** A stretch after a comma and a conjunction with a verb of its own (", maar houden banken zich …"). */
  private isClauseAfterComma([from, to]: [number, number]): boolean {
    const doc = this.doc;
    let cc = from;
    while (cc < to && this.isPunctuation(cc)) cc++;
    if (cc < 1 || !this.isPunctuation(cc - 1) || doc.strings.get(doc.dep[cc]) !== 'cc') return false;
    for (let t = cc + 1; t < to; t++) if (doc.strings.get(doc.upos[t]) === 'VERB') return true;
    return false;
  }

  /** `to` moved back over trailing punctuation. */
  private withoutPunctuation(from: number, to: number): number {
    while (to > from && this.isPunctuation(to - 1)) to--;
    return to;
  }

  private isPunctuation(t: number): boolean {
    const tag = this.doc.strings.get(this.doc.upos[t]);
    return tag === 'PUNCT' || (tag === 'SYM' && this.doc.ends[t] - this.doc.starts[t] <= 2);
  }

  private startsLowerCase(t: number): boolean {
    const c = this.doc.text[this.doc.starts[t]];
    return c !== c.toUpperCase() || c === ',';
  }
}
