import type { Doc } from '../doc/doc.js';
import { FeatureKeys, hashLower, hashSlice, startsUpper } from '../learn/index.js';
import type { WordClusters } from './clusters.js';
import { PAD, SentenceFeatures, contextKeys, documentFeatures, entityBeforeFeatures, firstPassFeatures, historyFeatures, mentionFeatures, staticFeatures, type DocumentEvidence } from './features.js';
import { MentionVotes } from './mentions.js';
import type { Gazetteer } from './gazetteer.js';
import { OUTSIDE, closed, endsEntity, isOpen, startsEntity, typeOf, type EntityLabels } from './labels.js';

/** Picks the class of token `token` from its feature keys among the `allowed` classes (a model, or a learner). */
export type Choose = (keys: Uint32Array, n: number, token: number, allowed: Uint8Array) => number;

/**
 * Greedy left-to-right BILOU decoding of a whole document in two passes, with label-history features, the BILOU
 * constraints (an entity the model leaves open is closed at the previous token), and document features: how each
 * capitalised form is capitalised across the document and the words around all its mentions; in the second pass
 * also the entity type earlier tokens of the same form received and what the first pass made of all its other
 * occurrences (MentionVotes). Features that do not depend on decisions are computed once per document and shared by
 * both passes.
 */
export class DocumentDecoder {
  private readonly sentence = new SentenceFeatures();
  private readonly keys = new FeatureKeys(160);
  /** form hash → entity type + 1 (0 for O) of its first capitalised occurrence (an entity reading wins over O). */
  private readonly memory = new Map<number, number>();
  /** form hash → bit mask of the entity types (bit 0 for O) its capitalised occurrences received so far. */
  private readonly seenTypes = new Map<number, number>();
  private readonly lowerCase = new Set<number>();
  /** form hash → DocumentUse bits of the capitalised word across the whole document. */
  private readonly uses = new Map<number, number>();
  /** form hash → feature keys of the words around the capitalised form's occurrences in the document. */
  private readonly contexts = new Map<number, number[]>();
  /** Reused for every token. */
  private readonly evidence: DocumentEvidence = { remembered: 0, stem: 0, seenTypes: 0 };
  private readonly votes: MentionVotes;
  private readonly voteCounts: Int32Array;
  /** The first pass's classes in `decode`. */
  private firstClasses = new Int32Array(0);
  /** Decision-independent feature keys of the document's tokens: token i's are fixedKeys[keyStarts[i], keyStarts[i + 1]). */
  private fixedKeys: Uint32Array = new Uint32Array(0);
  private keyStarts = new Int32Array(0);
  /** What the history features of each token combine the labels with. */
  private readonly word = new TokenWords();

  constructor(
    readonly labels: EntityLabels,
    readonly clusters: WordClusters,
    readonly gazetteer: Gazetteer,
  ) {
    this.votes = new MentionVotes(labels.types.length);
    this.voteCounts = new Int32Array(labels.types.length + 1);
  }

  /**
   * Writes the class of every token of `doc` into `out`: a first pass with `first` that decides every mention on its
   * own evidence, then a second pass with `second` in which each capitalised word also sees what the first pass made
   * of all the other occurrences of its form. Without `first`, one pass with `second` and no first-pass features.
   */
  decode(doc: Doc, first: Choose | null, second: Choose, out: Int32Array): void {
    this.prepare(doc);
    if (first === null) {
      this.pass(doc, second, out, Pass.only, null);
      return;
    }
    if (this.firstClasses.length < doc.length) this.firstClasses = new Int32Array(doc.length * 2);
    this.pass(doc, first, this.firstClasses, Pass.first, null, true);
    this.votes.collect(doc, this.firstClasses);
    this.pass(doc, second, out, Pass.second, this.firstClasses, true);
  }

  /** The first pass alone: no feature depends on the decisions on other mentions of a word. */
  decodeFirst(doc: Doc, first: Choose, out: Int32Array): void {
    this.prepare(doc);
    this.pass(doc, first, out, Pass.first, null);
  }

  /** The second pass alone, with the first-pass classes `firstClasses` (from decodeFirst, possibly by another model). */
  decodeSecond(doc: Doc, second: Choose, firstClasses: Int32Array, out: Int32Array): void {
    this.prepare(doc);
    this.votes.collect(doc, firstClasses);
    this.pass(doc, second, out, Pass.second, firstClasses);
  }

