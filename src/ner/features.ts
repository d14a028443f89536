import type { Doc } from '../doc/doc.js';
import { FeatureKeys, FeatureTemplates, templateSeries, hashLower, hashPrefix, hashString, hashSuffix, key2, WordHashes } from '../learn/index.js';
import { clusterPrefix, type WordClusters } from './clusters.js';
import { MAX_LISTS, ROLE_BITS, type Gazetteer } from './gazetteer.js';

const ROLE_MASK = (1 << ROLE_BITS) - 1;

/** Tokens of padding on each side of a sentence, so that window features need no bounds checks. */
export const PAD = 2;
const PAD_HASH = 0x7a11;
/** Cluster path prefixes used as features (bits). */
const CLUSTER_BITS = [4, 8, 12];

/** Per-token hashes of one sentence, computed once and shared by all feature templates. */
export class SentenceFeatures extends WordHashes {
  cluster = new Uint32Array(0);
  gazetteer = new Uint32Array(0);
  /** Gazetteer bits of names that start at a lower-case word. */
  gazetteerLower = new Uint32Array(0);
  /** Role bits of the word in the listed names (Gazetteer.rolesOf), 0 for lower-case words. */
  roles = new Uint32Array(0);
  /** Hash of the part-of-speech tag (of the empty string when the Doc has none). */
  tag = new Uint32Array(0);
  /** Token count of the sentence filled last. */
  length = 0;
  private start = 0;

  /** Fills the arrays for tokens [start, end) of `doc`; token i sits at index i - start + PAD. */
  fill(doc: Doc, start: number, end: number, clusters: WordClusters, gazetteer: Gazetteer): void {
    const size = end - start + 2 * PAD;
    if (this.lower.length < size) this.allocate(size * 2);
    this.start = start;
    this.length = end - start;
    const text = doc.text;
    for (let p = 0; p < size; p++) {
      const i = start + p - PAD;
      this.gazetteer[p] = 0;
      this.gazetteerLower[p] = 0;
      this.roles[p] = 0;
      if (i < start || i >= end) {
        const pad = PAD_HASH + (i < start ? 0 : 1);
        this.setPad(p, pad);
        this.cluster[p] = pad;
        this.tag[p] = pad;
        continue;
      }
      const a = doc.starts[i];
      const b = doc.ends[i];
      this.setWord(p, text, a, b);
      this.cluster[p] = clusters.pathOf(text, a, b);
      this.tag[p] = hashString(doc.strings.get(doc.upos[i]));
      if (this.upper[p]) this.roles[p] = gazetteer.rolesOf(this.lower[p]);
    }
    gazetteer.mark(this.lower, this.upper, PAD, end - start, this.gazetteer, this.gazetteerLower);
  }

  private allocate(size: number): void {
    this.allocateWords(size);
    this.cluster = new Uint32Array(size);
    this.gazetteer = new Uint32Array(size);
    this.gazetteerLower = new Uint32Array(size);
    this.roles = new Uint32Array(size);
    this.tag = new Uint32Array(size);
  }
}

// Feature template ids (part of the model: changing them invalidates trained models).
const T = {
  bias: 1,
  form: 2,
  lower: 3,
  prefix: 4, // 4..7 for lengths 1..4
  suffix: 8, // 8..11 for lengths 1..4
  shape: 12,
  kind: 13,
  prevLower: 14,
  nextLower: 15,
  prev2Lower: 16,
  next2Lower: 17,
  prevShape: 18,
  nextShape: 19,
  shapeNextShape: 20,
  prevShapeShape: 21,
  prevLowerLower: 22,
  lowerNextLower: 23,
  position: 24,
  upperContext: 25,
  cluster: 26, // 26..28 for CLUSTER_BITS
  prevCluster: 30,
  nextCluster: 31,
  prevNextCluster: 32,
  gazetteer: 33,
  prevGazetteer: 34,
  nextGazetteer: 35,
  prevForm: 36,
  nextForm: 37,
  tag: 38,
  tagContext: 39,
  prevLabel: 40,
  prevLabels: 41,
  prevLabelLower: 42,
  prevLabelShape: 43,
  prevLabelCluster: 44,
  documentLabel: 45,
  documentLabelUpper: 46,
  seenLowerCase: 47,
  prevTagTag: 48,
  tagNextTag: 49,
  documentUses: 50,
  aggregateLower: 51,
  aggregateCluster: 52,
  stemLabel: 60,
  seenTypes: 70,
  prevCluster12: 71,
  nextCluster12: 72,
  prev2Cluster: 73,
  next2Cluster: 74,
  gazetteerLower: 75,
  prevGazetteerLower: 76,
  nextGazetteerLower: 77,
  rolesWithPrev: 78,
  rolesWithNext: 79,
  mentionVotes: 80,
  mentionMajority: 81,
  mentionEntityMajority: 82,
  mentionInEntity: 83,
  entityBefore: 84,
  firstOwn: 85,
  firstNext: 86,
  firstAfter: 87,
} as const;

