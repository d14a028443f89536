import type { Doc } from '../doc/doc.js';
import {
  ByteReader,
  ByteWriter,
  FeatureKeys,
  LinearModel,
  hashString,
  mix,
  readModelFile,
  requireSection,
  shippedModelPath,
  writeModelFile,
  type ModelFile,
} from '../learn/index.js';
import type { Annotation, Component } from '../pipeline/component.js';
import { CompoundParts } from './compounds.js';
import { lemmaFeatures } from './features.js';
import { LemmaClass } from './lemma-class.js';
import { LemmaLexicon } from './lexicon.js';
import { SeparableVerbs } from './particles.js';
import { ClassPicker } from './pick.js';

export const LEMMATIZER_KIND = 'lemmatizer';

/** Tag hash of the lexicon entries that ignore the tag (the form's most frequent lemma). */
export const ANY_TAG = 0;

/** Tags of the token after a separated verb particle: it closes a clause. */
const CLAUSE_ENDS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADP']);

/** Tags whose words are their own lemma when nothing better is known. */
const KEEP_CASE_TAGS = new Set(['PROPN', 'X', 'SYM']);

/**
 * Lemmatizer: a lexicon of (word, tag) → lemma learned from treebanks; for other words a split at a hyphen
 * when the training lemmas of the tag write hyphens as "_" ("Oranje-beloften" → "Oranje_belofte"), a compound split
 * (known first part + known remainder), else an averaged-perceptron choice among edit-tree classes (affix,
 * UPOS and XPOS features) restricted to the classes that fit the word; verbs take a separated particle
 * (separable verbs). Reads `doc.upos` / `doc.xpos`, writes `doc.lemma`.
 */
export class Lemmatizer implements Component {
  readonly name = 'lemmatizer';
  readonly reads: readonly Annotation[] = ['tokens', 'sentences', 'upos'];
  readonly writes: readonly Annotation[] = ['lemma'];
  readonly classes: readonly LemmaClass[];
  private readonly picker: ClassPicker;
  private readonly keys = new FeatureKeys(32);
  private readonly scores: Float32Array;
  private readonly tagHashes = new Map<string, number>();

  constructor(
    readonly model: LinearModel,
    readonly lexicon: LemmaLexicon,
    readonly compounds: CompoundParts,
    readonly separable: SeparableVerbs,
    readonly meta: Record<string, unknown> = {},
  ) {
    this.classes = model.labels.map((label) => LemmaClass.fromLabel(label));
    this.picker = new ClassPicker(this.classes);
    this.scores = new Float32Array(model.classCount);
  }

  /** The lemmatizer shipped for `language` (models/<language>/lemmatizer.bin). */
  static forLanguage(language: string): Lemmatizer {
    return Lemmatizer.load(shippedModelPath(language, 'lemmatizer.bin'));
  }

  static load(path: string): Lemmatizer {
    return Lemmatizer.fromModelFile(readModelFile(path, LEMMATIZER_KIND));
  }

  static fromModelFile(file: ModelFile): Lemmatizer {
    const model = LinearModel.fromBytes(requireSection(file, 'model'));
    const input = new ByteReader(requireSection(file, 'lexicon'));
    const lexicon = LemmaLexicon.fromArrays(input.uint32Array(), input.json<string[]>());
    const compounds = CompoundParts.fromArrays(input.uint32Array(), input.json<string[]>());
    const separable = SeparableVerbs.fromArray(input.uint32Array());
    return new Lemmatizer(model, lexicon, compounds, separable, file.meta);
  }

  toModelFile(meta: Record<string, unknown>): ModelFile {
    const out = new ByteWriter();
    const { keys, lemmas } = this.lexicon.toArrays();
    out.array(keys);
    out.json(lemmas);
    const compounds = this.compounds.toArrays();
    out.array(compounds.keys);
    out.json(compounds.parts);
    out.array(this.separable.toArray());
    const sections = new Map<string, Uint8Array>([
      ['model', this.model.toBytes()],
      ['lexicon', out.toBytes()],
    ]);
    return { kind: LEMMATIZER_KIND, meta, sections };
  }

  save(path: string, meta: Record<string, unknown>): void {
    writeModelFile(path, this.toModelFile(meta));
  }

  /** Hash of a tag string, as the features and lexicon keys use it. */
  tagHash(tag: string): number {
    let hash = this.tagHashes.get(tag);
    if (hash === undefined) {
      hash = hashString(tag);
      this.tagHashes.set(tag, hash);
    }
    return hash;
  }

