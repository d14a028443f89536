/**
 * Dependency parsing: a greedy arc-hybrid transition parser (dynamic-oracle training, pseudo-projective
 * labels for non-projective trees) over the learning core's averaged perceptron, producing UD v2 trees.
 *
 * - `DependencyParser` (a pipeline Component): `DependencyParser.forLanguage('nl')`, `DependencyParser.load(path)`,
 *   `parser.parse(doc)` / `parser.apply(doc)` reads `doc.upos` (and `doc.xpos` if `parser.usesXpos`), writes
 *   `doc.head` (doc token index, NO_HEAD for the root of each sentence) and `doc.dep` (interned UD label,
 *   subtypes included).
 * - `trainParser(options)` trains (and with `out` writes `<out>/parser.bin`), reporting dev LAS per epoch;
 *   `goldTags(doc, treebank)` copies a treebank's gold UPOS/XPOS into its Doc.
 * - `attachmentScores(goldTreebank, parsedDoc)` → UAS, LAS (universal relation) and full-label LAS.
 */
export { DependencyParser, PARSER_FILE, PARSER_KIND, type ParserMeta } from './parser.js';
export { trainParser, goldTags, type ParserTrainingOptions, type ParserTrainingResult } from './train.js';
export { attachmentScores, type AttachmentScores } from './score.js';
export { isWellFormedTree } from './tree.js';
