import type { Doc } from '../doc/doc.js';
import { FeatureKeys, FeatureTemplates, templateSeries, hashLower, hashPrefix, hashSuffix, WordHashes } from '../learn/index.js';
import { clusterPrefix, type WordClusters } from '../ner/clusters.js';
import type { WordTags } from './word-tags.js';

/** Tokens of padding on each side of a sentence, so that window features need no bounds checks. */
export const PAD = 2;
const PAD_HASH = 0x5eed;
/** wordKind of tokens made only of punctuation marks. */
const PUNCTUATION_KIND = 3;

/** Suffix lengths 1..SUFFIXES and prefix lengths 1..PREFIXES make features. */
const SUFFIXES = 5;
const PREFIXES = 3;

/** Marks that typed twice make a quotation mark: ",," (Dutch opening quote), "''", "``". */
const QUOTE_HALVES = new Set([0x2c, 0x27, 0x60]);

/** A quotation mark typed as two commas, apostrophes or backticks. */
function isDoubledMark(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return end - start === 2 && c === text.charCodeAt(start + 1) && QUOTE_HALVES.has(c);
}

/** Per-token text hashes of one sentence, computed once and shared by all feature templates. */
export class SentenceHashes extends WordHashes {
  suffix = Array.from({ length: SUFFIXES }, () => new Uint32Array(0));
  prefix = Array.from({ length: PREFIXES }, () => new Uint32Array(0));
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

// Value slots of a token, in TOKEN_VALUES (p the token, PREV/NEXT/PREV2/NEXT2 its neighbours; LAST the last word
// of its clause, VERB the next possible verb in it).
const ZERO = 0, LOWER = 1, FORM = 2, SUFFIX = 3; // 3..7: suffixes of 1..5 letters
const PREFIX = 8; // 8..10: prefixes of 1..3 letters
const SHAPE = 11, KIND = 12, PREV_LOWER = 13, NEXT_LOWER = 14, PREV2_LOWER = 15, NEXT2_LOWER = 16;
const PREV_SUFFIX3 = 17, NEXT_SUFFIX3 = 18, PREV_SHAPE = 19, NEXT_SHAPE = 20, FIRST = 21, UPPER = 22;
const AMBIGUITY = 23, NEXT_AMBIGUITY = 24, NEXT2_AMBIGUITY = 25, CLUSTER = 26; // 26..28: CLUSTER_BITS
const PREV_CLUSTER8 = 29, NEXT_CLUSTER8 = 30, NEXT2_CLUSTER8 = 31;
const LAST_SUFFIX2 = 32, LAST_PREFIX2 = 33, LAST_AMBIGUITY = 34, VERB_SUFFIX2 = 35, VERB_PREFIX2 = 36, VERB_AMBIGUITY = 37;
const PREV_TAG = 38, PREV2_TAG = 39;
const TOKEN_SLOTS = 40;

/** Path prefix lengths of the word's own cluster features: coarse to fine. */
const CLUSTER_BITS = [4, 8, 12];
/** The word's own 8-bit cluster prefix, one of CLUSTER_BITS' slots. */
const CLUSTER8 = CLUSTER + CLUSTER_BITS.indexOf(8);

/** Features of every token. */
const TOKEN_TEMPLATES = new FeatureTemplates([
  [T.bias, ZERO],
  [T.lower, LOWER],
  ...templateSeries(SUFFIXES, T.suffix, SUFFIX),
  ...templateSeries(PREFIXES, T.prefix, PREFIX),
  [T.shape, SHAPE],
  [T.kind, KIND],
  [T.prevLower, PREV_LOWER],
  [T.nextLower, NEXT_LOWER],
  [T.prev2Lower, PREV2_LOWER],
  [T.next2Lower, NEXT2_LOWER],
  [T.prevSuffix3, PREV_SUFFIX3],
  [T.nextSuffix3, NEXT_SUFFIX3],
  [T.prevShape, PREV_SHAPE],
  [T.nextShape, NEXT_SHAPE],
  [T.firstUpper, FIRST, UPPER],
  [T.lowerNext, LOWER, NEXT_LOWER],
  [T.prevLowerLower, PREV_LOWER, LOWER],
  [T.ambiguity, AMBIGUITY],
  [T.nextAmbiguity, NEXT_AMBIGUITY],
  [T.next2Ambiguity, NEXT2_AMBIGUITY],
  [T.ambiguityPair, AMBIGUITY, NEXT_AMBIGUITY],
  [T.prevCluster, PREV_CLUSTER8],
  [T.nextCluster, NEXT_CLUSTER8],
  [T.next2Cluster, NEXT2_CLUSTER8],
]);
const CAPITALISED_TEMPLATES = new FeatureTemplates([[T.form, FORM]]);
/** Unseen words: their ending with their capitalisation and whether they open the sentence. */
const UNSEEN_TEMPLATES = new FeatureTemplates([[T.unknownSuffixCase, SUFFIX + 2, UPPER, FIRST]]);
const CLUSTER_TEMPLATES = new FeatureTemplates(templateSeries(CLUSTER_BITS.length, T.cluster, CLUSTER));
/** What follows a word seen with several tags: "dat" + noun (DET) or + pronoun (SCONJ). */
const AMBIGUOUS_TEMPLATES = new FeatureTemplates([
  [T.lowerNextAmbiguity, LOWER, NEXT_AMBIGUITY],
  [T.lowerNext2Ambiguity, LOWER, NEXT2_AMBIGUITY],
  [T.lowerNextCluster, LOWER, NEXT_CLUSTER8],
]);
/** Only words seen with several tags ("werd": AUX or VERB) look at the end of their clause. */
const CLAUSE_END_TEMPLATES = new FeatureTemplates([
  [T.clauseLastSuffix2, LOWER, LAST_SUFFIX2],
  [T.clauseLastPrefix2, LOWER, LAST_PREFIX2],
  [T.clauseLastAmbiguity, LOWER, LAST_AMBIGUITY],
  [T.nextVerbSuffix2, LOWER, VERB_SUFFIX2],
  [T.nextVerbPrefix2, LOWER, VERB_PREFIX2],
  [T.nextVerbAmbiguity, LOWER, VERB_AMBIGUITY],
]);
/** Tag history. */
const HISTORY_TEMPLATES = new FeatureTemplates([
  [T.prevTag, PREV_TAG],
  [T.prevTags, PREV2_TAG, PREV_TAG],
  [T.prevTagLower, PREV_TAG, LOWER],
  [T.prevTagSuffix3, PREV_TAG, SUFFIX + 2],
  [T.prevTagNextLower, PREV_TAG, NEXT_LOWER],
  [T.prevTagCluster, PREV_TAG, CLUSTER8],
]);

/** Upper bound on the keys of one token. */
export const MAX_TAG_FEATURES = [TOKEN_TEMPLATES, CAPITALISED_TEMPLATES, UNSEEN_TEMPLATES, CLUSTER_TEMPLATES, AMBIGUOUS_TEMPLATES, CLAUSE_END_TEMPLATES, HISTORY_TEMPLATES]
  .reduce((sum, templates) => sum + templates.length, 0);

/** Scratch slot values of contextFeatures and historyFeatures (the tagger is not re-entrant). */
const TOKEN_VALUES = new Int32Array(TOKEN_SLOTS);

/**
 * The context features of token at padded index `p` (position `i` in its sentence), without tag history;
 * `clauseEnds` adds what ends the token's clause (for languages that put verbs there).
 */
export function contextFeatures(h: SentenceHashes, p: number, i: number, clauseEnds: boolean, out: FeatureKeys): void {
  const v = TOKEN_VALUES;
  const lower = h.lower, shape = h.shape, ambiguity = h.ambiguity, cluster = h.cluster, suffix3 = h.suffix[2];
  v[LOWER] = lower[p];
  v[FORM] = h.form[p];
  for (let k = 0; k < SUFFIXES; k++) v[SUFFIX + k] = h.suffix[k][p];
  for (let k = 0; k < PREFIXES; k++) v[PREFIX + k] = h.prefix[k][p];
  v[SHAPE] = shape[p];
  v[KIND] = h.kind[p];
  v[PREV_LOWER] = lower[p - 1];
  v[NEXT_LOWER] = lower[p + 1];
  v[PREV2_LOWER] = lower[p - 2];
  v[NEXT2_LOWER] = lower[p + 2];
  v[PREV_SUFFIX3] = suffix3[p - 1];
  v[NEXT_SUFFIX3] = suffix3[p + 1];
  v[PREV_SHAPE] = shape[p - 1];
  v[NEXT_SHAPE] = shape[p + 1];
  v[FIRST] = i === 0 ? 1 : 0;
  v[UPPER] = h.upper[p];
  const mask = ambiguity[p];
  v[AMBIGUITY] = mask;
  v[NEXT_AMBIGUITY] = ambiguity[p + 1];
  v[NEXT2_AMBIGUITY] = ambiguity[p + 2];
  const path = cluster[p];
  for (let k = 0; k < CLUSTER_BITS.length; k++) v[CLUSTER + k] = clusterPrefix(path, CLUSTER_BITS[k]);
  v[PREV_CLUSTER8] = clusterPrefix(cluster[p - 1], 8);
  v[NEXT_CLUSTER8] = clusterPrefix(cluster[p + 1], 8);
  v[NEXT2_CLUSTER8] = clusterPrefix(cluster[p + 2], 8);
  out.clear();
  out.addTemplates(TOKEN_TEMPLATES, v);
  if (h.upper[p]) out.addTemplates(CAPITALISED_TEMPLATES, v);
  if (mask === 0) out.addTemplates(UNSEEN_TEMPLATES, v);
  if (path !== 0) out.addTemplates(CLUSTER_TEMPLATES, v);
  if ((mask & (mask - 1)) === 0) return;
  out.addTemplates(AMBIGUOUS_TEMPLATES, v);
  if (!clauseEnds) return;
  const last = h.clauseLast[p];
  v[LAST_SUFFIX2] = h.suffix[1][last];
  v[LAST_PREFIX2] = h.prefix[1][last];
  v[LAST_AMBIGUITY] = ambiguity[last];
  const verb = h.nextVerb[p];
  v[VERB_SUFFIX2] = h.suffix[1][verb];
  v[VERB_PREFIX2] = h.prefix[1][verb];
  v[VERB_AMBIGUITY] = ambiguity[verb];
  out.addTemplates(CLAUSE_END_TEMPLATES, v);
}

/**
 * Appends tag-history features of the token contextFeatures saw last; tags are class index + 1, 0 before the
 * sentence start.
 */
export function historyFeatures(prev: number, prev2: number, out: FeatureKeys): void {
  TOKEN_VALUES[PREV_TAG] = prev;
  TOKEN_VALUES[PREV2_TAG] = prev2;
  out.addTemplates(HISTORY_TEMPLATES, TOKEN_VALUES);
}
