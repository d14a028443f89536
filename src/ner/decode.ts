import type { Doc } from '../doc/doc.js';
import { FeatureKeys, hashLower, hashSlice, startsUpper } from '../learn/index.js';
import type { WordClusters } from './clusters.js';
import { PAD, SentenceFeatures, contextKeys, historyFeatures, staticFeatures, type DocumentEvidence } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { OUTSIDE, closed, isOpen, startsEntity, typeOf, type EntityLabels } from './labels.js';

/** Picks the class of token `token` from its feature keys among the `allowed` classes (a model, or a learner). */
export type Choose = (keys: Uint32Array, n: number, token: number, allowed: Uint8Array) => number;

/**
 * Greedy left-to-right BILOU decoding of a whole document, with label-history features, the BILOU constraints
 * (an entity the model leaves open is closed at the previous token), and document features: the entity type
 * earlier tokens of the same capitalised form received, how the form is capitalised across the document, and the
 * words around all its mentions.
 */
export class DocumentDecoder {
  private readonly sentence = new SentenceFeatures();
  private readonly keys = new FeatureKeys(96);
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
  private readonly evidence: DocumentEvidence = { remembered: 0, stem: 0, seenTypes: 0, seenLowerCase: false, uses: 0 };

  constructor(
    readonly labels: EntityLabels,
    readonly clusters: WordClusters,
    readonly gazetteer: Gazetteer,
  ) {}

  /** Writes the class of every token of `doc` into `out`. */
  decode(doc: Doc, choose: Choose, out: Int32Array): void {
    const { text, starts, ends } = doc;
    const memory = this.memory;
    memory.clear();
    this.seenTypes.clear();
    const lowerCase = this.lowerCase;
    lowerCase.clear();
    for (let i = 0; i < doc.length; i++) if (!startsUpper(text, starts[i], ends[i])) lowerCase.add(hashLower(text, starts[i], ends[i]));
    this.collectUses(doc);
    const s = this.sentence;
    const keys = this.keys;
    const labels = this.labels;
    for (let k = 0; k < doc.sentenceCount; k++) {
      const start = doc.sentenceStarts[k];
      const end = doc.sentenceEnd(k);
      s.fill(doc, start, end, this.clusters, this.gazetteer);
      let prev = labels.start;
      let prev2 = labels.start;
      for (let i = start; i < end; i++) {
        const p = i - start + PAD;
        staticFeatures(s, p, i - start, text, starts[i], ends[i], keys);
        const form = s.form[p];
        const remembered = s.upper[p] ? (memory.get(form) ?? -1) : -1;
        // A form one letter longer than a remembered one: an inflected name (Dutch genitive "Bidens").
        const stem = s.upper[p] && ends[i] - starts[i] > 3 ? (memory.get(hashSlice(text, starts[i], ends[i] - 1)) ?? -1) : -1;
        const evidence = this.evidence;
        evidence.remembered = remembered + 1;
        evidence.stem = stem + 1;
        evidence.seenTypes = s.upper[p] ? (this.seenTypes.get(form) ?? 0) : 0;
        evidence.seenLowerCase = s.upper[p] !== 0 && lowerCase.has(s.lower[p]);
        evidence.uses = s.upper[p] ? (this.uses.get(form) ?? 0) : 0;
        historyFeatures(s, p, prev + 1, prev2 + 1, evidence, keys);
        if (s.upper[p]) for (const key of this.contexts.get(form) ?? NO_KEYS) keys.push(key);
        // Two known people side by side: the entity must end at this token.
        const mustEnd = i === end - 1 || (s.upper[p] !== 0 && s.upper[p + 1] !== 0 && this.gazetteer.separatesPeople(s.lower, p));
        const label = choose(keys.hashed(), keys.length, i, labels.allowed(prev, mustEnd));
        out[i] = label;
        // The model left an entity open: it ends at the previous token.
        if (prev !== labels.start && isOpen(prev) && !(label !== OUTSIDE && !startsEntity(label) && typeOf(label) === typeOf(prev))) {
          out[i - 1] = closed(prev);
        }
        if (s.upper[p]) {
          const type = label === OUTSIDE ? 0 : typeOf(label) + 1;
          this.seenTypes.set(form, (this.seenTypes.get(form) ?? 0) | (1 << type));
          if (remembered <= 0 && type > 0) memory.set(form, type);
          else if (remembered < 0) memory.set(form, 0);
        }
        prev2 = prev;
        prev = label;
      }
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
