/**
 * Trains every shipped parser model with fixed seeds and writes models/<lang>/parser.bin plus its card
 * models/<lang>/parser.md.
 *
 * Usage: npx tsx train/parser/train-all.ts [nl] [en]
 * Needs ../shared/data (UD dev files, EWT train) and, for Dutch, the converted treebanks that
 * `npx tsx train/treebanks/build.ts` writes to train/build/treebanks/. Training tags are jack-knifed; dev tags come
 * from the shipped tagger (models/<lang>/tagger.bin, so train it first) or, without one, from a tagger trained on
 * the training data.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTreebank } from '../../src/learn/index.js';
import { attachmentScores, goldTags, trainParser, type ParserTrainingOptions } from '../../src/parse/index.js';
import { PARSER_RECIPES, type ParserRecipe } from './recipes.js';
import { parserCard } from './card.js';
import { jackknifeTags } from './jackknife.js';
import { Tagger } from '../../src/tag/index.js';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const data = resolve(repo, '../shared/data');

const requested = process.argv.slice(2);
const recipes = PARSER_RECIPES.filter((r) => requested.length === 0 || requested.includes(r.language));
if (recipes.length === 0) throw new Error(`no parser recipe for ${requested.join(', ')}`);

for (const recipe of recipes) train(recipe);

function train(recipe: ParserRecipe): void {
  const locate = (path: string): string => {
    const full = path.startsWith('train/') ? join(repo, path) : join(data, path);
    const hint = path.startsWith('train/') ? ' (run: npx tsx train/treebanks/build.ts)' : '';
    if (!existsSync(full)) throw new Error(`missing ${full}${hint}`);
    return full;
  };
  const out = join(repo, 'models', recipe.language);
  const dev = recipe.dev.map(locate);
  const taggerPath = join(out, 'tagger.bin');
  const options: ParserTrainingOptions = {
    ...recipe.options,
    language: recipe.language,
    train: recipe.train.map(locate),
    dev,
    out,
    tag: jackknifeTags({
      language: recipe.language,
      ...recipe.jackknife,
      seed: recipe.options.seed ?? 1,
      dev,
      devTagger: () => (existsSync(taggerPath) ? Tagger.load(taggerPath) : null),
      clusters: existsSync(taggerPath) ? Tagger.load(taggerPath).clusters ?? undefined : undefined,
      cacheDir: join(repo, 'train/build/jackknife'),
    }),
  };
  const result = trainParser(options);
  const size = statSync(result.path!).size;
  const withGoldTags = Object.fromEntries(
    dev.map((path) => {
      const treebank = readTreebank([path], recipe.language);
      goldTags(treebank.doc, treebank);
      result.parser.parse(treebank.doc);
      return [basename(path), attachmentScores(treebank, treebank.doc)];
    }),
  );
  const devTags = existsSync(taggerPath)
    ? `the shipped tagger (models/${recipe.language}/tagger.bin)`
    : 'a tagger trained on the same training data';
  writeFileSync(join(out, 'parser.md'), parserCard(recipe, result, size, devTags, withGoldTags));
  process.stderr.write(`parser ${recipe.language}: wrote ${join(out, 'parser.md')}\n`);
}
