import type { Writable } from 'node:stream';
import { PerceptronTrainer, hashLower, shuffleOrders, trainEpochs, wordKind, type Treebank } from '../learn/index.js';
import { TagDecoder, type Choose } from './decode.js';
import { KindTags } from './kind-tags.js';
import { evaluateTagger } from './evaluate.js';
import { TagDictionary } from './tag-dictionary.js';
import { TAG_SEPARATOR, Tagger } from './tagger.js';
import { WordTags } from './word-tags.js';
import type { WordClusters } from '../ner/clusters.js';

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** Progress label, e.g. "tagger nl". */
  label: string;
  log?: Writable;
  /** Word clusters from unlabelled text for cluster features (copied into the model). */
  clusters?: WordClusters;
  /**
   * Perceptrons trained side by side, each on its own order of the sentences; the model is the mean of their
   * averaged weights (default 1).
   */
  orders?: number;
}

export interface TrainedTagger {
  tagger: Tagger;
  epoch: number;
  /** Dev scores of the kept epoch, one entry per dev treebank (in the order given). */
  dev: { upos: number; xpos: number | null }[];
}

/** Words seen this often, with one tag at least this share of the time, are tagged by lookup. */
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_MIN_SHARE = 0.995;
/**
 * Words seen this often get an ambiguity class (their tags with at least this share of their uses). While
 * training, a sentence sees the classes built from the other LEXICON_FOLDS - 1 folds of the data (jackknifing).
 */
const LEXICON_MIN_COUNT = 1;
const LEXICON_MIN_SHARE = 0.01;
const LEXICON_FOLDS = 10;
/**
 * Word kinds (see wordKind). Tokens without letters (digits only, punctuation only, symbols only) get only
 * tags seen with their kind at least this often.
 */
const WORD_KINDS = 6;
const KIND_LIMITS = { restricted: [2, 3, 4], minCount: 2, minShare: 0.0005, minTokens: 100 };
/**
 * Clause-end features are used when at least this share of the training data's clauses (runs of words before a
 * punctuation mark) end in a verb: Dutch about 0.27, English 0.09.
 */
const VERB_FINAL_MIN_SHARE = 0.2;
/** Averaged weights smaller than this are pruned from the shipped model. */
const MIN_WEIGHT = 0.3;

/**
 * Trains a tagger on `train` (joint UPOS+XPOS classes when the training data has XPOS), keeping the epoch with
 * the best mean dev UPOS accuracy.
 */
export function trainTagger(train: Treebank, dev: Treebank[], options: TaggerTraining): TrainedTagger {
  const hasXpos = train.xpos.some((x) => x !== '');
  const joint = train.upos.map((upos, i) => (hasXpos ? `${upos}${TAG_SEPARATOR}${train.xpos[i]}` : upos));
  const labels = [...new Set(joint)].sort();
  const classOf = new Map(labels.map((label, i) => [label, i]));
  const gold = Int32Array.from(joint, (label) => classOf.get(label)!);
  const { doc } = train;

  const dictionary = TagDictionary.build(
    (function* (): Generator<[number, number]> {
      for (let i = 0; i < doc.length; i++) yield [hashLower(doc.text, doc.starts[i], doc.ends[i]), gold[i]];
    })(),
    DICTIONARY_MIN_COUNT,
    DICTIONARY_MIN_SHARE,
  );

  const uposLabels = [...new Set(train.upos)].sort();
  if (uposLabels.length > 32) throw new Error('trainTagger: more than 32 UPOS tags');
  const uposClass = new Map(uposLabels.map((label, i) => [label, i]));
  const lexiconFrom = (skipFold: number) =>
    WordTags.build(
      (function* (): Generator<[number, number]> {
        for (let s = 0; s < doc.sentenceCount; s++) {
          if (s % LEXICON_FOLDS === skipFold) continue;
          const end = doc.sentenceEnd(s);
          for (let i = doc.sentenceStarts[s]; i < end; i++) {
            yield [hashLower(doc.text, doc.starts[i], doc.ends[i]), uposClass.get(train.upos[i])!];
          }
        }
      })(),
      LEXICON_MIN_COUNT,
      LEXICON_MIN_SHARE,
    );
  const lexicon = lexiconFrom(-1);
  // Training sees ambiguity classes built without its own sentence's fold, so that the words it learns from
  // are as often unknown to the lexicon as new text is.
  const foldLexicons = Array.from({ length: LEXICON_FOLDS }, (_, fold) => lexiconFrom(fold));

  const kinds = KindTags.build(
    (function* (): Generator<[number, number]> {
      for (let i = 0; i < doc.length; i++) yield [wordKind(doc.text, doc.starts[i], doc.ends[i]), gold[i]];
    })(),
    WORD_KINDS,
    labels.length,
    KIND_LIMITS,
  );

  const clauseEnds = verbFinalShare(train) >= VERB_FINAL_MIN_SHARE;
  const clusters = options.clusters ?? null;
  const decoders = foldLexicons.map((foldLexicon) => new TagDecoder(dictionary, foldLexicon, kinds, clauseEnds, clusters, WordTags.bitOf(uposLabels, 'VERB')));
  const predicted = new Int32Array(doc.length);
  const sentences = Array.from({ length: doc.sentenceCount }, (_, s) => s);
  const orders = shuffleOrders(sentences.length, options.orders ?? 1, options.seed);
  const trainers = orders.map(() => new PerceptronTrainer(labels, 1 << 18));
  let trainer = trainers[0];
  const learn: Choose = (keys, n, token, allowed) => trainer.learn(keys, n, gold[token], allowed);

  const best = trainEpochs({
    items: sentences,
    epochs: options.epochs,
    seed: options.seed,
    label: options.label,
    log: options.log,
    learn: (item) => {
      for (let k = 0; k < trainers.length; k++) {
        const s = orders[k][item];
        const start = doc.sentenceStarts[s];
        const end = doc.sentenceEnd(s);
        trainer = trainers[k];
        decoders[s % LEXICON_FOLDS].tagSentence(doc, start, end, learn, predicted);
      }
    },
    snapshot: () => {
      const tagger = new Tagger(PerceptronTrainer.meanModel(trainers, { minWeight: MIN_WEIGHT }), dictionary, lexicon, kinds, clauseEnds, clusters);
      const scores = dev.map((treebank) => evaluateTagger(tagger, treebank));
      const meanUpos = scores.reduce((sum, s) => sum + s.upos, 0) / Math.max(1, scores.length);
      const report = scores
        .map((s) => `upos ${s.upos.toFixed(2)}${s.xpos === null ? '' : ` xpos ${s.xpos.toFixed(2)}`}`)
        .join(' | ');
      return { model: { tagger, scores }, score: meanUpos, report: `dev ${report}` };
    },
  });
  return { tagger: best.model.tagger, epoch: best.epoch, dev: best.model.scores };
}

/** Share of runs of words ended by punctuation whose last word is a verb or auxiliary. */
function verbFinalShare(train: Treebank): number {
  let clauses = 0;
  let verbFinal = 0;
  for (let i = 1; i < train.upos.length; i++) {
    const before = train.upos[i - 1];
    if (train.upos[i] !== 'PUNCT' || before === 'PUNCT' || train.doc.sentenceOf(i) !== train.doc.sentenceOf(i - 1)) continue;
    clauses++;
    if (before === 'VERB' || before === 'AUX') verbFinal++;
  }
  return clauses === 0 ? 0 : verbFinal / clauses;
}
