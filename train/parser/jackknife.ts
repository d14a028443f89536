import type { Writable } from 'node:stream';
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
  };
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