/** Sentence position bucket: first, second, middle, last. */
function positionBucket(i: number, length: number): number {
  return i === 0 ? 0 : i === 1 ? 1 : i === length - 1 ? 3 : 2;
}

function addGazetteerBits(template: number, bits: number, out: FeatureKeys): void {
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits);
    out.add1(template, bit);
    bits &= ~(1 << bit);
  }
}

// Value slots of a token, in TOKEN_VALUES (PREV/NEXT/PREV2/NEXT2 its neighbours; CLUSTERn a cluster path prefix of n
// bits; UPPER capitalisation).
const ZERO = 0, FORM = 1, LOWER = 2, PREFIX = 3; // 3..6: prefixes of 1..4 letters
const SUFFIX = 7; // 7..10: suffixes of 1..4 letters
const SHAPE = 11, KIND = 12, PREV_LOWER = 13, NEXT_LOWER = 14, PREV2_LOWER = 15, NEXT2_LOWER = 16, PREV_FORM = 17;
const NEXT_FORM = 18, PREV_SHAPE = 19, NEXT_SHAPE = 20, POSITION = 21, PREV_UPPER = 22, UPPER = 23, NEXT_UPPER = 24;
const CLUSTER = 25; // 25..27: CLUSTER_BITS
const PREV_CLUSTER8 = 28, NEXT_CLUSTER8 = 29, PREV_CLUSTER12 = 30, NEXT_CLUSTER12 = 31, PREV2_CLUSTER8 = 32;
const NEXT2_CLUSTER8 = 33, PREV_CLUSTER4 = 34, NEXT_CLUSTER4 = 35, PREV_TAG = 36, TAG = 37, NEXT_TAG = 38;
const TOKEN_SLOTS = 39;
/** Prefixes and suffixes of 1..AFFIXES letters make features. */
const AFFIXES = 4;

/** The features of every token that need no name list. */
const TOKEN_TEMPLATES = new FeatureTemplates([
  [T.bias, ZERO],
  [T.form, FORM],
  [T.lower, LOWER],
  ...templateSeries(AFFIXES, T.prefix, PREFIX),
  ...templateSeries(AFFIXES, T.suffix, SUFFIX),
  [T.shape, SHAPE],
  [T.kind, KIND],
  [T.prevLower, PREV_LOWER],
  [T.nextLower, NEXT_LOWER],
  [T.prev2Lower, PREV2_LOWER],
  [T.next2Lower, NEXT2_LOWER],
  [T.prevForm, PREV_FORM],
  [T.nextForm, NEXT_FORM],
  [T.prevShape, PREV_SHAPE],
  [T.nextShape, NEXT_SHAPE],
  [T.shapeNextShape, SHAPE, NEXT_SHAPE],
  [T.prevShapeShape, PREV_SHAPE, SHAPE],
  [T.prevLowerLower, PREV_LOWER, LOWER],
  [T.lowerNextLower, LOWER, NEXT_LOWER],
  [T.position, POSITION, UPPER],
  [T.upperContext, PREV_UPPER, UPPER, NEXT_UPPER],
  ...templateSeries(CLUSTER_BITS.length, T.cluster, CLUSTER),
  [T.prevCluster, PREV_CLUSTER8],
  [T.nextCluster, NEXT_CLUSTER8],
  [T.prevCluster12, PREV_CLUSTER12],
  [T.nextCluster12, NEXT_CLUSTER12],
  [T.prev2Cluster, PREV2_CLUSTER8],
  [T.next2Cluster, NEXT2_CLUSTER8],
  [T.prevNextCluster, PREV_CLUSTER4, NEXT_CLUSTER4],
  [T.tag, TAG, UPPER],
  [T.tagContext, PREV_TAG, TAG, NEXT_TAG],
  [T.prevTagTag, PREV_TAG, TAG],
  [T.tagNextTag, TAG, NEXT_TAG],
]);

