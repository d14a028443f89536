import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Doc } from '../doc/doc.js';
import type { ConlluSentence } from '../io/conllu.js';
import {
  FeatureKeys,
  PerceptronTrainer,
  SeededRandom,
  argmax,
  readTreebank,
  shuffleOrders,
  trainEpochs,
  treebankFromSentences,
  writeModelFile,
  type CompactOptions,
  type Treebank,
} from '../learn/index.js';
import { EncodedSentence, MAX_FEATURES, MAX_LABEL_FEATURES, extractFeatures, extractLabelFeatures } from './features.js';
import { DependencyParser, PARSER_FILE } from './parser.js';
import { LIFT_SEPARATOR, projectivize } from './projectivize.js';
import { attachmentScores, type AttachmentScores } from './score.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, SHIFT } from './transitions.js';

export interface ParserTrainingOptions {
  /** Language code recorded in the model ("nl", "en"). */
  language: string;
  /** CoNLL-U training files (.gz allowed). Never dev or test files. */
  train: string[];
  /** CoNLL-U dev files; the epoch with the best mean LAS over them is kept. */
  dev: string[];
  /** Directory the model is written to (as `parser.bin`); omit to only return the parser. */
  out?: string;
  /** Passes over the training data (default 12). */
  epochs?: number;
  /** Parsers trained side by side on different sentence orders, their averaged weights averaged again (default 1). */
  orders?: number;
  /** Seed for shuffling and exploration (default 1). */
  seed?: number;
  /** Use only the first `limit` training sentences of each file (for quick experiments). */
  limit?: number;
  /** Dynamic-oracle exploration: from this epoch on follow the model's own move (default 2). */
  exploreFrom?: number;
  /** Probability of following the model's own move when exploring (default 0.9). */
  exploreProbability?: number;
  /** Lifted labels (`dep||headdep`) seen fewer times than this fall back to the plain label (default 5). */
  minLiftedLabelCount?: number;
  /** Pruning of the averaged weights when the model is compacted. */
  compact?: CompactOptions;
  /**
   * Writes UPOS into a treebank's Doc before training or scoring (e.g. a tagger's predictions, so the parser
   * learns from and is scored with realistic tags). Default: the gold UPOS.
   */
  tag?: (doc: Doc, treebank: Treebank, use: 'train' | 'dev') => void;
  /** Adjusts the training sentences in place before training (e.g. harmonises annotation conventions). */
  adjustTraining?: (sentences: ConlluSentence[]) => void;
  /** Progress and per-epoch dev reports (default stderr). */
  log?: Writable;
}

export interface ParserTrainingResult {
  parser: DependencyParser;
  epoch: number;
  /** Dev scores of the kept epoch, per dev file. */
  dev: Record<string, AttachmentScores>;
  /** Path the model was written to, when `out` was given. */
  path?: string;
}

/** One training sentence: tokens [start, start + n) of the training Doc and its projectivized gold tree. */
interface TrainingItem {
  start: number;
  n: number;
  /** Gold head of each word, sentence-relative, n for the root. */
  goldHeads: Int32Array;
  /** Gold label id of each word (in the full label list). */
  goldLabels: Int32Array;
  /**
   * 1 where the gold label is a bare relation that the word's source treebank never subtypes (e.g. LassySmall
   * r1.4 has no obl:arg or acl:relcl): any subtype of it counts as correct there.
   */
  lenient: Uint8Array;
}

