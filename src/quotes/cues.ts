/**
 * Speech cues in a parsed Doc: a token whose lemma (or form) the language's speech lexicon lists, with the particle
 * of a separable verb ("deelde … mee") or the second word of a two-word cue ("liet weten", "according to") that the
 * entry needs.
 */
import type { Doc } from '../doc/doc.js';
import type { SpeechCue, SpeechLexicon } from '../events/index.js';

export interface CueHit {
  /** The cue's main token: the verb, "volgens", "aldus", "according". */
  token: number;
  /** The particle or second word, or -1. */
  second: number;
  entry: SpeechCue;
}

const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Tags a cue can have: verbs, "volgens"/"according", "aldus"; an untagged token is looked up too. */
const CUE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'SCONJ', '']);

/** Lexicon entries under one lower-case key. */
interface KeyedEntries {
  key: string;
  entries: readonly SpeechCue[];
}

/** Looks up tokens of one Doc in a speech lexicon, remembering each answer. */
export class CueReader {
  /** Per token: 0 not yet looked up, 1 a cue, 2 not. */
  private readonly known: Uint8Array;
  private readonly hits: (CueHit | undefined)[] = [];
  /** Lexicon entries by lemma id (in the Doc's string store): each lemma is lower-cased and looked up once. */
  private readonly entriesByLemma = new Map<number, KeyedEntries>();

  constructor(
    private readonly doc: Doc,
    private readonly lexicon: SpeechLexicon,
  ) {
    this.known = new Uint8Array(doc.length);
  }

  /** The cue token i is, when it is one. */
  at(i: number): CueHit | undefined {
    if (this.known[i] === 0) {
      const hit = this.lookUp(i);
      this.known[i] = hit ? 1 : 2;
      this.hits[i] = hit;
    }
    return this.hits[i];
  }

  /** The cue as written: its words in text order, joined by a space when they are apart ("liet weten"). */
  text(hit: CueHit): string {
    const doc = this.doc;
    if (hit.second < 0) return doc.tokenText(hit.token);
    const [a, b] = hit.second < hit.token ? [hit.second, hit.token] : [hit.token, hit.second];
    return b === a + 1 ? doc.text.slice(doc.starts[a], doc.ends[b]) : `${doc.tokenText(a)} ${doc.tokenText(b)}`;
  }

  private lookUp(i: number): CueHit | undefined {
    const doc = this.doc;
    const tag = doc.strings.get(doc.upos[i]);
    if (!CUE_TAGS.has(tag)) return undefined;
    const lemmaId = doc.lemma[i];
    let byLemma = this.entriesByLemma.get(lemmaId);
    if (byLemma === undefined) {
      // Lemmatizers join the parts of separable verbs and compounds with '_' ("op_merken").
      byLemma = this.entriesOf(doc.strings.get(lemmaId).toLowerCase().replaceAll('_', ''));
      this.entriesByLemma.set(lemmaId, byLemma);
    }
    const hit = this.firstMatch(i, byLemma);
    if (hit || (lemmaId !== 0 && byLemma.entries.length > 0)) return hit;
    // Lemmatizers differ on function words and participles ("according" → "accord"): the form as written.
    return this.firstMatch(i, this.entriesOf(doc.tokenText(i).toLowerCase()));
  }

  private entriesOf(key: string): KeyedEntries {
    return { key, entries: this.lexicon.byKey.get(key) ?? [] };
  }

  private firstMatch(i: number, { key, entries }: KeyedEntries): CueHit | undefined {
    for (const entry of entries) {
      const hit = this.match(i, key, entry);
      if (hit) return hit;
    }
    return undefined;
  }

  private match(i: number, key: string, entry: SpeechCue): CueHit | undefined {
    const doc = this.doc;
    if (entry.kind !== 'verb') {
      if (entry.prep === '') return { token: i, second: -1, entry };
      return i + 1 < doc.length && doc.tokenText(i + 1).toLowerCase() === entry.prep ? { token: i, second: i + 1, entry } : undefined;
    }
    if (!VERB_TAGS.has(doc.strings.get(doc.upos[i]))) return undefined;
    // A separable verb found by its stem needs its particle; one written whole ("meedelen") has it.
    const companion = entry.particle !== '' && key !== entry.key ? entry.particle : entry.prep;
    // A verb with a particle the entry does not have is another verb ("stelde … voor" is no "stellen").
    if (entry.particle === '' && this.hasParticle(i, entry.prep)) return undefined;
    if (companion === '') return { token: i, second: -1, entry };
    const second = this.companion(i, companion);
    return second >= 0 ? { token: i, second, entry } : undefined;
  }

  /** Whether verb i has a particle other than `companion` ("weten" of "liet weten" may be parsed as one). */
  private hasParticle(i: number, companion: string): boolean {
    const doc = this.doc;
    const [first, end] = this.sentenceRange(i);
    for (let t = first; t < end; t++) {
      if (doc.head[t] === i && doc.strings.get(doc.dep[t]) === 'compound:prt' && doc.tokenText(t).toLowerCase() !== companion) return true;
    }
    return false;
  }

  private sentenceRange(i: number): [number, number] {
    const doc = this.doc;
    const s = doc.sentenceOf(i);
    return [doc.sentenceStarts[s], doc.sentenceEnd(s)];
  }

  /**
   * The word that completes the cue: a dependent of the verb with that form or lemma, or the verb's head when the
   * parser hung the verb on it ("weten" heading "liet"); else the nearest such word a few tokens after it.
   */
  private companion(i: number, word: string): number {
    const doc = this.doc;
    const [first, end] = this.sentenceRange(i);
    const is = (t: number) => doc.tokenText(t).toLowerCase() === word || doc.strings.get(doc.lemma[t]) === word;
    const head = doc.head[i];
    if (head >= 0 && is(head)) return head;
    for (let t = first; t < end; t++) if (t !== i && doc.head[t] === i && is(t)) return t;
    for (let t = i + 1; t < Math.min(end, i + 4); t++) if (is(t)) return t;
    return -1;
  }
}