/** Scratch slot values of staticFeatures (the recogniser is not re-entrant). */
const TOKEN_VALUES = new Int32Array(TOKEN_SLOTS);

/** Features of the token at padded index `p` (position `i` in its sentence) that do not depend on predictions. */
export function staticFeatures(s: SentenceFeatures, p: number, i: number, text: string, a: number, b: number, out: FeatureKeys): void {
  const v = TOKEN_VALUES;
  const lower = s.lower, form = s.form, shape = s.shape, upper = s.upper, cluster = s.cluster, tag = s.tag;
  v[FORM] = form[p];
  v[LOWER] = lower[p];
  for (let k = 0; k < AFFIXES; k++) {
    v[PREFIX + k] = hashPrefix(text, a, b, k + 1);
    v[SUFFIX + k] = hashSuffix(text, a, b, k + 1);
  }
  v[SHAPE] = shape[p];
  v[KIND] = s.kind[p];
  v[PREV_LOWER] = lower[p - 1];
  v[NEXT_LOWER] = lower[p + 1];
  v[PREV2_LOWER] = lower[p - 2];
  v[NEXT2_LOWER] = lower[p + 2];
  v[PREV_FORM] = form[p - 1];
  v[NEXT_FORM] = form[p + 1];
  v[PREV_SHAPE] = shape[p - 1];
  v[NEXT_SHAPE] = shape[p + 1];
  v[POSITION] = positionBucket(i, s.length);
  v[PREV_UPPER] = upper[p - 1];
  v[UPPER] = upper[p];
  v[NEXT_UPPER] = upper[p + 1];
  for (let k = 0; k < CLUSTER_BITS.length; k++) v[CLUSTER + k] = clusterPrefix(cluster[p], CLUSTER_BITS[k]);
  v[PREV_CLUSTER8] = clusterPrefix(cluster[p - 1], 8);
  v[NEXT_CLUSTER8] = clusterPrefix(cluster[p + 1], 8);
  v[PREV_CLUSTER12] = clusterPrefix(cluster[p - 1], 12);
  v[NEXT_CLUSTER12] = clusterPrefix(cluster[p + 1], 12);
  v[PREV2_CLUSTER8] = clusterPrefix(cluster[p - 2], 8);
  v[NEXT2_CLUSTER8] = clusterPrefix(cluster[p + 2], 8);
  v[PREV_CLUSTER4] = clusterPrefix(cluster[p - 1], 4);
  v[NEXT_CLUSTER4] = clusterPrefix(cluster[p + 1], 4);
  v[PREV_TAG] = tag[p - 1];
  v[TAG] = tag[p];
  v[NEXT_TAG] = tag[p + 1];
  out.clear();
  out.addTemplates(TOKEN_TEMPLATES, v);
  addGazetteerBits(T.gazetteer, s.gazetteer[p], out);
  addGazetteerBits(T.prevGazetteer, s.gazetteer[p - 1], out);
  addGazetteerBits(T.nextGazetteer, s.gazetteer[p + 1], out);
  addGazetteerBits(T.gazetteerLower, s.gazetteerLower[p], out);
  addGazetteerBits(T.prevGazetteerLower, s.gazetteerLower[p - 1], out);
  addGazetteerBits(T.nextGazetteerLower, s.gazetteerLower[p + 1], out);
  addRolePairs(T.rolesWithPrev, s.roles[p - 1], s.roles[p], out);
  addRolePairs(T.rolesWithNext, s.roles[p], s.roles[p + 1], out);
}

/**
 * For each name list in which both of two adjacent capitalised words have roles, their pair of roles: a word that
 * ends names followed by one that starts them suggests two names ("Biden Xi"), a first name followed by a
 * surname one name.
 */
function addRolePairs(template: number, left: number, right: number, out: FeatureKeys): void {
  if (left === 0 || right === 0) return;
  for (let list = 0; list < MAX_LISTS; list++) {
    const shift = list * ROLE_BITS;
    const a = (left >>> shift) & ROLE_MASK;
    const b = (right >>> shift) & ROLE_MASK;
    if (a !== 0 && b !== 0) out.add3(template, list, a, b);
  }
}

