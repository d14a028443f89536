import type { Doc } from '../doc/doc.js';
import { FeatureKeys, hashLower, hashPrefix, hashSuffix, WordHashes } from '../learn/index.js';
import { clusterPrefix, type WordClusters } from '../ner/clusters.js';
import type { WordTags } from './word-tags.js';

/** Tokens of padding on each side of a sentence, so that window features need no bounds checks. */
export const PAD = 2;
const PAD_HASH = 0x5eed;
/** wordKind of tokens made only of punctuation marks. */
const PUNCTUATION_KIND = 3;

/** Marks that typed twice make a quotation mark: ",," (Dutch opening quote), "''", "``". */
const QUOTE_HALVES = new Set([0x2c, 0x27, 0x60]);

/** A quotation mark typed as two commas, apostrophes or backticks. */
function isDoubledMark(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return end - start === 2 && c === text.charCodeAt(start + 1) && QUOTE_HALVES.has(c);
}

/** Per-token text hashes of one sentence, computed once and shared by all feature templates. */
export class SentenceHashes extends WordHashes {
  suffix = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
  prefix = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
  /** Set of tags each word was seen with in training (a bit mask; 0 when unknown). */
  ambiguity = new Uint32Array(0);
  /**
   * Padded index of the last word of the token's clause: the last word before the next punctuation mark (the end
   * padding when the next token is one). Verb-final clauses put the participle or infinitive there, which tells
   * an auxiliary ("had ... gedaan") from a main verb ("had ... contact").
   */
  clauseLast = new Int32Array(0);
  /**
   * Padded index of the next word in the token's clause that can be a verb (seen as VERB in training, or unknown),
   * the end padding when there is none: a participle there makes "werd" a passive auxiliary, a noun phrase
   * alone ("werd president") a main verb.
   */
  nextVerb = new Int32Array(0);
  /** For a doubled mark (",,"), the lower-case hash of the single mark; 0 otherwise. */
  singleMark = new Uint32Array(0);
  /** Word-cluster path of each token (see WordClusters), 0 when unknown or without clusters. */
  cluster = new Uint32Array(0);

  /** Fills the arrays for tokens [start, end) of `doc`; token i sits at index i - start + PAD. */
  fill(doc: Doc, start: number, end: number, lexicon: WordTags, clusters: WordClusters | null, verbBit = 0): void {
    const size = end - start + 2 * PAD;
    if (this.lower.length < size) this.allocate(size * 2);
    const text = doc.text;
    for (let p = 0; p < size; p++) {
      const i = start + p - PAD;
      if (i < start || i >= end) {
        const pad = PAD_HASH + (i < start ? 0 : 1);
        this.setPad(p, pad);
        this.ambiguity[p] = pad;
        this.singleMark[p] = 0;
        this.cluster[p] = pad;
        for (const s of this.suffix) s[p] = pad;
        for (const s of this.prefix) s[p] = pad;
        continue;
      }
      const a = doc.starts[i];
      const b = doc.ends[i];
      this.setWord(p, text, a, b);
      this.ambiguity[p] = lexicon.tagsOf(this.lower[p]);
      this.singleMark[p] = this.kind[p] === PUNCTUATION_KIND && isDoubledMark(text, a, b) ? hashLower(text, a, a + 1) : 0;
      this.cluster[p] = clusters === null ? 0 : clusters.pathOf(text, a, b);
      for (let k = 0; k < this.suffix.length; k++) this.suffix[k][p] = hashSuffix(text, a, b, k + 1);
      for (let k = 0; k < this.prefix.length; k++) this.prefix[k][p] = hashPrefix(text, a, b, k + 1);
    }
    const none = size - 1;
    let last = none;
    let verb = none;
    for (let p = size - PAD - 1; p >= 0; p--) {
      this.clauseLast[p] = last;
      this.nextVerb[p] = verb;
      if (this.kind[p] === PUNCTUATION_KIND) {
        last = none;
        verb = none;
        continue;
      }
      if (last === none) last = p;
      if (p >= PAD && (this.ambiguity[p] === 0 || (this.ambiguity[p] & verbBit) !== 0)) verb = p;
    }
  }

  private allocate(size: number): void {
    this.allocateWords(size);
    this.ambiguity = new Uint32Array(size);
    this.clauseLast = new Int32Array(size);
    this.nextVerb = new Int32Array(size);
    this.singleMark = new Uint32Array(size);
    this.cluster = new Uint32Array(size);
    this.suffix = this.suffix.map(() => new Uint32Array(size));
    this.prefix = this.prefix.map(() => new Uint32Array(size));
  }
}

// Feature template ids (part of the model: changing them invalidates trained models).
const T = {
  bias: 1,
  lower: 2,
  form: 3,
  suffix: 4, // 4..8 for suffix lengths 1..5
  prefix: 10, // 10..12 for prefix lengths 1..3
  shape: 13,
  prevLower: 14,
  nextLower: 15,
  prev2Lower: 16,
  next2Lower: 17,
  prevSuffix3: 18,
  nextSuffix3: 19,
  prevShape: 20,
  nextShape: 21,
  firstUpper: 22,
  lowerNext: 23,
  prevLowerLower: 24,
  ambiguity: 25,
  nextAmbiguity: 26,
  next2Ambiguity: 27,
  ambiguityPair: 28,
  kind: 29,
  prevTag: 30,
  prevTags: 31,
  prevTagLower: 32,
  prevTagSuffix3: 33,
  prevTagNextLower: 34,
  clauseLastSuffix2: 35,
  clauseLastPrefix2: 36,
  clauseLastAmbiguity: 37,
  cluster: 38, // 38..40 for CLUSTER_BITS
  prevCluster: 41,
  nextCluster: 42,
  next2Cluster: 43,
  prevTagCluster: 44,
  unknownSuffixCase: 45,
  lowerNextAmbiguity: 46,
  lowerNextCluster: 47,
  lowerNext2Ambiguity: 48,
  nextVerbSuffix2: 49,
  nextVerbPrefix2: 50,
  nextVerbAmbiguity: 51,
} as const;

