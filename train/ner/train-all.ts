/**
 * Trains every shipped entity recogniser from scratch with fixed seeds and writes its model card: first the word
 * clusters (models/<name>/ner-clusters.bin, learned from unlabelled text by learn-clusters.ts), then
 * models/nl/ner.bin (CoNLL-2002, research only), models/nl-open/ner.bin (openly licensed labelled data) and
 * models/en/ner.bin (UNER English-EWT).
 * Run one recipe with `--only NAME`; `--keep-clusters` reuses the cluster files already in models/.
 *
 *   nice -n 10 npx tsx train/ner/train-all.ts [--only nl|nl-open|en] [--keep-clusters]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { trainNerFiles } from '../../src/ner/index.js';
import { modelCard } from './card.js';
import { learnClusters } from './learn-clusters.js';
import { RECIPES, type Recipe } from './recipes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = join(root, '../shared/data');

const { values } = parseArgs({ options: { only: { type: 'string' }, 'keep-clusters': { type: 'boolean' } } });
const recipes = RECIPES.filter((recipe) => values.only === undefined || recipe.name === values.only);
if (recipes.length === 0) throw new Error(`no recipe '${values.only}'`);

for (const recipe of recipes) train(recipe);

function train(recipe: Recipe): void {
  const started = Date.now();
  const out = join(root, 'models', recipe.name);
  mkdirSync(out, { recursive: true });
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const clusterSet = recipe.clusters ?? recipe.language;
  const clustersPath = join(root, 'models', clusterSet, 'ner-clusters.bin');
  if (!values['keep-clusters']) learnClusters(clusterSet, clustersPath);
  const summary = trainNerFiles(
    {
      language: recipe.language,
      train: recipe.train.map((file) => join(data, file)),
      dev: recipe.dev.map((file) => join(data, file)),
      out,
      epochs: recipe.epochs,
      seed: recipe.seed,
      clusters: clustersPath,
    },
    {
      types: recipe.types,
      nameCorpora: recipe.nameCorpora?.map((file) => join(data, file)),
      report: recipe.report?.map((file) => join(data, file)),
      twoPass: recipe.twoPass,
    },
    io,
  );
  const modelBytes = statSync(join(out, 'ner.bin')).size;
  const clusterBytes = statSync(clustersPath).size;
  writeFileSync(join(out, 'ner.md'), modelCard(recipe, summary, modelBytes, clusterBytes));
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`${JSON.stringify({ name: recipe.name, seconds, modelBytes, ...summary, model: undefined })}\n`);
}