/** What earlier decisions in the document say about the current capitalised word (all 0 for other words). */
export interface DocumentEvidence {
  /** Entity type + 2 its form got first in the document (1 for O, 0 when unseen). */
  remembered: number;
  /** The same for the form without its last letter: an inflected name (Dutch genitive "Bidens"). */
  stem: number;
  /** Bit mask of the types (bit 0 for O) the form's capitalised occurrences got so far. */
  seenTypes: number;
}

/**
 * Appends features of the predicted labels and the document: the two previous labels (class + 1, 0 before the
 * sentence) combined with the word's lower-case form, shape and cluster, and, for a capitalised word, the evidence of
 * earlier decisions about it.
 */
export function historyFeatures(
  prev: number,
  prev2: number,
  lower: number,
  shape: number,
  cluster: number,
  upper: boolean,
  initial: boolean,
  evidence: DocumentEvidence,
  out: FeatureKeys,
): void {
  out.add1(T.prevLabel, prev);
  out.add2(T.prevLabels, prev2, prev);
  out.add2(T.prevLabelLower, prev, lower);
  out.add2(T.prevLabelShape, prev, shape);
  out.add2(T.prevLabelCluster, prev, clusterPrefix(cluster, 8));
  if (upper) {
    out.add1(T.documentLabel, evidence.remembered);
    out.add2(T.documentLabelUpper, evidence.remembered, initial ? 1 : 0);
    out.add1(T.stemLabel, evidence.stem);
    out.add1(T.seenTypes, evidence.seenTypes);
  }
}

/**
 * Appends what the document says about a capitalised word regardless of decisions: how its form is capitalised
 * across the document (DocumentUse bits, with whether this token starts its sentence) and whether it also occurs in
 * lower case.
 */
export function documentFeatures(uses: number, seenLowerCase: boolean, initial: boolean, out: FeatureKeys): void {
  if (seenLowerCase) out.add1(T.seenLowerCase, 1);
  out.add2(T.documentUses, uses, initial ? 1 : 0);
}

/**
 * Appends the keys of a neighbour word (side -1 before, 1 after) of a capitalised form's occurrence: its lower-case
 * form and its cluster, which every mention of the form in the document receives as features.
 */
export function contextKeys(text: string, a: number, b: number, side: number, clusters: WordClusters, keys: number[]): void {
  keys.push(key2(T.aggregateLower, side, hashLower(text, a, b)));
  keys.push(key2(T.aggregateCluster, side, clusterPrefix(clusters.pathOf(text, a, b), 8)));
}

/** Vote count bucket: 1, 2, 3 or more. */
function countBucket(n: number): number {
  return n < 3 ? n : 3;
}

/**
 * Appends, for a capitalised word in the second decoding pass, what the first pass made of the other occurrences of
 * its form in the document: the count of each type (slot 0 for O, bucketed), the majority slot (and whether the
 * vote was unanimous), the majority entity type, and the types of multi-word entities the form was part of.
 */
export function mentionFeatures(votes: Int32Array, total: number, inEntity: number, initial: boolean, out: FeatureKeys): void {
  if (inEntity !== 0) out.add1(T.mentionInEntity, inEntity);
  if (total === 0) return;
  let majority = 0;
  let entity = -1;
  for (let slot = 0; slot < votes.length; slot++) {
    const n = votes[slot];
    if (n === 0) continue;
    out.add2(T.mentionVotes, slot, countBucket(n));
    if (n > votes[majority]) majority = slot;
    if (slot > 0 && (entity < 0 || n > votes[entity])) entity = slot;
  }
  out.add3(T.mentionMajority, majority, votes[majority] === total ? 1 : 0, initial ? 1 : 0);
  if (entity > 0) out.add3(T.mentionEntityMajority, entity, countBucket(votes[entity]), votes[entity] === total - votes[0] ? 1 : 0);
}

/** Appends, for a capitalised word, the type of an entity that ended two words before and the word between ("Sabena en"). */
export function entityBeforeFeatures(type: number, between: number, out: FeatureKeys): void {
  out.add2(T.entityBefore, type, between);
}

/**
 * Appends, for a capitalised word in the second pass, the first pass's class of the word and of the next one (-1
 * past the sentence), and the type of an entity the first pass started two words on (-1 for none) with the word between.
 */
export function firstPassFeatures(own: number, next: number, after: number, between: number, out: FeatureKeys): void {
  out.add1(T.firstOwn, own);
  out.add2(T.firstNext, own, next);
  if (after >= 0) out.add2(T.firstAfter, after, between);
}