/** Trains a parser: seeded, deterministic, dev LAS reported per epoch, best epoch kept. */
export function trainParser(options: ParserTrainingOptions): ParserTrainingResult {
  const log = options.log ?? process.stderr;
  const tag = options.tag ?? goldTags;
  const files = options.train.map((path) =>
    readTreebank([path], options.language)
      .sentences.slice(0, options.limit)
      .filter((sentence) => sentence.words.length > 0),
  );
  const sentences = files.flat();
  options.adjustTraining?.(sentences);
  const train = treebankFromSentences(sentences, options.language);
  const sourceOf = files.flatMap((sentences, f) => sentences.map(() => f));
  tag(train.doc, train, 'train');
  const devSets = options.dev.map((path) => {
    const treebank = readTreebank([path], options.language);
    tag(treebank.doc, treebank, 'dev');
    return { name: basename(path), treebank };
  });
  const { items, labels, leftLabels, rightLabels, lifted } = prepare(train, sourceOf, options.minLiftedLabelCount ?? 5);
  log.write(
    `parser ${options.language}: ${items.length} training sentences, ${labels.length} labels ` +
      `(${lifted} lifted arcs), ${devSets.length} dev files\n`,
  );

  const useXpos = train.doc.xpos.some((id) => train.doc.strings.get(id) !== '');
  // Session k learns sentence orders[k][i] where the epoch loop hands out i.
  const orders = shuffleOrders(items.length, options.orders ?? 1, options.seed ?? 1);
  const sessions = orders.map((_, k) => new TrainingSession(train.doc, labels, leftLabels, rightLabels, useXpos, options, k));
  let epoch = 0;
  const history: { epoch: number; dev: Record<string, AttachmentScores> }[] = [];
  const best = trainEpochs({
    items: items.map((_, i) => i),
    epochs: options.epochs ?? 12,
    seed: options.seed ?? 1,
    label: `parser ${options.language}`,
    log,
    learn: (i) => sessions.forEach((session, k) => session.learn(items[orders[k][i]], epoch + 1)),
    snapshot: () => {
      epoch++;
      const parser = meanParser(sessions, options.language, options.compact ?? {});
      const dev: Record<string, AttachmentScores> = {};
      let sum = 0;
      for (const { name, treebank } of devSets) {
        parser.parse(treebank.doc);
        dev[name] = attachmentScores(treebank, treebank.doc);
        sum += dev[name].las;
      }
      history.push({ epoch, dev });
      const report = devSets.map(({ name }) => `${name} UAS ${dev[name].uas.toFixed(2)} LAS ${dev[name].las.toFixed(2)}`);
      return { model: { parser, dev }, score: devSets.length ? sum / devSets.length : 0, report: report.join(', ') };
    },
  });

  const { parser, dev } = best.model;
  Object.assign(parser.meta, {
    trainedOn: options.train.map((p) => basename(p)),
    trainingSentences: items.length,
    devFiles: devSets.map((s) => s.name),
    epochs: options.epochs ?? 12,
    bestEpoch: best.epoch,
    seed: options.seed ?? 1,
    dev,
    devHistory: history,
    date: new Date().toISOString().slice(0, 10),
  });
  const result: ParserTrainingResult = { parser, epoch: best.epoch, dev };
  if (options.out !== undefined) {
    result.path = join(options.out, PARSER_FILE);
    writeModelFile(result.path, parser.toModelFile());
    log.write(`parser ${options.language}: wrote ${result.path} (epoch ${best.epoch})\n`);
  }
  return result;
}

/** Copies a treebank's gold UPOS and XPOS into its Doc. */
export function goldTags(doc: Doc, treebank: Treebank): void {
  for (let i = 0; i < doc.length; i++) {
    doc.upos[i] = doc.strings.add(treebank.upos[i]);
    doc.xpos[i] = doc.strings.add(treebank.xpos[i]);
  }
}

/**
 * Projectivizes the gold trees and collects the label inventories. `sourceOf` gives each sentence's
 * training file, to know which relations each file subtypes.
 */
