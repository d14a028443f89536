import type { Doc } from '../doc/doc.js';
import {
  ByteReader,
  ByteWriter,
  LinearModel,
  readModelFile,
  requireSection,
  shippedModelPath,
  writeModelFile,
  type ModelFile,
} from '../learn/index.js';
import type { Annotation, Component } from '../pipeline/component.js';
import { TagDecoder, type Choose } from './decode.js';
import { TagDictionary } from './tag-dictionary.js';
import { KindTags } from './kind-tags.js';
import { WordTags } from './word-tags.js';
import { WordClusters } from '../ner/clusters.js';

export const TAGGER_KIND = 'tagger';

/** Joint tag classes are "UPOS" or "UPOS<TAB>XPOS". */
export const TAG_SEPARATOR = '\t';

/**
 * Greedy left-to-right part-of-speech tagger: writes `doc.upos` and, when trained on treebank tags,
 * `doc.xpos`. It predicts the (UPOS, XPOS) pair as one class, so one feature lookup serves both tag sets.
 * Frequent unambiguous words are tagged from a dictionary, the rest by an averaged-perceptron model over
 * word, affix, shape, window and tag-history features.
 */
export class Tagger implements Component {
  readonly name = 'tagger';
  readonly reads: readonly Annotation[] = ['tokens', 'sentences'];
  readonly writes: readonly Annotation[];
  readonly hasXpos: boolean;
  private readonly decoder: TagDecoder;
  private readonly uposOf: string[];
  private readonly xposOf: string[];
  private tagBuffer = new Int32Array(0);

  constructor(
    readonly model: LinearModel,
    readonly dictionary: TagDictionary,
    readonly lexicon: WordTags,
    readonly kinds: KindTags,
    /**
     * Whether the model uses clause-end features: set in training for languages whose clauses often end in a
     * verb (Dutch participles and infinitives), where the clause end tells an auxiliary from a main verb.
     */
    readonly clauseEnds: boolean,
    /** Word clusters from unlabelled text, stored in the tagger's own file (null: the model does not use them). */
    readonly clusters: WordClusters | null,
    readonly meta: Record<string, unknown> = {},
  ) {
    const split = model.labels.map((label) => label.split(TAG_SEPARATOR));
    this.uposOf = split.map((parts) => parts[0]);
    this.xposOf = split.map((parts) => parts[1] ?? '');
    this.hasXpos = this.xposOf.some((x) => x !== '');
    this.writes = this.hasXpos ? ['upos', 'xpos'] : ['upos'];
    this.decoder = new TagDecoder(dictionary, lexicon, kinds, clauseEnds, clusters, WordTags.bitOf(this.uposOf, 'VERB'));
  }

  /** The tagger shipped for `language` (models/<language>/tagger.bin). */
  static forLanguage(language: string): Tagger {
    return Tagger.load(shippedModelPath(language, 'tagger.bin'));
  }

  static load(path: string): Tagger {
    return Tagger.fromModelFile(readModelFile(path, TAGGER_KIND));
  }

  static fromModelFile(file: ModelFile): Tagger {
    const model = LinearModel.fromBytes(requireSection(file, 'model'));
    const input = new ByteReader(requireSection(file, 'words'));
    const dictionary = TagDictionary.fromArrays(input.uint32Array(), input.uint32Array());
    const lexicon = WordTags.fromArrays(input.uint32Array(), input.uint32Array());
    const kinds = KindTags.fromBytes(input.uint8Array(), model.classCount);
    const clauseEnds = input.u32() === 1;
    const clusterBytes = file.sections.get('clusters');
    const clusters = clusterBytes ? WordClusters.fromBytes(clusterBytes) : null;
    return new Tagger(model, dictionary, lexicon, kinds, clauseEnds, clusters, file.meta);
  }

  toModelFile(meta: Record<string, unknown>): ModelFile {
    const out = new ByteWriter();
    const { words, tags } = this.dictionary.toArrays();
    out.array(words);
    out.array(tags);
    const { words: lexiconWords, masks } = this.lexicon.toArrays();
    out.array(lexiconWords);
    out.array(masks);
    out.array(this.kinds.toBytes(this.model.classCount));
    out.u32(this.clauseEnds ? 1 : 0);
    const sections = new Map<string, Uint8Array>([
      ['model', this.model.toBytes()],
      ['words', out.toBytes()],
    ]);
    if (this.clusters) sections.set('clusters', this.clusters.toBytes());
    return { kind: TAGGER_KIND, meta, sections };
  }

  save(path: string, meta: Record<string, unknown>): void {
    writeModelFile(path, this.toModelFile(meta));
  }

  apply(doc: Doc): void {
    const n = doc.length;
    if (this.tagBuffer.length < n) this.tagBuffer = new Int32Array(n);
    const tags = this.tagBuffer;
    const model = this.model;
    const choose: Choose = (keys, count, _token, allowed) => model.predict(keys, count, allowed);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      this.decoder.tagSentence(doc, start, end, choose, tags);
    }
    const uposIds = this.uposOf.map((label) => doc.strings.add(label));
    const xposIds = this.xposOf.map((label) => doc.strings.add(label));
    for (let i = 0; i < n; i++) {
      doc.upos[i] = uposIds[tags[i]];
      doc.xpos[i] = xposIds[tags[i]];
    }
  }
}