  /** Computes the decision-independent features of every token of `doc`, which both passes share. */
  private prepare(doc: Doc): void {
    const { text, starts, ends } = doc;
    const lowerCase = this.lowerCase;
    lowerCase.clear();
    for (let i = 0; i < doc.length; i++) if (!startsUpper(text, starts[i], ends[i])) lowerCase.add(hashLower(text, starts[i], ends[i]));
    this.collectUses(doc);
    const word = this.word;
    word.reserve(doc.length);
    if (this.keyStarts.length < doc.length + 1) this.keyStarts = new Int32Array(doc.length * 2 + 1);
    const s = this.sentence;
    const keys = this.keys;
    let used = 0;
    for (let k = 0; k < doc.sentenceCount; k++) {
      const start = doc.sentenceStarts[k];
      const end = doc.sentenceEnd(k);
      s.fill(doc, start, end, this.clusters, this.gazetteer);
      for (let i = start; i < end; i++) {
        const p = i - start + PAD;
        staticFeatures(s, p, i - start, text, starts[i], ends[i], keys);
        const upper = s.upper[p] !== 0;
        const form = s.form[p];
        if (upper) {
          documentFeatures(this.uses.get(form) ?? 0, lowerCase.has(s.lower[p]), p === PAD, keys);
          for (const key of this.contexts.get(form) ?? NO_KEYS) keys.push(key);
        }
        if (this.fixedKeys.length < used + keys.length) this.fixedKeys = grow(this.fixedKeys, used + keys.length);
        this.fixedKeys.set(keys.hashed().subarray(0, keys.length), used);
        this.keyStarts[i] = used;
        used += keys.length;
        word.lower[i] = s.lower[p];
        word.shape[i] = s.shape[p];
        word.cluster[i] = s.cluster[p];
        word.form[i] = form;
        // Two known people side by side: the entity must end at this token.
        const mustEnd = i === end - 1 || (upper && s.upper[p + 1] !== 0 && this.gazetteer.separatesPeople(s.lower, p));
        word.flags[i] = (upper ? UPPER : 0) | (i === start ? SENTENCE_START : 0) | (mustEnd ? MUST_END : 0);
      }
    }
    this.keyStarts[doc.length] = used;
    markNearNames(doc, word.flags);
  }

  /**
   * One pass of kind `kind` (see Pass); the second of two gets the first's classes `first`. The types earlier
   * occurrences of a capitalised form got in this pass count except in a first pass, whose mentions must stay
   * independent votes. `onlyNearNames`: score only words near a capitalised one, the rest are O.
   */
  private pass(doc: Doc, choose: Choose, out: Int32Array, kind: Pass, first: Int32Array | null, onlyNearNames = false): void {
    const { text, starts, ends } = doc;
    const memory = this.memory;
    memory.clear();
    this.seenTypes.clear();
    const keys = this.keys;
    const labels = this.labels;
    const votes = this.voteCounts;
    const word = this.word;
    const evidence = this.evidence;
    let prev = labels.start;
    let prev2 = labels.start;
    let start = 0;
    for (let i = 0; i < doc.length; i++) {
      const flags = word.flags[i];
      if (flags & SENTENCE_START) {
        prev = prev2 = labels.start;
        start = i;
      }
      const upper = (flags & UPPER) !== 0;
      const initial = (flags & SENTENCE_START) !== 0;
      const form = word.form[i];
      if (onlyNearNames && !(flags & NEAR_NAME)) {
        // Far from any capitalised word a two-pass model says O without scoring: the second pass reads the first's
        // decisions only on capitalised words and the two after them, and its own are O there but for a handful on
        // the dev set. Training scores every word, as the perceptrons learn from all of them.
        if (prev !== labels.start && isOpen(prev)) out[i - 1] = closed(prev);
        out[i] = OUTSIDE;
        prev2 = prev;
        prev = OUTSIDE;
        continue;
      }
      const from = this.keyStarts[i];
      const to = this.keyStarts[i + 1];
      keys.clear();
      keys.pushAll(this.fixedKeys, from, to);
      const remembers = upper && kind !== Pass.first;
      const remembered = remembers ? (memory.get(form) ?? -1) : -1;
      // A form one letter longer than a remembered one: an inflected name (Dutch genitive "Bidens").
      const stem = remembers && ends[i] - starts[i] > 3 ? (memory.get(hashSlice(text, starts[i], ends[i] - 1)) ?? -1) : -1;
      evidence.remembered = remembered + 1;
      evidence.stem = stem + 1;
      evidence.seenTypes = remembers ? (this.seenTypes.get(form) ?? 0) : 0;
      historyFeatures(prev + 1, prev2 + 1, word.lower[i], word.shape[i], word.cluster[i], upper, initial, evidence, keys);
      if (upper && kind !== Pass.only && i - 2 >= start && endsEntity(out[i - 2])) entityBeforeFeatures(typeOf(out[i - 2]), word.lower[i - 1], keys);
      if (upper && first !== null) {
        const total = this.votes.othersOf(form, i, votes);
        mentionFeatures(votes, total, this.votes.entityTypesOf(form), initial, keys);
        const next = i + 1 < doc.length && !(word.flags[i + 1] & SENTENCE_START) ? first[i + 1] : -1;
        const after = next >= 0 && i + 2 < doc.length && !(word.flags[i + 2] & SENTENCE_START) && startsEntity(first[i + 2]) ? typeOf(first[i + 2]) : -1;
        firstPassFeatures(first[i], next, after, next >= 0 ? word.lower[i + 1] : 0, keys);
      }
      const label = choose(keys.hashed(), keys.length, i, labels.allowed(prev, (flags & MUST_END) !== 0));
      out[i] = label;
      // The model left an entity open: it ends at the previous token.
      if (prev !== labels.start && isOpen(prev) && !(label !== OUTSIDE && !startsEntity(label) && typeOf(label) === typeOf(prev))) {
        out[i - 1] = closed(prev);
      }
      if (remembers) {
        const type = label === OUTSIDE ? 0 : typeOf(label) + 1;
        this.seenTypes.set(form, (this.seenTypes.get(form) ?? 0) | (1 << type));
        if (remembered <= 0 && type > 0) memory.set(form, type);
        else if (remembered < 0) memory.set(form, 0);
      }
      prev2 = prev;
      prev = label;
    }
  }

