/** The per-language words the quote finder needs besides the speech lexicon, read from `src/lang/<code>/quotes.json` and validated. */
import dutch from '../lang/nl/quotes.json' with { type: 'json' };
import english from '../lang/en/quotes.json' with { type: 'json' };
import { perLanguage } from '../lang/per-language.js';

/** Which actors a pronoun subject can refer back to: people only, non-people only (bodies, countries), or any. */
export const PRONOUN_KINDS = ['person', 'body', 'any'] as const;
export type PronounKind = (typeof PRONOUN_KINDS)[number];

export interface QuoteLanguage {
  language: string;
  /** Pronouns a speaker can be ("zei hij", "volgens hem", "she said") and the kind of actor each refers back to. */
  pronouns: ReadonlyMap<string, PronounKind>;
  /**
   * Words an apostrophe written as a left single quote elides ("‘s morgens", "rock ‘n’ roll"): after such a mark it
   * is no quote.
   */
  elisions: ReadonlySet<string>;
  /** Words that open a reported clause ("dat", "that"): they make a clause the parser misread a complement. */
  complementizers: ReadonlySet<string>;
  /** Markers of an infinitive complement that reports speech ("zegt de soevereiniteit te respecteren", "vowed to"). */
  infinitiveMarkers: ReadonlySet<string>;
}

const QUOTE_DATA = perLanguage('quote data', { nl: dutch, en: english }, validateQuoteLanguage);

/** The quote finder's data for `language`; throws when there is none or it is malformed. */
export function quoteLanguage(language: string): QuoteLanguage {
  return QUOTE_DATA.get(language);
}

/** Checks data of the shape of `src/lang/<code>/quotes.json`; throws with the first problem found. */
export function validateQuoteLanguage(raw: unknown, language: string): QuoteLanguage {
  const fail = (message: string): never => {
    throw new Error(`${language} quote data: ${message}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const record = raw as Record<string, unknown>;
  if (record.language !== language) fail(`language is ${JSON.stringify(record.language)}, expected '${language}'`);
  const pronouns = new Map<string, PronounKind>();
  const rawPronouns = record.pronouns;
  if (typeof rawPronouns !== 'object' || rawPronouns === null) return fail('"pronouns" must be an object');
  for (const [word, kind] of Object.entries(rawPronouns)) {
    if (word !== word.toLowerCase()) fail(`pronoun '${word}' must be lower case`);
    if (!(PRONOUN_KINDS as readonly unknown[]).includes(kind)) fail(`pronoun '${word}': kind must be one of ${PRONOUN_KINDS.join(', ')}`);
    pronouns.set(word, kind as PronounKind);
  }
  return {
    language,
    pronouns,
    elisions: wordSet(record, 'elisions', fail),
    complementizers: wordSet(record, 'complementizers', fail),
    infinitiveMarkers: wordSet(record, 'infinitiveMarkers', fail),
  };
}

function wordSet(record: Record<string, unknown>, field: string, fail: (message: string) => never): ReadonlySet<string> {
  const value = record[field];
  if (!Array.isArray(value) || value.some((word) => typeof word !== 'string' || !/^\p{Ll}+$/u.test(word))) {
    fail(`"${field}" must be a list of lower-case words`);
  }
  return new Set(value as string[]);
}
