/**
 * Named-entity recognition. `EntityRecognizer` is a pipeline Component (name 'ner', writes 'entities'):
 * `EntityRecognizer.forLanguage('nl')` (or `forLanguage('nl', 'nl-open')`), `EntityRecognizer.load(path)`,
 * `recognizer.apply(doc)` (after the tagger: it reads upos; `tagDocuments` tags gold-tokenised files). A model decodes
 * in two passes (the second sees what the first made of every mention of a name) or, trained with `twoPass: false`
 * or before the two passes, in one.
 * `trainRecognizer` trains one from gold-tokenised documents (`readNerCorpus`); `trainNerFiles` from NER files,
 * keeping only some entity types and adding the entities of other corpora to the name lists.
 * `evaluateRecognizer` / `EntityScorer` score with conlleval's exact-span rules. `WordClusters` are the word
 * clusters learned from unlabelled text (train/ner/learn-clusters.ts). In a language that writes names with a capital
 * (`entitiesNeedCapital`, from `src/lang/<code>/ner.json`) the recogniser drops entities without a capitalised word.
 */
export { EntityRecognizer, EntityRecognizer as NerComponent, NER_KIND, NER_MODEL_FILE } from './recognizer.js';
export { trainRecognizer, type RecognizerTraining, type TrainedRecognizer } from './train.js';
export { evaluateRecognizer, EntityScorer, iobTags, type EntityScore, type NerScores } from './evaluate.js';
export { readNerCorpus, parseNerCorpus, docOfSentences, tagDocuments, type NerDocument } from './read.js';
export { nerTrainer, shippedClusters, trainNerFiles, type NerFileOptions } from './train-command.js';
export { WordClusters, clusterPrefix, CLUSTERS_KIND } from './clusters.js';
export { Gazetteer } from './gazetteer.js';
export { knowledgeBaseNames, trainingNames, type ListedName } from './name-lists.js';
export { EntityLabels, spansOfTags, type TagSpan } from './labels.js';
export { dropUncapitalisedEntities, entitiesNeedCapital } from './capitalised.js';
