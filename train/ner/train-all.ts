/**
 * Trains every shipped entity recogniser with fixed seeds and writes its model card:
 * models/nl/ner.bin (CoNLL-2002, research only), models/nl-open/ner.bin (openly licensed labelled data) and
 * models/en/ner.bin (UNER English-EWT). Word clusters (models/<lang>/ner-clusters.bin) must exist; make them
 * with train/ner/learn-clusters.ts. Run one recipe with `--only NAME`.
 *
 *   nice -n 15 npx tsx train/ner/train-all.ts [--only nl|nl-open|en]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nerTrainer } from '../../src/ner/train-command.js';
import { RECIPES, type Recipe } from './recipes.js';
import { modelCard } from './card.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = join(root, '../shared/data');

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const recipes = RECIPES.filter((recipe) => values.only === undefined || recipe.name === values.only);
if (recipes.length === 0) throw new Error(`no recipe '${values.only}'`);

for (const recipe of recipes) train(recipe);

function train(recipe: Recipe): void {
  const out = join(root, 'models', recipe.name);
  mkdirSync(out, { recursive: true });
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const clustersPath = join(root, 'models', recipe.clusters ?? recipe.language, 'ner-clusters.bin');
  const summary = nerTrainer.run(
    {
      language: recipe.language,
      train: recipe.train.map((file) => join(data, file)),
      dev: recipe.dev.map((file) => join(data, file)),
      out,
      epochs: recipe.epochs,
      seed: recipe.seed,
      clusters: clustersPath,
    },
    io,
  );
  const modelBytes = statSync(join(out, 'ner.bin')).size;
  const clusterBytes = statSync(clustersPath).size;
  writeFileSync(join(out, 'ner.md'), modelCard(recipe, summary, modelBytes, clusterBytes));
  process.stdout.write(`${JSON.stringify({ name: recipe.name, modelBytes, ...summary, model: undefined })}\n`);
}
