import type { Doc } from '../doc/doc.js';
import { LinearModel, readModelFile, requireSection, shippedModelPath, writeModelFile, type ModelFile } from '../learn/index.js';
import type { Annotation, Component } from '../pipeline/component.js';
import { WordClusters } from './clusters.js';
import { DocumentDecoder, type Choose } from './decode.js';
import { Gazetteer } from './gazetteer.js';
import { EntityLabels, OUTSIDE, startsEntity, typeOf } from './labels.js';

export const NER_KIND = 'ner';
export const NER_MODEL_FILE = 'ner.bin';

/**
 * Named-entity recogniser (PER, LOC, ORG, MISC, as its model has them): greedy BILOU sequence labelling with an
 * averaged-perceptron model over word, affix, shape, context, part-of-speech, word-cluster, name-list and
 * document-memory features; an entity always ends between two words that each name a different known person. Run the tagger first: it reads `doc.upos`. Writes `doc.entityIob` (0 O, 1 B, 2 I) and `doc.entityType`.
 */
export class EntityRecognizer implements Component {
  readonly name = 'ner';
  readonly reads: readonly Annotation[] = ['tokens', 'sentences', 'upos'];
  readonly writes: readonly Annotation[] = ['entities'];
  readonly labels: EntityLabels;
  private readonly decoder: DocumentDecoder;
  private classes = new Int32Array(0);

  constructor(
    readonly model: LinearModel,
    readonly clusters: WordClusters,
    readonly gazetteer: Gazetteer,
    readonly meta: Record<string, unknown> = {},
  ) {
    const types = model.labels.slice(1).filter((_, k) => k % 4 === 0).map((name) => name.slice(2));
    this.labels = new EntityLabels(types);
    if (this.labels.names.join() !== model.labels.join()) throw new Error('EntityRecognizer: model labels are not BILOU labels');
    this.decoder = new DocumentDecoder(this.labels, clusters, gazetteer);
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
      WordClusters.fromBytes(requireSection(file, 'clusters')),
      Gazetteer.fromBytes(requireSection(file, 'gazetteer')),
      file.meta,
    );
  }

  toModelFile(meta: Record<string, unknown>): ModelFile {
    const sections = new Map<string, Uint8Array>([
      ['model', this.model.toBytes()],
      ['clusters', this.clusters.toBytes()],
      ['gazetteer', this.gazetteer.toBytes()],
    ]);
    return { kind: NER_KIND, meta, sections };
  }

  save(path: string, meta: Record<string, unknown>): void {
    writeModelFile(path, this.toModelFile(meta));
  }

  /** BILOU class of every token (index into `labels.names`), without touching the Doc. */
  classify(doc: Doc, out: Int32Array): void {
    const model = this.model;
    const choose: Choose = (keys, n, _token, allowed) => model.predict(keys, n, allowed);
    this.decoder.decode(doc, choose, out);
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