/** Path prefix lengths of the word's own cluster features: coarse to fine. */
const CLUSTER_BITS = [4, 8, 12];

/**
 * The context features of token at padded index `p` (position `i` in its sentence), without tag history;
 * `clauseEnds` adds what ends the token's clause (for languages that put verbs there).
 */
export function contextFeatures(h: SentenceHashes, p: number, i: number, clauseEnds: boolean, out: FeatureKeys): void {
  out.clear();
  out.add1(T.bias, 0);
  out.add1(T.lower, h.lower[p]);
  if (h.upper[p]) out.add1(T.form, h.form[p]);
  for (let k = 0; k < h.suffix.length; k++) out.add1(T.suffix + k, h.suffix[k][p]);
  for (let k = 0; k < h.prefix.length; k++) out.add1(T.prefix + k, h.prefix[k][p]);
  out.add1(T.shape, h.shape[p]);
  out.add1(T.kind, h.kind[p]);
  out.add1(T.prevLower, h.lower[p - 1]);
  out.add1(T.nextLower, h.lower[p + 1]);
  out.add1(T.prev2Lower, h.lower[p - 2]);
  out.add1(T.next2Lower, h.lower[p + 2]);
  out.add1(T.prevSuffix3, h.suffix[2][p - 1]);
  out.add1(T.nextSuffix3, h.suffix[2][p + 1]);
  out.add1(T.prevShape, h.shape[p - 1]);
  out.add1(T.nextShape, h.shape[p + 1]);
  out.add2(T.firstUpper, i === 0 ? 1 : 0, h.upper[p]);
  out.add2(T.lowerNext, h.lower[p], h.lower[p + 1]);
  out.add2(T.prevLowerLower, h.lower[p - 1], h.lower[p]);
  out.add1(T.ambiguity, h.ambiguity[p]);
  out.add1(T.nextAmbiguity, h.ambiguity[p + 1]);
  out.add1(T.next2Ambiguity, h.ambiguity[p + 2]);
  out.add2(T.ambiguityPair, h.ambiguity[p], h.ambiguity[p + 1]);
  // unseen words: their ending with their capitalisation and whether they open the sentence
  if (h.ambiguity[p] === 0) out.add3(T.unknownSuffixCase, h.suffix[2][p], h.upper[p], i === 0 ? 1 : 0);
  const path = h.cluster[p];
  if (path !== 0) for (let k = 0; k < CLUSTER_BITS.length; k++) out.add1(T.cluster + k, clusterPrefix(path, CLUSTER_BITS[k]));
  out.add1(T.prevCluster, clusterPrefix(h.cluster[p - 1], 8));
  out.add1(T.nextCluster, clusterPrefix(h.cluster[p + 1], 8));
  out.add1(T.next2Cluster, clusterPrefix(h.cluster[p + 2], 8));
  const mask = h.ambiguity[p];
  if ((mask & (mask - 1)) !== 0) {
    // what follows a word seen with several tags: "dat" + noun (DET) or + pronoun (SCONJ)
    out.add2(T.lowerNextAmbiguity, h.lower[p], h.ambiguity[p + 1]);
    out.add2(T.lowerNext2Ambiguity, h.lower[p], h.ambiguity[p + 2]);
    out.add2(T.lowerNextCluster, h.lower[p], clusterPrefix(h.cluster[p + 1], 8));
  }
  // only words seen with several tags ("werd": AUX or VERB) look at the end of their clause
  if (clauseEnds && (mask & (mask - 1)) !== 0) {
    const last = h.clauseLast[p];
    out.add2(T.clauseLastSuffix2, h.lower[p], h.suffix[1][last]);
    out.add2(T.clauseLastPrefix2, h.lower[p], h.prefix[1][last]);
    out.add2(T.clauseLastAmbiguity, h.lower[p], h.ambiguity[last]);
    const verb = h.nextVerb[p];
    out.add2(T.nextVerbSuffix2, h.lower[p], h.suffix[1][verb]);
    out.add2(T.nextVerbPrefix2, h.lower[p], h.prefix[1][verb]);
    out.add2(T.nextVerbAmbiguity, h.lower[p], h.ambiguity[verb]);
  }
}

/** Appends tag-history features; tags are class index + 1, 0 before the sentence start. */
export function historyFeatures(h: SentenceHashes, p: number, prev: number, prev2: number, out: FeatureKeys): void {
  out.add1(T.prevTag, prev);
  out.add2(T.prevTags, prev2, prev);
  out.add2(T.prevTagLower, prev, h.lower[p]);
  out.add2(T.prevTagSuffix3, prev, h.suffix[2][p]);
  out.add2(T.prevTagNextLower, prev, h.lower[p + 1]);
  out.add2(T.prevTagCluster, prev, clusterPrefix(h.cluster[p], 8));
}
