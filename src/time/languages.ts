import english from '../lang/en/time.json' with { type: 'json' };
import dutch from '../lang/nl/time.json' with { type: 'json' };
import { perLanguage } from '../lang/per-language.js';
import { validateTimeData, type TimeLanguage } from './language-data.js';

/** The time data of each language. Adding a language: add `src/lang/<code>/time.json` and one line here. */
const TIME_DATA = perLanguage('time data', { nl: dutch, en: english }, validateTimeData);

export const TIME_LANGUAGES: readonly string[] = TIME_DATA.languages;

/** The indexed time data of a language, validated on first use; throws for a language without it. */
export function timeLanguageFor(language: string): TimeLanguage {
  return TIME_DATA.get(language);
}
