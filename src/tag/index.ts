/**
 * Part-of-speech tagging. `Tagger` is a pipeline Component (writes upos, and xpos when its model has them):
 * `Tagger.forLanguage('nl')`, `Tagger.load(path)`, `tagger.apply(doc)`. `trainTagger` trains one from a Treebank,
 * `evaluateTagger` scores one on gold tokenisation.
 */
export { Tagger, TAGGER_KIND } from './tagger.js';
export { trainTagger, type TaggerTraining, type TrainedTagger } from './train.js';
export { evaluateTagger } from './evaluate.js';
