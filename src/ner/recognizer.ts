import type { Doc } from '../doc/doc.js';
import { argmaxAllowed, jsonSection, LinearModel, readJsonSection, readModelFile, requireSection, shippedModelPath, writeModelFile, type ModelFile } from '../learn/index.js';
import type { Annotation, Component } from '../pipeline/component.js';
import { WordClusters } from './clusters.js';
import { DocumentDecoder, type Choose } from './decode.js';
import { Gazetteer } from './gazetteer.js';
import { EntityLabels, OUTSIDE, startsEntity, typeOf } from './labels.js';
import { dropUncapitalisedEntities, entitiesNeedCapital } from './capitalised.js';

export const NER_KIND = 'ner';
export const NER_MODEL_FILE = 'ner.bin';

/**
 * Named-entity recogniser (PER, LOC, ORG, MISC, as its model has them): greedy BILOU sequence labelling in two passes
 * (one when the model file has no first-pass model) with averaged-perceptron models over word, affix, shape, context,
 * part-of-speech, word-cluster, name-list and document features; the second pass also sees what the first made of
 * every other mention of a capitalised word (DocumentDecoder), and adds a score offset per entity type tuned on dev;
 * an entity always ends between two words
 * that each name a different known person, and in languages that write names with a capital it has a capitalised word. Run the tagger first: it reads `doc.upos`. Writes `doc.entityIob` (0 O, 1 B, 2 I) and `doc.entityType`.
 */
export class EntityRecognizer implements Component {
  readonly name = 'ner';
  readonly reads: readonly Annotation[] = ['tokens', 'sentences', 'upos'];
  readonly writes: readonly Annotation[] = ['entities'];
  readonly labels: EntityLabels;
  /** Score offset of each entity type in perceptron weight units, tuned on dev (calibrate.ts); 0 by default. */
  readonly typeOffsets: Float32Array;
  private readonly decoder: DocumentDecoder;
  private classes = new Int32Array(0);
  /** typeOffsets per class, in the model's quantised score units. */
  private readonly classOffsets: Float32Array;
  private readonly scores: Float32Array;
  private readonly chooseFirst: Choose | null;
  /** The type offsets only shift the final decisions. */
  private readonly chooseSecond: Choose;

  constructor(
    /** Scores the second pass (the final decisions). */
    readonly model: LinearModel,
    /**
     * Scores the first pass, whose decisions on each mention are the votes the second pass sees; null for a model
     * that decodes in one pass (trained so, or before the two passes).
     */
    readonly firstPass: LinearModel | null,
    readonly clusters: WordClusters,
    readonly gazetteer: Gazetteer,
    readonly meta: Record<string, unknown> = {},
    typeOffsets: ArrayLike<number> = [],
  ) {
    const types = model.labels.slice(1).filter((_, k) => k % 4 === 0).map((name) => name.slice(2));
    this.labels = new EntityLabels(types);
    if (this.labels.names.join() !== model.labels.join()) throw new Error('EntityRecognizer: model labels are not BILOU labels');
    if (firstPass && firstPass.labels.join() !== model.labels.join()) throw new Error('EntityRecognizer: the two passes have different labels');
    this.decoder = new DocumentDecoder(this.labels, clusters, gazetteer);
    this.typeOffsets = new Float32Array(types.length);
    this.classOffsets = new Float32Array(this.labels.count);
    this.scores = new Float32Array(this.labels.count);
    for (let type = 0; type < typeOffsets.length; type++) this.setTypeOffset(type, typeOffsets[type]);
    this.chooseFirst = firstPass && ((keys, n, _token, allowed) => firstPass.predict(keys, n, allowed));
    const { classOffsets, scores } = this;
    this.chooseSecond = (keys, n, _token, allowed) => {
      model.score(keys, n, scores);
      for (let c = 0; c < scores.length; c++) scores[c] += classOffsets[c];
      return argmaxAllowed(scores, scores.length, allowed);
    };
  }

  /** Adds `offset` (perceptron weight units) to the scores of every class of entity type `type`. */
  setTypeOffset(type: number, offset: number): void {
    this.typeOffsets[type] = offset;
    for (let c = 1; c < this.labels.count; c++) if (typeOf(c) === type) this.classOffsets[c] = offset / this.model.scale;
  }

  /**
   * The shipped recogniser of a language: models/<modelName>/ner.bin, where modelName defaults to the language
   * ('nl', 'en'); 'nl-open' is the Dutch model trained on openly licensed data only.
   */
  static forLanguage(language: string, modelName: string = language): EntityRecognizer {
    if (!modelName.startsWith(language)) throw new RangeError(`EntityRecognizer: model '${modelName}' is not for language '${language}'`);
    return EntityRecognizer.load(shippedModelPath(modelName, NER_MODEL_FILE));
  }

  static load(path: string): EntityRecognizer {
    return EntityRecognizer.fromModelFile(readModelFile(path, NER_KIND));
  }

  static fromModelFile(file: ModelFile): EntityRecognizer {
    return new EntityRecognizer(
      LinearModel.fromBytes(requireSection(file, 'model')),
      file.sections.has('firstPass') ? LinearModel.fromBytes(requireSection(file, 'firstPass')) : null,
      WordClusters.fromBytes(requireSection(file, 'clusters')),
      Gazetteer.fromBytes(requireSection(file, 'gazetteer')),
      file.meta,
      // Models from before the offsets had none.
      file.sections.has('typeOffsets') ? readJsonSection<number[]>(file, 'typeOffsets') : [],
    );
  }

  toModelFile(meta: Record<string, unknown>): ModelFile {
    const sections = new Map<string, Uint8Array>([
      ['model', this.model.toBytes()],
      ...(this.firstPass ? [['firstPass', this.firstPass.toBytes()] as [string, Uint8Array]] : []),
      ['clusters', this.clusters.toBytes()],
      ['gazetteer', this.gazetteer.toBytes()],
      ['typeOffsets', jsonSection(Array.from(this.typeOffsets))],
    ]);
    return { kind: NER_KIND, meta, sections };
  }

  save(path: string, meta: Record<string, unknown>): void {
    writeModelFile(path, this.toModelFile(meta));
  }

  /** BILOU class of every token (index into `labels.names`), without touching the Doc. */
  classify(doc: Doc, out: Int32Array): void {
    this.decoder.decode(doc, this.chooseFirst, this.chooseSecond, out);
    if (entitiesNeedCapital(doc.language)) dropUncapitalisedEntities(doc, out);
  }

  apply(doc: Doc): void {
    if (this.classes.length < doc.length) this.classes = new Int32Array(doc.length * 2);
    const classes = this.classes;
    this.classify(doc, classes);
    writeEntities(doc, classes, this.labels);
  }
}

/** Writes BILOU classes into the Doc's IOB arrays. */
export function writeEntities(doc: Doc, classes: Int32Array, labels: EntityLabels): void {
  const typeIds = labels.types.map((type) => doc.strings.add(type));
  for (let i = 0; i < doc.length; i++) {
    const label = classes[i];
    if (label === OUTSIDE) {
      doc.entityIob[i] = 0;
      doc.entityType[i] = 0;
      continue;
    }
    doc.entityIob[i] = startsEntity(label) ? 1 : 2;
    doc.entityType[i] = typeIds[typeOf(label)];
  }
}
