import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CommandIo } from '../cli/command.js';
import type { TrainOptions } from '../cli/train.js';
import { knowledgeBase } from '../kb/index.js';
import { shippedModelPath } from '../learn/index.js';
import { WordClusters } from './clusters.js';
import { evaluateRecognizer } from './evaluate.js';
import { knowledgeBaseNames, trainingNames } from './name-lists.js';
import { readNerCorpus, tagDocuments, type NerDocument } from './read.js';
import { Tagger } from '../tag/index.js';
import { NER_MODEL_FILE } from './recognizer.js';
import { trainRecognizer } from './train.js';

/** The word clusters a language's recognisers are trained with by default (models/<language>/ner-clusters.bin). */
export function shippedClusters(language: string): WordClusters {
  return WordClusters.load(shippedModelPath(language, 'ner-clusters.bin'));
}

/**
 * `kroniek train ner`: trains on NER corpora (CoNLL-2002, IOB2/BIO columns, UNER, WikiANN; plain or .gz) with the
 * language's shipped word clusters and the knowledge base's names, part-of-speech tags from the shipped tagger
 * (or --tagger FILE), writes OUT/ner.bin and returns its summary.
 * Shaped as a ComponentTrainer entry of src/cli/train.ts.
 */
export const nerTrainer = {
  name: 'ner',
  summary: 'named-entity recogniser (BILOU perceptron) from CoNLL/IOB2 NER files',
  defaultEpochs: 15,
  run(options: TrainOptions, io: CommandIo): Record<string, unknown> {
    return trainNerFiles(options, {}, io);
  },
};

/**
 * Perceptrons trained side by side on different document orders, their weights averaged: on CoNLL-2002 one order
 * scored 80.6 or 82.1 F1 by seed, four 81.9 and 82.0.
 */
const DEFAULT_ORDERS = 4;

/** What a recipe may add to the options of `kroniek train ner`. */
export interface NerFileOptions {
  /** Entity types to keep (the others become O), e.g. PER, LOC, ORG for corpora that also tag MISC. */
  types?: readonly string[];
  /** NER corpora whose gold entities only feed the name lists (never trained on). */
  nameCorpora?: readonly string[];
  /** Perceptrons averaged into the model (RecognizerTraining.orders); default DEFAULT_ORDERS. */
  orders?: number;
  /** Two decoding passes (RecognizerTraining.twoPass); default true. */
  twoPass?: boolean;
  /**
   * NER files only scored for the summary, never used to choose anything: a model kept clear of a corpus's licence
   * (nl-open) is still compared on that corpus.
   */
  report?: readonly string[];
}

/** Trains a recogniser on NER files (see nerTrainer), writes OUT/ner.bin and returns its summary. */
export function trainNerFiles(options: TrainOptions, extra: NerFileOptions, io: CommandIo): Record<string, unknown> {
  const read = (file: string) => keepTypes(readNerCorpus(file, options.language), extra.types);
  const train = options.train.flatMap(read);
  const dev = options.dev.map((file) => readNerCorpus(file, options.language));
  const taggerPath = options.tagger ?? shippedModelPath(options.language, 'tagger.bin');
  const tagger = Tagger.load(taggerPath);
  for (const documents of [train, ...dev]) tagDocuments(documents, tagger);
  const listed = (extra.nameCorpora ?? []).flatMap(read).flatMap((document) => trainingNames(document.doc, document.tags));
  const result = trainRecognizer(train, dev, {
    epochs: options.epochs,
    seed: options.seed,
    label: `ner ${options.language}`,
    clusters: options.clusters ? WordClusters.load(options.clusters) : shippedClusters(options.language),
    names: [...knowledgeBaseNames(knowledgeBase(), options.language), ...listed],
    orders: extra.orders ?? DEFAULT_ORDERS,
    twoPass: extra.twoPass,
    log: io.stderr,
  });
  const meta = {
    language: options.language,
    trainedOn: options.train.map(corpusName),
    trainingTokens: train.reduce((n, d) => n + d.doc.length, 0),
    types: result.recognizer.labels.types,
    namesFrom: (extra.nameCorpora ?? []).map(corpusName),
    tagger: options.tagger ? basename(options.tagger) : `models/${options.language}/tagger.bin`,
    // The features include the tags: retrain when this tagger model changes.
    taggerSha256: createHash('sha256').update(readFileSync(taggerPath)).digest('hex').slice(0, 16),
    seed: options.seed,
    epochs: options.epochs,
    orders: extra.orders ?? DEFAULT_ORDERS,
    twoPass: result.recognizer.firstPass !== null,
    bestEpoch: result.epoch,
    typeOffsets: Object.fromEntries(result.recognizer.labels.types.map((type, k) => [type, result.recognizer.typeOffsets[k]])),
    dev: Object.fromEntries(options.dev.map((file, k) => [corpusName(file), devSummary(result.dev[k])])),
    report: Object.fromEntries(
      (extra.report ?? []).map((file) => {
        const documents = readNerCorpus(file, options.language);
        tagDocuments(documents, tagger);
        return [corpusName(file), devSummary(evaluateRecognizer(result.recognizer, documents))];
      }),
    ),
  };
  const path = join(options.out, NER_MODEL_FILE);
  result.recognizer.save(path, meta);
  return { model: path, ...meta };
}

/** A corpus file's name for summaries and cards, with its folder when the name alone says little ('wikiann-nl/dev'). */
function corpusName(file: string): string {
  const name = basename(file);
  return /^(train|dev|test)$/.test(name) ? `${basename(dirname(file))}/${name}` : name;
}

/** The documents with the entities of other types than `types` turned into O (all kept when undefined). */
function keepTypes(documents: NerDocument[], types: readonly string[] | undefined): NerDocument[] {
  if (types === undefined) return documents;
  for (const document of documents) {
    document.tags = document.tags.map((tag) => (tag === 'O' || types.includes(tag.slice(2)) ? tag : 'O'));
  }
  return documents;
}

function devSummary(scores: { precision: number; recall: number; f1: number; perType: Record<string, { f1: number }> }) {
  const perType = Object.fromEntries(Object.entries(scores.perType).map(([type, s]) => [type, s.f1]));
  return { precision: scores.precision, recall: scores.recall, f1: scores.f1, perTypeF1: perType };
}