  /**
   * How each capitalised form is used across the document (see DocumentUse), and the words around its
   * occurrences, so that every mention sees the evidence of all mentions (context aggregation).
   */
  private collectUses(doc: Doc): void {
    const { text, starts, ends } = doc;
    const uses = this.uses;
    uses.clear();
    const contexts = this.contexts;
    contexts.clear();
    const firstNameRole = this.gazetteer.firstNameRole('PER');
    let sentence = 0;
    for (let i = 0; i < doc.length; i++) {
      while (sentence + 1 < doc.sentenceCount && doc.sentenceStarts[sentence + 1] <= i) sentence++;
      if (!startsUpper(text, starts[i], ends[i])) continue;
      const first = doc.sentenceStarts[sentence] === i;
      const end = doc.sentenceEnd(sentence);
      const form = hashSlice(text, starts[i], ends[i]);
      const before = uses.get(form);
      let bits = before === undefined ? 0 : (before | DocumentUse.repeated);
      if (!first) bits |= DocumentUse.inside;
      if (!first && startsUpper(text, starts[i - 1], ends[i - 1])) {
        bits |= DocumentUse.afterName;
        if (this.gazetteer.rolesOf(hashLower(text, starts[i - 1], ends[i - 1])) & firstNameRole) bits |= DocumentUse.afterFirstName;
      }
      if (i + 1 < end && startsUpper(text, starts[i + 1], ends[i + 1])) bits |= DocumentUse.beforeName;
      uses.set(form, bits);
      let keys = contexts.get(form);
      if (keys === undefined) {
        keys = [];
        contexts.set(form, keys);
      }
      if (keys.length < MAX_CONTEXT_KEYS) {
        const start = doc.sentenceStarts[sentence];
        if (i > start) contextKeys(text, starts[i - 1], ends[i - 1], -1, this.clusters, keys);
        if (i + 1 < end) contextKeys(text, starts[i + 1], ends[i + 1], 1, this.clusters, keys);
      }
    }
  }
}

const NO_KEYS: readonly number[] = [];
/** At most this many aggregated context features per form (4 per occurrence). */
const MAX_CONTEXT_KEYS = 40;

/** Bits of how a capitalised form is used in a document. */
const DocumentUse = {
  /** Capitalised somewhere other than at a sentence start. */
  inside: 1,
  /** Right after another capitalised word ("Sullivan" in "Jake Sullivan"). */
  afterName: 2,
  /** Right before another capitalised word. */
  beforeName: 4,
  /** More than once. */
  repeated: 8,
  /** Right after a word that starts a listed person's name ("Swissair" never gets one, "Peeters" in "Jan Peeters" does). */
  afterFirstName: 16,
} as const;

/**
 * Kinds of pass: the only one of a one-pass model (as before the two passes: its features are those models' features),
 * or the first or second of two.
 */
const enum Pass {
  only,
  first,
  second,
}

const UPPER = 1;
const SENTENCE_START = 2;
const MUST_END = 4;
/** A capitalised word at most two words away in the sentence. */
const NEAR_NAME = 8;

/** Sets NEAR_NAME on every token with a capitalised word within two words of it in its sentence. */
function markNearNames(doc: Doc, flags: Uint8Array): void {
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    for (let i = start; i < end; i++) {
      if (!(flags[i] & UPPER)) continue;
      for (let j = Math.max(start, i - 2); j < Math.min(end, i + 3); j++) flags[j] |= NEAR_NAME;
    }
  }
}

/** Per token of a document: the hashes the decision-dependent features combine with, and flags. */
class TokenWords {
  lower = new Uint32Array(0);
  shape = new Uint32Array(0);
  cluster = new Uint32Array(0);
  form = new Uint32Array(0);
  /** UPPER, SENTENCE_START, MUST_END bits. */
  flags = new Uint8Array(0);

  reserve(length: number): void {
    if (this.lower.length >= length) return;
    const size = length * 2;
    this.lower = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.cluster = new Uint32Array(size);
    this.form = new Uint32Array(size);
    this.flags = new Uint8Array(size);
  }
}

function grow(array: Uint32Array, size: number): Uint32Array {
  const grown = new Uint32Array(size * 2);
  grown.set(array);
  return grown;
}
