import type { AttachmentScores, ParserTrainingResult } from '../../src/parse/index.js';
import type { ParserRecipe } from './recipes.js';

/** The model card (models/<lang>/parser.md) for a freshly trained parser. */
export function parserCard(
  recipe: ParserRecipe,
  result: ParserTrainingResult,
  bytes: number,
  devTags: string,
  withGoldTags: Record<string, AttachmentScores>,
): string {
  const meta = result.parser.meta;
  const rows = Object.entries(result.dev).map(([file, s]) => {
    const gold = withGoldTags[file];
    return `| ${file} | ${s.words} | ${s.uas.toFixed(2)} | ${s.las.toFixed(2)} | ${s.fullLas.toFixed(2)} | ${gold.uas.toFixed(2)} | ${gold.las.toFixed(2)} |`;
  });
  return `# Dependency parser (${recipe.language})

Greedy arc-hybrid transition parser (src/parse), averaged perceptron over hashed features, trained with a
dynamic oracle; non-projective trees via pseudo-projective lifting. Outputs UD v2 relations with subtypes.

- File: \`models/${recipe.language}/parser.bin\`, ${(bytes / 1e6).toFixed(1)} MB
- Trained: ${String(meta.date)}, ${String(meta.trainingSentences)} sentences, best of ${String(meta.epochs)} epochs = epoch ${result.epoch}, seed ${String(meta.seed)}
- Command: \`npx tsx train/parser/train-all.ts ${recipe.language}\`
- Settings: ${JSON.stringify(recipe.options)}; training tags jack-knifed (${recipe.jackknife.folds} folds,
  ${recipe.jackknife.epochs} tagger epochs each); features use XPOS: ${String(result.parser.usesXpos)}
${recipe.notes.map((n) => `- ${n}\n`).join('')}
## Training data

${recipe.sources.map((s) => `- ${s}`).join('\n')}

The model file holds only feature hashes and weights, no text from the training data.

## Dev scores (gold tokenization)

Tags from ${devTags}, as in the pipeline; the last two columns with gold tags instead, to
show how much the tagger's errors cost.

| dev file | words | UAS | LAS | full-label LAS | UAS (gold tags) | LAS (gold tags) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

LAS compares the universal relation (before ':'), punctuation included (CoNLL 2018); full-label LAS compares
subtypes too.
`;
}
