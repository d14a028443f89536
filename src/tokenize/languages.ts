import english from '../lang/en/tokenizer.json' with { type: 'json' };
import dutch from '../lang/nl/tokenizer.json' with { type: 'json' };
import { perLanguage } from '../lang/per-language.js';
import { validateSegmenterData } from './language-data.js';
import { Segmenter } from './segmenter.js';

/** The segmenter of each language. Adding a language: add `src/lang/<code>/tokenizer.json` and one line here. */
const SEGMENTERS = perLanguage('tokenizer', { nl: dutch, en: english }, (raw, language) => new Segmenter(validateSegmenterData(raw, language)));

export const SEGMENTER_LANGUAGES: readonly string[] = SEGMENTERS.languages;

/** The segmenter of a language, built (and its data validated) on first use. */
export function segmenterFor(language: string): Segmenter {
  return SEGMENTERS.get(language);
}