  apply(doc: Doc): void {
    const { strings, text } = doc;
    for (let s = 0; s < doc.sentenceCount; s++) {
      const end = doc.sentenceEnd(s);
      for (let i = doc.sentenceStarts[s]; i < end; i++) {
        const upos = strings.get(doc.upos[i]);
        let lemma = this.lemmaOf(text, doc.starts[i], doc.ends[i], upos, strings.get(doc.xpos[i]));
        if (upos === 'VERB' && this.separable.size > 0 && !lemma.includes('_')) {
          lemma = this.withParticle(doc, doc.sentenceStarts[s], i, end, lemma);
        }
        doc.lemma[i] = strings.add(lemma);
      }
    }
  }

  /**
   * `lemma` with the particle of a separable verb prefixed when one stands before "te" right before token `i`
   * ("op te lossen") or closes a clause after it ("lost het op").
   */
  private withParticle(doc: Doc, sentenceStart: number, i: number, sentenceEnd: number, lemma: string): string {
    const { strings, text } = doc;
    if (i - 2 >= sentenceStart && isTe(text, doc.starts[i - 1], doc.ends[i - 1]) && this.separable.has(text, doc.starts[i - 2], doc.ends[i - 2], lemma)) {
      return `${text.slice(doc.starts[i - 2], doc.ends[i - 2]).toLowerCase()}_${lemma}`;
    }
    for (let j = i + 1; j < sentenceEnd; j++) {
      if (!this.separable.has(text, doc.starts[j], doc.ends[j], lemma)) continue;
      const next = j + 1 < sentenceEnd ? strings.get(doc.upos[j + 1]) : 'PUNCT';
      if (!CLAUSE_ENDS.has(next)) continue;
      return `${text.slice(doc.starts[j], doc.ends[j]).toLowerCase()}_${lemma}`;
    }
    return lemma;
  }

  /** The lemma of the word `text[start, end)` tagged `upos` (and `xpos`, '' when unknown). */
  lemmaOf(text: string, start: number, end: number, upos: string, xpos: string): string {
    const uposHash = this.tagHash(upos);
    const xposHash = this.tagHash(xpos);
    const exact =
      this.lexicon.lookup(LemmaLexicon.exactKey(text, start, end, mix(uposHash, xposHash))) ??
      this.lexicon.lookup(LemmaLexicon.exactKey(text, start, end, uposHash));
    if (exact !== undefined) return exact;
    const loose =
      this.lexicon.lookup(LemmaLexicon.lowerKey(text, start, end, uposHash)) ??
      this.lexicon.lookup(LemmaLexicon.exactKey(text, start, end, ANY_TAG));
    if (loose !== undefined && (!KEEP_CASE_TAGS.has(upos) || keepsCase(loose, text, start, end))) return loose;
    const hyphen = this.compounds.hyphenCut(text, start, end, uposHash);
    if (hyphen >= 0) return `${text.slice(start, hyphen).replaceAll('-', '_')}_${this.lemmaOf(text, hyphen + 1, end, upos, xpos)}`;
    const compound = this.compounds.split(text, start, end, uposHash, this.lexicon);
    if (compound !== null && (!KEEP_CASE_TAGS.has(upos) || keepsCase(compound, text, start, end))) return compound;
    const form = text.slice(start, end);
    const lower = form.toLowerCase();
    lemmaFeatures(text, start, end, uposHash, xposHash, this.keys);
    this.model.score(this.keys.hashed(), this.keys.length, this.scores);
    if (this.picker.pick(this.scores, form, lower) >= 0) return withoutBreakMark(this.picker.lemma);
    return KEEP_CASE_TAGS.has(upos) ? form : lower;
  }
}

/** A diaeresis that only split "ge" from the stem ("geëxposeerd" → "ëxposeren") goes with the prefix: "exposeren". */
function withoutBreakMark(lemma: string): string {
  const first = lemma.charCodeAt(0);
  if (first === 0xeb) return `e${lemma.slice(1)}`; // ë
  if (first === 0xef) return `i${lemma.slice(1)}`; // ï
  return lemma;
}

/**
 * Whether a lemma found for another spelling or tag of a name suits this one: it must start with the same character
 * and not just re-case the form ("Belang" is not "belang", "COX" not "Cox"; "Amerikanen" is "Amerikaan").
 */
function keepsCase(lemma: string, text: string, start: number, end: number): boolean {
  if (lemma.charCodeAt(0) !== text.charCodeAt(start)) return false;
  const form = text.slice(start, end);
  return lemma === form || lemma.toLowerCase() !== form.toLowerCase();
}

/** The infinitive marker "te". */
function isTe(text: string, start: number, end: number): boolean {
  return end - start === 2 && (text.charCodeAt(start) | 0x20) === 116 && (text.charCodeAt(start + 1) | 0x20) === 101;
}
