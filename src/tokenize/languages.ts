import english from '../lang/en/tokenizer.json' with { type: 'json' };
import dutch from '../lang/nl/tokenizer.json' with { type: 'json' };
import { validateSegmenterData } from './language-data.js';
import { Segmenter } from './segmenter.js';

/**
 * The segmenter data of each language, as JSON modules so that they travel with the compiled code into dist/.
 * Adding a language: add `src/lang/<code>/tokenizer.json` and one line here.
 */
const DATA: Readonly<Record<string, unknown>> = { nl: dutch, en: english };

export const SEGMENTER_LANGUAGES: readonly string[] = Object.freeze(Object.keys(DATA));

const segmenters = new Map<string, Segmenter>();

/** The segmenter of a language, built (and its data validated) on first use. */
export function segmenterFor(language: string): Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    const raw = DATA[language];
    if (raw === undefined) {
      throw new Error(`no tokenizer for language '${language}' (supported: ${SEGMENTER_LANGUAGES.join(', ')})`);
    }
    segmenter = new Segmenter(validateSegmenterData(raw, language));
    segmenters.set(language, segmenter);
  }
  return segmenter;
}
