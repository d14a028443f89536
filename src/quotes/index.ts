/**
 * Quotes and their speakers (issue 6 item 7). `QuoteFinder.forLanguage(lang)` is the pipeline Component 'quotes': it
 * reads tokens, sentences, upos, lemma, deps, entities and actors (run it after the linker, before the event coder)
 * and fills doc.quotes with direct quotes (the words between quotation marks, without the marks) and indirect speech
 * (the clause a speech verb or "volgens X" reports), each with its cue as written and its speaker's actor id.
 * `QuoteScorer` scores found quotes against gold records (eval/quotes/dev.jsonl).
 */
export { QuoteFinder } from './quote-finder.js';
export { quoteLanguage, validateQuoteLanguage, PRONOUN_KINDS, type PronounKind, type QuoteLanguage } from './language-data.js';
export {
  QuoteScorer,
  foundQuotes,
  type Detection,
  type FoundQuote,
  type GoldQuote,
  type GoldQuoteRecord,
  type QuoteScores,
} from './evaluate.js';
