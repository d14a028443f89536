import type { Segmentation } from '../doc/doc.js';
import { segmenterFor } from './languages.js';

export { SEGMENTER_LANGUAGES } from './languages.js';
export { evaluateSegmentation, type SegmentationScores, type Score } from './evaluate.js';

/**
 * Splits `text` into tokens and sentences with the rules and data of `language` (one of SEGMENTER_LANGUAGES).
 * Offsets are UTF-16 indices into `text`. Tokens are syntactic words, as the treebanks have them: English "don't"
 * is "do" + "n't", the second marked in `fused` as part of the same written word. Throws for a language without
 * tokenizer data.
 */
export function segment(text: string, language: string): Segmentation {
  return segmenterFor(language).segment(text);
}
