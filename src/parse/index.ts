/**
 * Dependency parsing: a greedy arc-hybrid transition parser (dynamic-oracle training, pseudo-projective
 * labels for non-projective trees) over the learning core's averaged perceptron, producing UD v2 trees.
 *
 * - `DependencyParser` (a pipeline Component): `DependencyParser.forLanguage('nl')`, `DependencyParser.load(path)`,
 *   `parser.parse(doc)` / `parser.apply(doc)` reads `doc.upos` (and `doc.xpos` if `parser.usesXpos`), writes
 *   `doc.head` (doc token index, NO_HEAD for the root of each sentence) and `doc.dep` (interned UD label,
 *   subtypes included). After parsing, a prepositional phrase the model hung on the verb above a Dutch verb-final
 *   clause it follows moves into that clause (`extraposition.ts`, words from `src/lang/<code>/parse.json`), and
 *   punctuation is re-attached by the UD rule (`attachPunctuation`, punctuation.ts: the highest projective
 *   neighbour, paired marks to what they enclose), which the Dutch treebank converters use too.
 * - `trainParser(options)` trains (and with `out` writes `<out>/parser.bin`), reporting dev LAS per epoch;
 *   `goldTags(doc, treebank)` copies a treebank's gold UPOS/XPOS into its Doc.
 * - `attachmentScores(goldTreebank, parsedDoc)` → UAS, LAS (universal relation) and full-label LAS.
 * - End to end from raw text (CoNLL 2018 alignment): `goldWords(conllu, source)` → the raw text and gold words,
 *   `systemWords(doc)` → the analysed words, `endToEndScores(gold, system)` → precision/recall/F1 of tokens,
 *   sentences, words, UPOS, XPOS, lemma, UAS, LAS; `alignWords` gives the word alignment itself.
 */
export { DependencyParser, PARSER_FILE, PARSER_KIND, type ParserMeta } from './parser.js';
export { trainParser, goldTags, type ParserTrainingOptions, type ParserTrainingResult } from './train.js';
export { attachmentScores, type AttachmentScores } from './score.js';
export { isWellFormedTree } from './tree.js';
export { attachPunctuation } from './punctuation.js';
export {
  alignWords,
  endToEndScores,
  goldWords,
  systemWords,
  type EndToEndScores,
  type PrfScore,
  type ScoredWords,
} from './end-to-end.js';
