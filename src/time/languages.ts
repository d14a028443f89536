import english from '../lang/en/time.json' with { type: 'json' };
import dutch from '../lang/nl/time.json' with { type: 'json' };
import { validateTimeData, type TimeLanguage } from './language-data.js';

/**
 * The time data of each language, as JSON modules so that they travel with the compiled code into dist/.
 * Adding a language: add `src/lang/<code>/time.json` and one line here.
 */
const DATA: Readonly<Record<string, unknown>> = { nl: dutch, en: english };

export const TIME_LANGUAGES: readonly string[] = Object.freeze(Object.keys(DATA));

const loaded = new Map<string, TimeLanguage>();

/** The indexed time data of a language, validated on first use; throws for a language without it. */
export function timeLanguageFor(language: string): TimeLanguage {
  let data = loaded.get(language);
  if (!data) {
    const raw = DATA[language];
    if (raw === undefined) {
      throw new Error(`no time data for language '${language}' (supported: ${TIME_LANGUAGES.join(', ')})`);
    }
    data = validateTimeData(raw, language);
    loaded.set(language, data);
  }
  return data;
}