function prepare(train: Treebank, sourceOf: number[], minLiftedLabelCount: number) {
  const { doc } = train;
  const subtyped = new Map<number, Set<string>>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    let relations = subtyped.get(sourceOf[s]);
    if (!relations) subtyped.set(sourceOf[s], (relations = new Set()));
    for (let i = start; i < end; i++) {
      const colon = train.deprel[i].indexOf(':');
      if (colon > 0) relations.add(train.deprel[i].slice(0, colon));
    }
  }
  const sentences: { start: number; heads: Int32Array; labels: string[]; lifted: number }[] = [];
  const counts = new Map<string, number>();
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    const heads = Int32Array.from(train.head.subarray(start, end), (h) => (h < 0 ? -1 : h - start));
    const p = projectivize(heads, train.deprel.slice(start, end));
    for (const label of p.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    sentences.push({ start, ...p });
  }
  const keep = (label: string): string =>
    label.includes(LIFT_SEPARATOR) && (counts.get(label) ?? 0) < minLiftedLabelCount
      ? label.slice(0, label.indexOf(LIFT_SEPARATOR))
      : label;
  const labelIds = new Map<string, number>();
  const left = new Set<string>();
  const right = new Set<string>();
  let lifted = 0;
  const items: TrainingItem[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const p = sentences[s];
    const n = p.heads.length;
    lifted += p.lifted;
    const goldHeads = new Int32Array(n);
    const goldLabels = new Int32Array(n);
    const lenient = new Uint8Array(n);
    const relations = subtyped.get(sourceOf[s])!;
    for (let i = 0; i < n; i++) {
      const original = train.deprel[p.start + i];
      if (!original.includes(':') && !relations.has(original)) lenient[i] = 1;
      const label = keep(p.labels[i]);
      let id = labelIds.get(label);
      if (id === undefined) labelIds.set(label, (id = labelIds.size));
      goldLabels[i] = id;
      goldHeads[i] = p.heads[i] < 0 ? n : p.heads[i];
      (i < goldHeads[i] ? left : right).add(label);
    }
    items.push({ start: p.start, n, goldHeads, goldLabels, lenient });
  }
  const labels = [...labelIds.keys()];
  const ordered = (set: Set<string>): string[] => labels.filter((l) => set.has(l));
  // A classifier needs two classes; pad a one-label direction with any other label.
  const pad = (list: string[]): string[] =>
    list.length >= 2 ? list : [...list, ...labels.filter((l) => !list.includes(l))].slice(0, 2);
  return { items, labels, leftLabels: pad(ordered(left)), rightLabels: pad(ordered(right)), lifted };
}

/** Online training state of one sentence order: one perceptron for moves, one per arc direction for labels. */
class TrainingSession {
  readonly moves = new PerceptronTrainer(['SHIFT', 'LEFT', 'RIGHT'], 1 << 20);
  readonly left: PerceptronTrainer;
  readonly right: PerceptronTrainer;
  /** Per full-label id: its class in the left / right classifier, or -1. */
  private readonly leftClass: Int32Array;
  private readonly rightClass: Int32Array;
  private readonly leftToLabel: Int32Array;
  private readonly rightToLabel: Int32Array;
  /** Per label id: id of its relation without subtype (lift suffix kept). */
  private readonly relationOf: Int32Array;
  private readonly random: SeededRandom;
  private readonly state = new ParseState();
  private readonly sentence = new EncodedSentence();
  private readonly keys = new FeatureKeys(Math.max(MAX_FEATURES, MAX_LABEL_FEATURES));
  private readonly moveScores = new Float32Array(MOVE_COUNT);
  private readonly costs = new Int32Array(MOVE_COUNT);
  private readonly labelScores: Float32Array;

  constructor(
    private readonly doc: Doc,
    readonly labels: string[],
    leftLabels: string[],
    rightLabels: string[],
    readonly useXpos: boolean,
    private readonly options: ParserTrainingOptions,
    /** Which of the sessions trained side by side this is: seeds its exploration. */
    order = 0,
  ) {
    this.sentence.useXtags = useXpos;
    this.left = new PerceptronTrainer(leftLabels, 1 << 18);
    this.right = new PerceptronTrainer(rightLabels, 1 << 16);
    const classOf = (list: string[]): Int32Array => Int32Array.from(labels, (l) => list.indexOf(l));
    this.leftClass = classOf(leftLabels);
    this.rightClass = classOf(rightLabels);
    this.leftToLabel = Int32Array.from(leftLabels, (l) => labels.indexOf(l));
    this.rightToLabel = Int32Array.from(rightLabels, (l) => labels.indexOf(l));
    this.labelScores = new Float32Array(Math.max(leftLabels.length, rightLabels.length));
    const relations = new Map<string, number>();
    this.relationOf = Int32Array.from(labels, (label) => {
      const relation = withoutSubtype(label);
      let id = relations.get(relation);
      if (id === undefined) relations.set(relation, (id = relations.size));
      return id;
    });
    this.random = new SeededRandom((options.seed ?? 1) * 7919 + 17 + order * 104729);
  }

