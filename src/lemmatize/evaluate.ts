import { Accuracy, type Treebank } from '../learn/index.js';
import type { Tagger } from '../tag/index.js';
import type { Lemmatizer } from './lemmatizer.js';

/** Writes a treebank's gold UPOS and XPOS into its Doc (to score the lemmatizer on its own). */
export function useGoldTags(treebank: Treebank): void {
  const { doc } = treebank;
  for (let i = 0; i < doc.length; i++) {
    doc.upos[i] = doc.strings.add(treebank.upos[i]);
    doc.xpos[i] = doc.strings.add(treebank.xpos[i]);
  }
}

/**
 * Lemma accuracy (percent) on a treebank's gold tokenisation, with the tags `tagger` predicts, or with the
 * gold tags when no tagger is given.
 */
export function evaluateLemmatizer(lemmatizer: Lemmatizer, treebank: Treebank, tagger?: Tagger): number {
  if (tagger) tagger.apply(treebank.doc);
  else useGoldTags(treebank);
  const { doc } = treebank;
  lemmatizer.apply(doc);
  const accuracy = new Accuracy();
  for (let i = 0; i < doc.length; i++) accuracy.add(doc.strings.get(doc.lemma[i]) === treebank.lemma[i]);
  return accuracy.percent;
}
