import { attachExtraposedPhrases, verbFinalClauseMarkers } from './extraposition.js';
import { NO_HEAD, type Doc } from '../doc/doc.js';
import type { Annotation, Component } from '../pipeline/component.js';
import {
  FeatureKeys,
  LinearModel,
  jsonSection,
  readJsonSection,
  readModelFile,
  requireSection,
  decodeModelFile,
  encodeModelFile,
  shippedModelPath,
  type ModelFile,
} from '../learn/index.js';
import { EncodedSentence, MAX_FEATURES, MAX_LABEL_FEATURES, extractFeatures, extractLabelFeatures } from './features.js';
import { LIFT_SEPARATOR, deprojectivize } from './projectivize.js';
import { attachPunctuation } from './punctuation.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, SHIFT } from './transitions.js';

export const PARSER_KIND = 'parser';

/** File name of a parser model inside a language's model directory. */
export const PARSER_FILE = 'parser.bin';

/** What a parser model file records besides its weights. */
export interface ParserMeta {
  language: string;
  /** Free-form provenance: training files, epochs, dev scores, date. */
  [key: string]: unknown;
}

/** The trained parts of a parser: move classifier, one label classifier per arc direction. */
export interface ParserModels {
  /** Whether the features include XPOS (models trained on tagger output with treebank tags). */
  useXpos: boolean;
  /** All labels, including lifted ones (`dep||headdep`); the label classifiers' classes are a subset each. */
  labels: readonly string[];
  moves: LinearModel;
  leftLabels: LinearModel;
  rightLabels: LinearModel;
}

/**
 * Greedy arc-hybrid dependency parser with pseudo-projective labels. Reads `doc.upos` (and `doc.xpos` when the
 * model was trained with treebank tags, as for English), writes `doc.head` (doc-wide token index, NO_HEAD for
 * each sentence's root) and `doc.dep`, sentence by sentence.
 * Not re-entrant: one instance keeps scratch buffers, so use one per thread of work.
 */
export class DependencyParser implements Component {
  readonly name = 'parser';
  readonly reads: readonly Annotation[];
  readonly writes: readonly Annotation[] = ['deps'];
  readonly labels: readonly string[];
  private readonly moves: LinearModel;
  private readonly leftLabels: LinearModel;
  private readonly rightLabels: LinearModel;
  /** Maps each label classifier's classes to ids in `labels`. */
  private readonly leftToLabel: Int32Array;
  private readonly rightToLabel: Int32Array;
  /** Per label: 1 when it records a lift (`dep||headdep`) to undo after parsing. */
  private readonly isLifted: Uint8Array;

  private readonly state = new ParseState();
  private readonly sentence = new EncodedSentence();
  private readonly keys = new FeatureKeys(Math.max(MAX_FEATURES, MAX_LABEL_FEATURES));
  private readonly moveScores = new Float32Array(MOVE_COUNT);
  /** Words that open a verb-final clause in the model's language (see extraposition.ts). */
  private readonly clauseMarkers: ReadonlySet<string>;

  constructor(
    models: ParserModels,
    readonly meta: ParserMeta,
  ) {
    this.labels = models.labels;
    this.moves = models.moves;
    this.leftLabels = models.leftLabels;
    this.rightLabels = models.rightLabels;
    const id = new Map(models.labels.map((label, i) => [label, i]));
    const toIds = (model: LinearModel): Int32Array =>
      Int32Array.from(model.labels, (label) => {
        const i = id.get(label);
        if (i === undefined) throw new Error(`parser model: unknown label '${label}'`);
        return i;
      });
    this.leftToLabel = toIds(models.leftLabels);
    this.rightToLabel = toIds(models.rightLabels);
    this.isLifted = Uint8Array.from(models.labels, (label) => (label.includes(LIFT_SEPARATOR) ? 1 : 0));
    this.sentence.useXtags = models.useXpos;
    this.clauseMarkers = verbFinalClauseMarkers(meta.language);
    this.reads = models.useXpos ? ['tokens', 'sentences', 'upos', 'xpos'] : ['tokens', 'sentences', 'upos'];
  }

  /** Whether the model reads XPOS besides UPOS. */
  get usesXpos(): boolean {
    return this.sentence.useXtags;
  }

  /** The parser shipped for `language` (models/<language>/parser.bin). */
  static forLanguage(language: string): DependencyParser {
    return DependencyParser.load(shippedModelPath(language, PARSER_FILE));
  }

  apply(doc: Doc): void {
    this.parse(doc);
  }