  learn(item: TrainingItem, epoch: number): void {
    const { state, sentence, keys, moveScores, costs } = this;
    const { start, n, goldHeads } = item;
    const { doc } = this;
    sentence.reset(n);
    for (let i = 0; i < n; i++) {
      const t = start + i;
      sentence.set(i, doc.text, doc.starts[t], doc.ends[t], doc.strings.get(doc.upos[t]), doc.strings.get(doc.xpos[t]));
    }
    state.reset(n);
    const explore = epoch >= (this.options.exploreFrom ?? 2);
    const p = this.options.exploreProbability ?? 0.9;
    while (!state.done) {
      const forced = this.forcedMove();
      if (forced >= 0) {
        state.apply(forced, forced === SHIFT ? 0 : this.learnLabel(forced, item));
        continue;
      }
      extractFeatures(state, sentence, keys);
      const hashed = keys.hashed();
      this.moves.score(hashed, keys.length, moveScores);
      let guess = -1;
      let minCost = Infinity;
      for (let m = 0; m < MOVE_COUNT; m++) {
        if (!state.isLegal(m)) continue;
        costs[m] = state.cost(m, goldHeads);
        minCost = Math.min(minCost, costs[m]);
        if (guess < 0 || moveScores[m] > moveScores[guess]) guess = m;
      }
      let oracle = -1;
      for (let m = 0; m < MOVE_COUNT; m++) {
        if (!state.isLegal(m) || costs[m] !== minCost) continue;
        if (oracle < 0 || moveScores[m] > moveScores[oracle]) oracle = m;
      }
      if (costs[guess] > minCost) this.moves.update(hashed, keys.length, oracle, guess);
      this.moves.tick();
      const move = explore && this.random.next() < p ? guess : oracle;
      state.apply(move, move === SHIFT ? 0 : this.learnLabel(move, item));
    }
  }

  /** The only legal move, or -1 when there is a choice (the parser does not score forced moves). */
  private forcedMove(): number {
    let move = -1;
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (!this.state.isLegal(m)) continue;
      if (move >= 0) return -1;
      move = m;
    }
    return move;
  }

  /** Predicts the label of the arc `move` adds, learning from it when the arc is correct. */
  private learnLabel(move: number, item: TrainingItem): number {
    const { state, keys } = this;
    const dependent = state.stackAt(0);
    const head = move === LEFT ? state.bufferAt(0) : state.stackAt(1);
    const other = move === LEFT ? state.stackAt(1) : state.bufferAt(0);
    extractLabelFeatures(state, this.sentence, head, dependent, other, keys);
    const hashed = keys.hashed();
    const trainer = move === RIGHT ? this.right : this.left;
    trainer.score(hashed, keys.length, this.labelScores);
    const guess = argmax(this.labelScores, trainer.labels.length);
    const guessLabel = (move === RIGHT ? this.rightToLabel : this.leftToLabel)[guess];
    if (item.goldHeads[dependent] === head) {
      const gold = item.goldLabels[dependent];
      const truth = (move === RIGHT ? this.rightClass : this.leftClass)[gold];
      const acceptable = item.lenient[dependent] === 1 && this.relationOf[guessLabel] === this.relationOf[gold];
      if (truth >= 0 && !acceptable) trainer.update(hashed, keys.length, truth, guess);
      trainer.tick();
    }
    return guessLabel;
  }

}

/** A parser whose weights are the mean of the sessions' averaged weights. */
function meanParser(sessions: readonly TrainingSession[], language: string, compact: CompactOptions): DependencyParser {
  const [first] = sessions;
  const mean = (trainers: (session: TrainingSession) => PerceptronTrainer) => PerceptronTrainer.meanModel(sessions.map(trainers), compact);
  return new DependencyParser(
    {
      useXpos: first.useXpos,
      labels: first.labels,
      moves: mean((session) => session.moves),
      leftLabels: mean((session) => session.left),
      rightLabels: mean((session) => session.right),
    },
    { language },
  );
}

/** `acl:relcl` → `acl`, `obl:arg||nsubj:pass` → `obl||nsubj:pass`. */
function withoutSubtype(label: string): string {
  const lift = label.indexOf(LIFT_SEPARATOR);
  const base = lift < 0 ? label : label.slice(0, lift);
  const colon = base.indexOf(':');
  return (colon < 0 ? base : base.slice(0, colon)) + (lift < 0 ? '' : label.slice(lift));
}
