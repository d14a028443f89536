import type { Writable } from 'node:stream';
import { PerceptronTrainer, shuffleOrders, trainEpochs } from '../learn/index.js';
import { calibrateTypes } from './calibrate.js';
import type { WordClusters } from './clusters.js';
import { DocumentDecoder, type Choose } from './decode.js';
import { evaluateRecognizer, type NerScores } from './evaluate.js';
import { Gazetteer } from './gazetteer.js';
import { EntityLabels, spansOfTags } from './labels.js';
import { trainingNames, type ListedName } from './name-lists.js';
import type { NerDocument } from './read.js';
import { EntityRecognizer } from './recognizer.js';

export interface RecognizerTraining {
  epochs: number;
  seed: number;
  /** Progress label, e.g. "ner nl". */
  label: string;
  clusters: WordClusters;
  /** Names from outside the training data (the knowledge base). */
  names: readonly ListedName[];
  /** Perceptrons trained side by side on different document orders, their weights averaged (default 1). */
  orders?: number;
  /** Two decoding passes, the second seeing the first's decisions on all mentions (default true; false: one pass). */
  twoPass?: boolean;
  log?: Writable;
}

export interface TrainedRecognizer {
  recognizer: EntityRecognizer;
  epoch: number;
  /** Dev scores of the kept epoch, one per dev corpus (in the order given). */
  dev: NerScores[];
}

/** Entity types in this order first (the rest sorted), so that models of different corpora agree where they can. */
const TYPE_ORDER = ['PER', 'LOC', 'ORG', 'MISC'];
/**
 * Training documents see the names of the training entities from the other NAME_FOLDS - 1 folds only
 * (jackknifing), so that the model learns how far to trust the list on names it has not seen.
 */
const NAME_FOLDS = 5;
/** Averaged weights smaller than this are pruned from the shipped model (keeps it small). */
const MIN_WEIGHT = 0.5;

function entityTypes(documents: readonly NerDocument[]): string[] {
  const found = new Set<string>();
  for (const { tags } of documents) for (const span of spansOfTags(tags)) found.add(span.type);
  const known = TYPE_ORDER.filter((type) => found.has(type));
  return [...known, ...[...found].filter((type) => !TYPE_ORDER.includes(type)).sort()];
}

function buildGazetteer(lists: readonly string[], names: readonly ListedName[]): Gazetteer {
  const gazetteer = new Gazetteer(lists);
  const people = new Map<string, number>();
  for (const name of names) {
    gazetteer.add(name.tokens, lists.indexOf(name.list));
    if (name.person === undefined || name.tokens.length !== 1) continue;
    if (!people.has(name.person)) people.set(name.person, people.size);
    gazetteer.addPerson(name.tokens[0], people.get(name.person)!);
  }
  return gazetteer;
}

/** Gold BILOU classes of a document, sentence by sentence. */
function goldClasses(document: NerDocument, labels: EntityLabels): Int32Array {
  const { doc, tags } = document;
  const out = new Int32Array(doc.length);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const start = doc.sentenceStarts[s];
    const end = doc.sentenceEnd(s);
    out.set(labels.encode(tags.slice(start, end)), start);
  }
  return out;
}

/**
 * Trains a recogniser on gold-tokenised documents, keeping the epoch with the best mean dev F1, then tunes the score
 * offsets of the entity types on the dev sets (calibrateTypes).
 */
