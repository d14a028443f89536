import type { Doc } from '../doc/doc.js';
import type { Treebank } from '../learn/index.js';

/** Attachment scores in percent over all words, punctuation included (CoNLL 2018 on gold tokenization). */
export interface AttachmentScores {
  words: number;
  /** Correct head. */
  uas: number;
  /** Correct head and universal relation (the label before any ':' subtype). */
  las: number;
  /** Correct head and full label, subtype included. */
  fullLas: number;
}

/** Scores the heads and labels a parser wrote into `parsed` (a copy of `gold.doc`'s tokens) against the gold tree. */
export function attachmentScores(gold: Treebank, parsed: Doc): AttachmentScores {
  const words = gold.doc.length;
  if (parsed.length !== words) throw new RangeError(`attachment scores: gold has ${words} words, parsed ${parsed.length}`);
  let heads = 0;
  let labelled = 0;
  let fullyLabelled = 0;
  for (let i = 0; i < words; i++) {
    if (gold.head[i] !== parsed.head[i]) continue;
    heads++;
    const goldLabel = gold.deprel[i];
    const label = parsed.strings.get(parsed.dep[i]);
    if (label === goldLabel) fullyLabelled++;
    if (universalPart(label) === universalPart(goldLabel)) labelled++;
  }
  const percent = (k: number): number => (words === 0 ? 0 : (100 * k) / words);
  return { words, uas: percent(heads), las: percent(labelled), fullLas: percent(fullyLabelled) };
}

function universalPart(label: string): string {
  const colon = label.indexOf(':');
  return colon < 0 ? label : label.slice(0, colon);
}
