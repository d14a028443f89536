import { Accuracy, type Treebank } from '../learn/index.js';
import type { Tagger } from './tagger.js';

/** UPOS and XPOS accuracy (percent) of `tagger` on a treebank's gold tokenisation; xpos null without gold XPOS. */
export function evaluateTagger(tagger: Tagger, treebank: Treebank): { upos: number; xpos: number | null } {
  const { doc } = treebank;
  tagger.apply(doc);
  const upos = new Accuracy();
  const xpos = new Accuracy();
  for (let i = 0; i < doc.length; i++) {
    upos.add(doc.strings.get(doc.upos[i]) === treebank.upos[i]);
    if (treebank.xpos[i] !== '') xpos.add(doc.strings.get(doc.xpos[i]) === treebank.xpos[i]);
  }
  return { upos: upos.percent, xpos: xpos.total > 0 && tagger.hasXpos ? xpos.percent : null };
}
