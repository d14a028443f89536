import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTreebank, shippedModelPath } from '../learn/index.js';
import { Tagger } from '../tag/index.js';
import { DependencyParser, PARSER_FILE, attachmentScores, goldTags } from './index.js';

/**
 * Accuracy regression for the shipped parsers on the full UD dev files (gold tokenization), two ways:
 * - with gold tags, LAS must reach the project target (the parser's own share of the job);
 * - with the shipped tagger's tags, as in the pipeline, LAS must not fall below what the shipped model scored
 *   minus half a point of slack for retraining. With predicted tags Dutch-Alpino and English-EWT reach the project
 *   targets, Dutch-LassySmall not (tagging errors cost it 3 LAS points: see models/nl/parser.md).
 */
const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const CASES = [
  { language: 'nl', dev: 'ud-nl-alpino/nl_alpino-ud-dev.conllu', target: 80, floor: 79.8 },
  { language: 'nl', dev: 'ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu', target: 78, floor: 76.7 },
  { language: 'en', dev: 'ud-en-ewt/en_ewt-ud-dev.conllu', target: 82, floor: 81.9 },
];

for (const { language, dev, target, floor } of CASES) {
  const devPath = DATA + dev;
  const parserPath = shippedModelPath(language, PARSER_FILE);
  const taggerPath = shippedModelPath(language, 'tagger.bin');
  const missing = [devPath, parserPath, taggerPath].filter((p) => !existsSync(p));
  const skip = missing.length > 0 && `missing ${missing.join(', ')}`;

  test(`${language} parser on ${dev}: LAS with gold tags ≥ ${target}`, { skip }, () => {
    const treebank = readTreebank([devPath], language);
    goldTags(treebank.doc, treebank);
    DependencyParser.load(parserPath).parse(treebank.doc);
    const { las, uas } = attachmentScores(treebank, treebank.doc);
    assert.ok(las >= target, `LAS ${las.toFixed(2)} (UAS ${uas.toFixed(2)}) below ${target}`);
  });

  test(`${language} parser on ${dev}: LAS with the shipped tagger's tags ≥ ${floor}`, { skip }, () => {
    const treebank = readTreebank([devPath], language);
    Tagger.load(taggerPath).apply(treebank.doc);
    DependencyParser.load(parserPath).parse(treebank.doc);
    const { las, uas } = attachmentScores(treebank, treebank.doc);
    assert.ok(las >= floor, `LAS ${las.toFixed(2)} (UAS ${uas.toFixed(2)}) below ${floor}`);
  });
}