export function trainRecognizer(
  train: readonly NerDocument[],
  dev: readonly NerDocument[][],
  options: RecognizerTraining,
): TrainedRecognizer {
  const types = entityTypes(train);
  const labels = new EntityLabels(types);
  const gold = train.map((document) => goldClasses(document, labels));
  // One list per entity type, shared by training and outside names; outside lists of other types come after.
  const outsideLists = [...new Set(options.names.map((name) => name.list))].filter((list) => !types.includes(list)).sort();
  const lists = [...types, ...outsideLists];
  const namesOf = train.map((document) => trainingNames(document.doc, document.tags));
  const foldOf = (d: number) => d % NAME_FOLDS;
  const gazetteer = buildGazetteer(lists, [...options.names, ...namesOf.flat()]);
  const foldDecoders = Array.from({ length: NAME_FOLDS }, (_, fold) => {
    const names = [...options.names, ...namesOf.filter((_, d) => foldOf(d) !== fold).flat()];
    return new DocumentDecoder(labels, options.clusters, buildGazetteer(lists, names));
  });

  // Second pass: one perceptron per shuffle order; trainer k sees the documents in the order orders[k][item], and
  // the shipped model is the mean of their averaged weights.
  const orders = shuffleOrders(train.length, options.orders ?? 1, options.seed);
  const trainers = orders.map(() => new PerceptronTrainer(labels.names, 1 << 20));
  // First pass: one perceptron per fold that never sees the fold's documents and gives them the first-pass decisions
  // their second pass learns from (jackknifing: at run time the votes come from a model that has not seen the
  // document either, and are as often wrong); the shipped first pass is the mean of their weights.
  const twoPass = options.twoPass ?? true;
  const firstFolds = twoPass ? Array.from({ length: NAME_FOLDS }, () => new PerceptronTrainer(labels.names, 1 << 20)) : [];
  // First-pass classes of each document, renewed when the document comes up in the first order (the other orders
  // may meet it before that in an epoch, and then use the previous epoch's).
  const firstClasses = twoPass ? train.map(({ doc }) => new Int32Array(doc.length)) : [];
  const decided = new Uint8Array(train.length);
  let trainer = trainers[0];
  let goldOfDoc = gold[0];
  const learn: Choose = (keys, n, token, allowed) => trainer.learn(keys, n, goldOfDoc[token], allowed);
  const guess: Choose = (keys, n, _token, allowed) => trainer.predict(keys, n, allowed);
  const predicted = new Int32Array(train.reduce((most, { doc }) => Math.max(most, doc.length), 0));
  const decideFirst = (d: number) => {
    trainer = firstFolds[foldOf(d)];
    foldDecoders[foldOf(d)].decodeFirst(train[d].doc, guess, firstClasses[d]);
    decided[d] = 1;
  };
  const best = trainEpochs({
    items: train.map((_, d) => d),
    epochs: options.epochs,
    seed: options.seed,
    label: options.label,
    log: options.log,
    learn: (item) => {
      if (!twoPass) {
        for (let k = 0; k < trainers.length; k++) {
          const d = orders[k][item];
          trainer = trainers[k];
          goldOfDoc = gold[d];
          foldDecoders[foldOf(d)].decode(train[d].doc, null, learn, predicted);
        }
        return;
      }
      const first = orders[0][item];
      const { doc } = train[first];
      decideFirst(first);
      goldOfDoc = gold[first];
      for (const foldTrainer of firstFolds.filter((_, fold) => fold !== foldOf(first))) {
        trainer = foldTrainer;
        foldDecoders[foldOf(first)].decodeFirst(doc, learn, predicted);
      }
      for (let k = 0; k < trainers.length; k++) {
        const d = orders[k][item];
        if (!decided[d]) decideFirst(d);
        trainer = trainers[k];
        goldOfDoc = gold[d];
        foldDecoders[foldOf(d)].decodeSecond(train[d].doc, learn, firstClasses[d], predicted);
      }
    },
    snapshot: () => {
      const model = PerceptronTrainer.meanModel(trainers, { minWeight: MIN_WEIGHT });
      const firstPass = twoPass ? PerceptronTrainer.meanModel(firstFolds, { minWeight: MIN_WEIGHT }) : null;
      const recognizer = new EntityRecognizer(model, firstPass, options.clusters, gazetteer);
      const scores = dev.map((documents) => evaluateRecognizer(recognizer, documents));
      const meanF1 = scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, scores.length);
      const report = scores.map((s) => `P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}`).join(' | ');
      return { model: { recognizer, scores }, score: meanF1, report: `dev ${report}` };
    },
  });
  const { recognizer } = best.model;
  const scores = calibrateTypes(recognizer, (candidate) => dev.map((documents) => evaluateRecognizer(candidate, documents)));
  return { recognizer, epoch: best.epoch, dev: scores };
}
