/**
 * Linking mentions to actors (eval/link/README.md states the conventions). `Linker.forLanguage(lang)` is the
 * pipeline Component 'linker': it reads tokens, sentences, upos and timexes (and entities, declared with
 * `forLanguage(lang, true)`, used whenever a recognizer has filled them) and writes doc.actors and doc.mentions.
 * `linkerComponent` picks the linker of each Doc's language. `Linker.link(doc, published)` also returns the places
 * that are not actors. `LinkScorer` scores mentions against gold records (eval/link/dev.jsonl).
 */
export { Linker, linkerComponent, type DocPlace, type LinkResult } from './linker.js';
export { linkLanguage, type LinkLanguage } from './language-data.js';
export {
  LinkScorer,
  type Accuracy,
  type Detection,
  type FoundMention,
  type GoldLinkRecord,
  type GoldMention,
  type LinkError,
  type LinkScores,
} from './evaluate.js';
