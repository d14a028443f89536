import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readTreebank, treebankFromSentences, type Treebank } from '../../src/learn/index.js';
import type { ParserTrainingOptions } from '../../src/parse/index.js';
import { Tagger, trainTagger } from '../../src/tag/index.js';
import type { WordClusters } from '../../src/ner/clusters.js';

export interface JackknifeOptions {
  language: string;
  /** The training data is tagged in this many parts, each by a tagger trained on the others. */
  folds: number;
  /** Tagger epochs per fold. */
  epochs: number;
  seed: number;
  /** Dev files for the fold taggers' epoch choice. */
  dev: string[];
  /** Tags the dev data: normally the shipped tagger; when null, one trained here on all the training data. */
  devTagger: () => Tagger | null;
  /** Word clusters for the fold taggers' features (those of the shipped tagger), so that their errors are alike. */
  clusters?: WordClusters;
  log?: Writable;
  /**
   * Folder for jack-knifed training tags, keyed by a hash of everything the fold taggers depend on (training words
   * and gold tags, dev files, clusters, settings, tagger code), so that parser experiments skip the fold taggers.
   */
  cacheDir?: string;
}

/**
 * Predicted instead of gold UPOS and XPOS for parser training (jack-knifing): the parser then learns from tags with
 * the tagger's real errors, and dev scores are measured on the tags the pipeline will give it.
 */
export function jackknifeTags(options: JackknifeOptions): NonNullable<ParserTrainingOptions['tag']> {
  let fullTagger: Tagger | null = null;
  return (doc, treebank, use) => {
    if (use === 'dev') {
      const tagger = options.devTagger() ?? fullTagger;
      if (!tagger) throw new Error('jackknifeTags: tag the training data first');
      tagger.apply(doc);
      return;
    }
    const dev = readTreebank(options.dev, options.language);
    const cached = options.cacheDir ? join(options.cacheDir, `${options.language}-${cacheKey(options, treebank)}.tsv`) : null;
    if (cached && existsSync(cached) && options.devTagger()) {
      readCachedTags(cached, doc);
      options.log?.write(`parser tags: jack-knifed tags from ${cached}\n`);
      return;
    }
    if (!options.devTagger()) {
      fullTagger = trainTagger(treebank, [dev], {
        epochs: options.epochs,
        seed: options.seed,
        label: 'parser dev tagger',
        log: options.log,
        clusters: options.clusters,
      }).tagger;
    }
    const count = treebank.sentences.length;
    for (let fold = 0; fold < options.folds; fold++) {
      const inFold = (s: number): boolean => s % options.folds === fold;
      const rest = treebankFromSentences(treebank.sentences.filter((_, s) => !inFold(s)), options.language);
      const { tagger } = trainTagger(rest, [dev], {
        epochs: options.epochs,
        seed: options.seed + fold,
        label: `parser tags fold ${fold + 1}/${options.folds}`,
        log: options.log,
        clusters: options.clusters,
      });
      const held = Array.from({ length: count }, (_, s) => s).filter(inFold);
      const part = treebankFromSentences(held.map((s) => treebank.sentences[s]), options.language);
      tagger.apply(part.doc);
      copyTags(part, held, doc, treebank);
    }
    if (cached) writeCachedTags(cached, doc);
  };
}

/** Source files and folders whose code decides what a fold tagger predicts. */
const TAGGER_CODE = ['../../src/tag', '../../src/learn', '../../src/doc', '../../src/ner/clusters.ts'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

function cacheKey(options: JackknifeOptions, treebank: Treebank): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ language: options.language, folds: options.folds, epochs: options.epochs, seed: options.seed }));
  for (const s of treebank.sentences) for (const w of s.words) hash.update(`${w.form}\t${w.upos}\t${w.xpos}\n`);
  for (const path of options.dev) hash.update(readFileSync(path));
  if (options.clusters) hash.update(options.clusters.toBytes());
  for (const path of TAGGER_CODE) {
    const files = path.endsWith('.ts') ? [path] : readdirSync(path).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(path, f));
    for (const file of files) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** One line per token of `doc`: UPOS, tab, XPOS. */
function writeCachedTags(path: string, doc: Treebank['doc']): void {
  const lines: string[] = [];
  for (let i = 0; i < doc.length; i++) lines.push(`${doc.strings.get(doc.upos[i])}\t${doc.strings.get(doc.xpos[i])}`);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n');
}

function readCachedTags(path: string, doc: Treebank['doc']): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.length !== doc.length + 1) throw new Error(`${path}: ${lines.length - 1} tags for ${doc.length} tokens`);
  for (let i = 0; i < doc.length; i++) {
    const tab = lines[i].indexOf('\t');
    doc.upos[i] = doc.strings.add(lines[i].slice(0, tab));
    doc.xpos[i] = doc.strings.add(lines[i].slice(tab + 1));
  }
}

/** Copies the UPOS and XPOS of `part` (the sentences `held` of `whole`, in order) into `target`, the Doc of `whole`. */
function copyTags(part: Treebank, held: number[], target: Treebank['doc'], whole: Treebank): void {
  const source = part.doc;
  for (let k = 0; k < held.length; k++) {
    const from = source.sentenceStarts[k];
    const to = target.sentenceStarts[held[k]];
    const n = whole.sentences[held[k]].words.length;
    for (let i = 0; i < n; i++) {
      target.upos[to + i] = target.strings.add(source.strings.get(source.upos[from + i]));
      target.xpos[to + i] = target.strings.add(source.strings.get(source.xpos[from + i]));
    }
  }
}
