/**
 * Learning core shared by the tagger, lemmatizer, parser and entity recogniser.
 *
 * Public API (stable):
 * - Features: `FeatureKeys` (reusable key buffer: clear/push/pushAll/add1/add2/add3/addTemplates, then hashed() and length),
 *   `key1|key2|key3(template, ...values)`,
 *   `FeatureTemplates([[templateId, slot, …], …])` with `FeatureKeys.addTemplates(templates, values)` (all templates
 *   over one Int32Array of slot values, hashed in one loop: the fast way for extractors with many features),
 *   `templateSeries(count, firstTemplate, firstSlot)`,
 *   `hashString(text)`, `hashSlice(text, start, end)`, `mix`/`finish` for custom composition. Keys are non-zero
 *   uint32; values are interned ids or string hashes; the template id keeps feature families apart.
 * - Training: `PerceptronTrainer(labels, expectedFeatures?)` with `score(keys, n, scores)`, `predict(keys, n)`,
 *   `learn(keys, n, truth, allowed?)` (predict + update + tick), `update(keys, n, truth, guess, amount?)` and `tick()` for
 *   custom loops (e.g. transition parsers), `averagedModel({minWeight})` → LinearModel;
 *   `PerceptronTrainer.meanModel(trainers, {minWeight})` → one LinearModel with the mean of several trainers' averaged weights.
 *   `trainEpochs({items, epochs, seed, learn, snapshot, label})` runs seeded shuffled epochs with a progress bar
 *   and keeps the best epoch's snapshot. `SeededRandom(seed)` (next/int/shuffle) for anything else random.
 * - Inference: `LinearModel` (sparse int16 rows, read-only) with `labels`, `classCount`, `score(keys, n, scores)`,
 *   `predict(keys, n, allowed?)` (allowed: Uint8Array mask of permitted classes), `toBytes()` /
 *   `LinearModel.fromBytes(bytes)`; `argmax(scores, n)`, `argmaxAllowed(scores, n, allowed)`.
 * - Files: `ModelFile {kind, meta, sections}` with `writeModelFile(path, model)`, `readModelFile(path, kind?)`,
 *   `encodeModelFile` / `decodeModelFile`, `requireSection(model, name)`. Sections are byte blobs (a LinearModel's
 *   `toBytes()`, JSON via `jsonSection` / `readJsonSection`, anything else via `ByteWriter` / `ByteReader`:
 *   u32/f64/string/json/typed arrays, little-endian, 4-byte aligned).
 * - Evaluation: `Accuracy` (add(ok), percent), `ProgressBar(total, label)` (tick, done).
 * - Data: `readTreebank(paths, language)` / `treebankFromSentences(sentences, language)` → `Treebank` (one Doc on
 *   gold word tokenisation + gold upos/xpos/lemma/head/deprel arrays; .gz ok; UD v1 CONJ → CCONJ).
 * - `WordHashes`: the shared per-token hash arrays of a padded sentence window (extend it per component).
 * - Word hashes (allocation-free, by char code): `hashLower`, `hashPrefix`, `hashSuffix`, `hashShape`,
 *   `startsUpper`, `wordKind`, `lowerCode`.
 * - `shippedModelPath(language, file)`: path of a model under the package's models/ folder.
 */
export { FeatureKeys, finish, hashSlice, hashString, key1, key2, key3, mix } from './hash.js';
export { FeatureTemplates, templateSeries } from './templates.js';
export { WordHashes } from './word-hashes.js';
export { SeededRandom } from './random.js';
export { PerceptronTrainer } from './trainer.js';
export { LinearModel, argmax, argmaxAllowed, type CompactOptions } from './linear-model.js';
export { shuffleOrders, trainEpochs, type EpochTraining } from './epochs.js';
export {
  decodeModelFile,
  encodeModelFile,
  jsonSection,
  readJsonSection,
  readModelFile,
  requireSection,
  writeModelFile,
  type ModelFile,
} from './model-file.js';
export { Accuracy } from './metrics.js';
export { ByteReader, ByteWriter } from './bytes.js';
export { ProgressBar } from './progress.js';
export { readTreebank, treebankFromSentences, type Treebank } from './treebank.js';
export { hashLower, hashPrefix, hashShape, hashSuffix, lowerCode, startsUpper, wordKind } from './word-features.js';
export { shippedModelPath } from './model-path.js';
