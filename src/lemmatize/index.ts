/**
 * Lemmatization. `Lemmatizer` is a pipeline Component (reads upos/xpos, writes lemma):
 * `Lemmatizer.forLanguage('nl')`, `Lemmatizer.load(path)`, `lemmatizer.apply(doc)`, and
 * `lemmatizer.lemmaOf(text, start, end, upos, xpos)` for one word. `trainLemmatizer` trains one from a Treebank;
 * `evaluateLemmatizer` scores one on gold tokenisation (with a tagger's tags or the gold tags).
 */
export { Lemmatizer, LEMMATIZER_KIND } from './lemmatizer.js';
export { trainLemmatizer, type LemmatizerTraining, type TrainedLemmatizer } from './train.js';
export { evaluateLemmatizer, useGoldTags } from './evaluate.js';
export { applyEditTree, buildEditTree, type EditTree } from './edit-tree.js';