  /** Parses every sentence of `doc` in place. */
  parse(doc: Doc): void {
    const labelIds = new Int32Array(this.labels.length).fill(-1);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      this.parseSentence(doc, start, end, labelIds);
    }
  }

  /** Parses tokens [start, end) of `doc`; `labelIds` caches each label's id in `doc.strings` (-1 unknown). */
  private parseSentence(doc: Doc, start: number, end: number, labelIds: Int32Array): void {
    const n = end - start;
    const { state, sentence } = this;
    sentence.reset(n);
    for (let i = 0; i < n; i++) {
      const t = start + i;
      sentence.set(i, doc.text, doc.starts[t], doc.ends[t], doc.strings.get(doc.upos[t]), doc.strings.get(doc.xpos[t]));
    }
    state.reset(n);
    while (!state.done) this.step();
    let lifted = false;
    for (let i = 0; i < n; i++) {
      const label = state.labels[i];
      if (this.isLifted[label]) lifted = true;
      if (labelIds[label] < 0) labelIds[label] = doc.strings.add(this.labels[label]);
      doc.head[start + i] = state.heads[i] === n ? NO_HEAD : start + state.heads[i];
      doc.dep[start + i] = labelIds[label];
    }
    if (lifted) this.lower(doc, start, n);
    attachExtraposedPhrases(doc, start, end, this.clauseMarkers);
    this.attachMarks(doc, start, n);
  }

  /** Re-attaches the sentence's punctuation by the treebanks' rule (see punctuation.ts). */
  private attachMarks(doc: Doc, start: number, n: number): void {
    const punctTag = doc.strings.find('PUNCT');
    if (punctTag < 0) return;
    const punct = new Uint8Array(n);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (doc.upos[start + i] !== punctTag) continue;
      punct[i] = 1;
      any = true;
    }
    if (!any) return;
    const heads = new Int32Array(n);
    for (let i = 0; i < n; i++) heads[i] = doc.head[start + i] === NO_HEAD ? -1 : doc.head[start + i] - start;
    const attached = attachPunctuation(heads, punct, (i) => doc.text.slice(doc.starts[start + i], doc.ends[start + i]));
    if (!attached) return;
    const label = doc.strings.add('punct');
    for (let i = 0; i < n; i++) {
      if (!attached[i]) continue;
      doc.head[start + i] = start + heads[i];
      doc.dep[start + i] = label;
    }
  }

  /** Moves lifted words of the sentence at `start` back under the head their label names. */
  private lower(doc: Doc, start: number, n: number): void {
    const heads = new Int32Array(n);
    const labels: string[] = [];
    for (let i = 0; i < n; i++) {
      heads[i] = this.state.heads[i] === n ? -1 : this.state.heads[i];
      labels.push(this.labels[this.state.labels[i]]);
    }
    deprojectivize(heads, labels);
    for (let i = 0; i < n; i++) {
      doc.head[start + i] = heads[i] < 0 ? NO_HEAD : start + heads[i];
      doc.dep[start + i] = doc.strings.add(labels[i]);
    }
  }

  private step(): void {
    const { state, keys, moveScores } = this;
    let move = -1;
    let legal = 0;
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (state.isLegal(m)) {
        legal++;
        move = m;
      }
    }
    if (legal > 1) {
      // Only a real choice needs the move classifier.
      extractFeatures(state, this.sentence, keys);
      this.moves.score(keys.hashed(), keys.length, moveScores);
      move = -1;
      for (let m = 0; m < MOVE_COUNT; m++) {
        if (state.isLegal(m) && (move < 0 || moveScores[m] > moveScores[move])) move = m;
      }
    }
    state.apply(move, move === SHIFT ? 0 : this.predictLabel(move));
  }

  /** Label id for the arc that `move` (LEFT or RIGHT) is about to add. */
  private predictLabel(move: number): number {
    const { state, keys } = this;
    const dependent = state.stackAt(0);
    const head = move === LEFT ? state.bufferAt(0) : state.stackAt(1);
    const other = move === LEFT ? state.stackAt(1) : state.bufferAt(0);
    extractLabelFeatures(state, this.sentence, head, dependent, other, keys);
    const model = move === RIGHT ? this.rightLabels : this.leftLabels;
    const best = model.predict(keys.hashed(), keys.length);
    return (move === RIGHT ? this.rightToLabel : this.leftToLabel)[best];
  }


  toModelFile(): ModelFile {
    return {
      kind: PARSER_KIND,
      meta: this.meta,
      sections: new Map([
        ['settings', jsonSection({ useXpos: this.sentence.useXtags })],
        ['labels', jsonSection(this.labels)],
        ['moves', this.moves.toBytes()],
        ['left-labels', this.leftLabels.toBytes()],
        ['right-labels', this.rightLabels.toBytes()],
      ]),
    };
  }

  toBytes(): Uint8Array {
    return encodeModelFile(this.toModelFile());
  }

  static fromModelFile(file: ModelFile): DependencyParser {
    return new DependencyParser(
      {
        useXpos: readJsonSection<{ useXpos: boolean }>(file, 'settings').useXpos,
        labels: readJsonSection<string[]>(file, 'labels'),
        moves: LinearModel.fromBytes(requireSection(file, 'moves')),
        leftLabels: LinearModel.fromBytes(requireSection(file, 'left-labels')),
        rightLabels: LinearModel.fromBytes(requireSection(file, 'right-labels')),
      },
      file.meta as ParserMeta,
    );
  }

  static fromBytes(bytes: Uint8Array): DependencyParser {
    return DependencyParser.fromModelFile(decodeModelFile(bytes, PARSER_KIND));
  }

  static load(path: string): DependencyParser {
    return DependencyParser.fromModelFile(readModelFile(path, PARSER_KIND));
  }
}
