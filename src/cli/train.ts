import { basename, join } from 'node:path';
import { UsageError, type Command, type CommandIo } from './command.js';
import { parseCommandLine } from './options.js';
import { readTreebank } from '../learn/index.js';
import { trainLemmatizer } from '../lemmatize/index.js';
import { nerTrainer } from '../ner/index.js';
import { trainParser } from '../parse/index.js';
import { Tagger, trainTagger } from '../tag/index.js';
import { WordClusters } from '../ner/clusters.js';

const LANGUAGES = ['nl', 'en'];

/**
 * Taggers trained side by side on different sentence orders, their weights averaged into the model: on the Dutch dev
 * files four gave UPOS 96.14 / 95.10 (Alpino / LassySmall) where one gave 95.88 / 95.06.
 */
const TAGGER_ORDERS = 4;

/** What every `kroniek train WHAT` gets, parsed and checked. */
export interface TrainOptions {
  language: string;
  train: string[];
  dev: string[];
  out: string;
  epochs: number;
  seed: number;
  /** A tagger model file for the lemmatizer's dev scores with predicted tags (gold tags when absent). */
  tagger?: string;
  /** Word clusters for the entity recognizer (default: models/<language>/ner-clusters.bin). */
  clusters?: string;
}

/** One trainable component. To add one (parser, ner), add an entry to TRAINERS. */
interface ComponentTrainer {
  name: string;
  summary: string;
  defaultEpochs: number;
  /** Trains, writes the model under options.out, and returns a JSON-able summary. */
  run(options: TrainOptions, io: CommandIo): Record<string, unknown>;
}

const TRAINERS: readonly ComponentTrainer[] = [
  {
    name: 'tagger',
    summary: 'part-of-speech tagger (UPOS, plus XPOS when the training data has it)',
    defaultEpochs: 10,
    run(options, io) {
      const train = readTreebank(options.train, options.language);
      const dev = options.dev.map((file) => readTreebank([file], options.language));
      const result = trainTagger(train, dev, {
        epochs: options.epochs,
        seed: options.seed,
        label: `tagger ${options.language}`,
        log: io.stderr,
        clusters: options.clusters ? WordClusters.load(options.clusters) : undefined,
        orders: TAGGER_ORDERS,
      });
      const meta = modelMeta(options, train.doc.length, result.epoch, Object.fromEntries(
        options.dev.map((file, k) => [basename(file), result.dev[k]]),
      ));
      const path = join(options.out, 'tagger.bin');
      result.tagger.save(path, meta);
      return { model: path, ...meta };
    },
  },
  {
    name: 'lemmatizer',
    summary: 'lemmatizer (lexicon + edit-tree classifier)',
    defaultEpochs: 3,
    run(options, io) {
      const train = readTreebank(options.train, options.language);
      const dev = options.dev.map((file) => readTreebank([file], options.language));
      const tagger = options.tagger ? Tagger.load(options.tagger) : undefined;
      const result = trainLemmatizer(train, dev, {
        epochs: options.epochs,
        seed: options.seed,
        label: `lemmatizer ${options.language}`,
        tagger,
        log: io.stderr,
      });
      const devScores = Object.fromEntries(
        options.dev.map((file, k) => [basename(file), { lemma: result.dev[k], tags: tagger ? 'predicted' : 'gold' }]),
      );
      const meta = modelMeta(options, train.doc.length, result.epoch, devScores);
      const path = join(options.out, 'lemmatizer.bin');
      result.lemmatizer.save(path, meta);
      return { model: path, ...meta };
    },
  },
  {
    name: 'parser',
    summary: 'dependency parser (arc-hybrid, dynamic oracle; trained on the files\' gold tags)',
    defaultEpochs: 12,
    run(options, io) {
      const result = trainParser({
        language: options.language,
        train: options.train,
        dev: options.dev,
        out: options.out,
        epochs: options.epochs,
        seed: options.seed,
        log: io.stderr,
      });
      return { model: result.path, language: options.language, bestEpoch: result.epoch, dev: result.dev };
    },
  },
  nerTrainer,
];

/** What a model file records about its training (no dates or paths, so that retraining is byte-identical). */
function modelMeta(options: TrainOptions, tokens: number, epoch: number, dev: Record<string, unknown>): Record<string, unknown> {
  return {
    language: options.language,
    trainedOn: options.train.map((file) => basename(file)),
    trainingTokens: tokens,
    seed: options.seed,
    epochs: options.epochs,
    bestEpoch: epoch,
    dev,
  };
}

const usage = `Usage: kroniek train WHAT --lang ${LANGUAGES.join('|')} --train FILE [--train FILE...] --dev FILE [--dev FILE...] --out DIR [options]

Trains a model and writes DIR/WHAT.bin: the tagger, lemmatizer and parser from CoNLL-U treebanks (plain or .gz;
UD v1 CONJ is read as CCONJ), the entity recognizer from CoNLL-2002 / IOB2 / BIO files (tagged first with the
shipped tagger, or --tagger FILE).
Shows a progress bar and the dev score after every epoch, and keeps the best epoch. Prints a JSON summary.

${TRAINERS.map((t) => `  ${t.name.padEnd(11)} ${t.summary} (default ${t.defaultEpochs} epochs)`).join('\n')}

Options:
  --epochs N       training epochs (default per component, above)
  --seed N         seed for shuffling (default 1)
  --tagger FILE    lemmatizer: score the dev data with this tagger's tags instead of the gold tags;
                   ner: tag the training and dev files with this tagger
  --clusters FILE  ner: word clusters to train with (default models/LANG/ner-clusters.bin);
                   tagger: word clusters for cluster features (copied into the model; none when absent)
`;

export const trainCommand: Command = {
  name: 'train',
  summary: 'train a tagger, lemmatizer, parser or entity recognizer',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      lang: { type: 'string' },
      train: { type: 'string', multiple: true },
      dev: { type: 'string', multiple: true },
      out: { type: 'string' },
      epochs: { type: 'string' },
      seed: { type: 'string' },
      tagger: { type: 'string' },
      clusters: { type: 'string' },
    });
    const [what, ...extra] = positionals;
    const trainer = TRAINERS.find((t) => t.name === what);
    if (!trainer) throw new UsageError(what ? `cannot train '${what}'` : 'say what to train');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    if (!values.lang || !LANGUAGES.includes(values.lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    if (!values.train?.length) throw new UsageError('give at least one --train FILE');
    if (!values.dev?.length) throw new UsageError('give at least one --dev FILE');
    if (!values.out) throw new UsageError('give --out DIR');
    const options: TrainOptions = {
      language: values.lang,
      train: values.train,
      dev: values.dev,
      out: values.out,
      epochs: positiveInteger('--epochs', values.epochs, trainer.defaultEpochs),
      seed: positiveInteger('--seed', values.seed, 1),
      tagger: values.tagger,
      clusters: values.clusters,
    };
    const summary = trainer.run(options, io);
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  },
};

function positiveInteger(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a positive integer`);
  return n;
}
