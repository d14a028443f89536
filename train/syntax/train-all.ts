/**
 * Trains every shipped tagger and lemmatizer with fixed seeds, exactly as `kroniek train` does, and writes
 * models/<lang>/{tagger,lemmatizer}.bin with their cards (tagger.md, lemmatizer.md).
 * Usage: npx tsx train/syntax/train-all.ts [--lang nl|en]
 * Needs ../shared/data beside the repository and, for Dutch, the converted treebanks of
 * `npx tsx train/treebanks/build.ts` in train/build/treebanks/.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { trainCommand } from '../../src/cli/train.js';
import { MODEL_RECIPES, type ModelRecipe } from './recipes.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const data = resolve(repo, '../shared/data');

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const recipes = MODEL_RECIPES.filter((r) => values.lang === undefined || r.language === values.lang);
if (recipes.length === 0) throw new Error(`no models for --lang ${values.lang}`);

for (const recipe of recipes) {
  const resolvePath = (path: string) => resolve(repo, path.replace('$DATA', data));
  const inputs = [...recipe.train, ...recipe.dev, ...(recipe.clusters ? [recipe.clusters] : [])].map(resolvePath);
  const missing = inputs.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}` + (missing.some((f) => f.includes('train/build/treebanks')) ? ' (run: npx tsx train/treebanks/build.ts)' : ''));
  }
  const argv = [
    recipe.component,
    '--lang', recipe.language,
    ...recipe.train.flatMap((file) => ['--train', resolvePath(file)]),
    ...recipe.dev.flatMap((file) => ['--dev', resolvePath(file)]),
    '--out', join(repo, 'models', recipe.language),
    '--epochs', String(recipe.epochs),
    '--seed', String(recipe.seed),
    ...(recipe.component === 'lemmatizer' ? ['--tagger', join(repo, 'models', recipe.language, 'tagger.bin')] : []),
    ...(recipe.clusters ? ['--clusters', resolvePath(recipe.clusters)] : []),
  ];
  let output = '';
  const status = await trainCommand.run(argv, {
    stdin: process.stdin,
    stdout: { write: (chunk: string) => ((output += chunk), true) } as never,
    stderr: process.stderr,
  });
  if (status !== 0) throw new Error(`training ${recipe.component} ${recipe.language} failed (${status})`);
  const summary = JSON.parse(output) as { model: string; dev: Record<string, unknown>; bestEpoch: number; trainingTokens: number };
  const command = `kroniek train ${argv.map((a) => (a.startsWith('/') ? relative(repo, a) || '.' : a)).join(' ')}`
    .replaceAll(relative(repo, data), '../shared/data');
  writeFileSync(join(repo, 'models', recipe.language, `${recipe.component}.md`), card(recipe, summary, command));
  process.stderr.write(`wrote ${relative(repo, summary.model)}\n`);
}

function card(
  recipe: ModelRecipe,
  summary: { model: string; dev: Record<string, unknown>; bestEpoch: number; trainingTokens: number },
  command: string,
): string {
  const size = statSync(summary.model).size;
  const dev = Object.entries(summary.dev)
    .map(([file, scores]) => `| ${file} | ${Object.entries(scores as Record<string, unknown>)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k} ${typeof v === 'number' ? v.toFixed(2) : String(v)}`)
      .join(', ')} |`)
    .join('\n');
  return `# ${recipe.title}

${recipe.description}

- File: \`${recipe.component}.bin\` (${(size / 1024).toFixed(0)} KiB), Kroniek model format (src/learn/model-file.ts).
- Trained: ${new Date().toISOString().slice(0, 10)}, ${summary.trainingTokens} training words, best of ${recipe.epochs} epochs: epoch ${summary.bestEpoch}, seed ${recipe.seed}.
- Produced by \`npx tsx train/syntax/train-all.ts\`, which runs:
  \`${command}\`

## Training data and licence

${recipe.data}

## Dev scores (gold tokenisation${recipe.component === 'lemmatizer' ? ', tags from the shipped tagger' : ''})

| dev file | scores (%) |
| --- | --- |
${dev}
${recipe.limits ? `\n## Limits\n\n${recipe.limits}\n` : ''}`;
}
