import type { Segmentation } from '../doc/doc.js';
import { segmenterFor } from './languages.js';

export { SEGMENTER_LANGUAGES } from './languages.js';
export { evaluateSegmentation, type SegmentationScores, type Score } from './evaluate.js';

/**
 * Splits `text` into tokens and sentences with the rules and data of `language` (one of SEGMENTER_LANGUAGES).
 * Offsets are UTF-16 indices into `text`; tokens are surface tokens (English "don't" stays one token, as the
 * multiword tokens of UD English-EWT). Throws for a language without tokenizer data.
 */
export function segment(text: string, language: string): Segmentation {
  return segmenterFor(language).segment(text);
}
