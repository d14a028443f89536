import type { Recipe } from './recipes.js';
import { entitiesNeedCapital } from '../../src/ner/index.js';

interface DevScores {
  precision: number;
  recall: number;
  f1: number;
  perTypeF1: Record<string, number>;
}

const CLUSTER_TEXT: Record<string, string> = {
  nl:
    'Dutch laws (BWB), Europarl sample, WikiANN Dutch train and Europeana newspaper text, and the restricted 2019 news ' +
    'collection (leestmeer), from which only cluster ids of words are kept',
  'nl-open': 'Dutch laws (BWB, public domain), Europarl sample (free use), NTREX Dutch (CC BY-SA 4.0); built with --sources nl-open',
  en: 'UN General Debate speeches, Wikinews 2019-2020, Europarl sample, NTREX English',
};

const TWO_PASSES = (summary: Record<string, unknown>) =>
  `Greedy BILOU sequence labeller in two passes (averaged perceptrons, src/ner) for ${(summary.types as string[]).join(', ')}.
The first pass decides every word on its own evidence; the second, whose weights are the mean of ${summary.orders} perceptrons
trained side by side on different shuffles of the documents, also sees what the first pass made of the word, of the
words to its right and of every other mention of the same capitalised word in the article (how many mentions got which
type, and whether the word was part of a longer entity), so that a repeated name no longer hinges on its first
mention. In training, the first-pass decisions on a document come from a perceptron that never saw it (5 folds), as at
run time; the shipped first pass is the mean of those 5.`;

const ONE_PASS = (summary: Record<string, unknown>) =>
  `Greedy BILOU sequence labeller in one pass (averaged perceptron, src/ner) for ${(summary.types as string[]).join(', ')}: the
mean of the weights of ${summary.orders} perceptrons trained side by side on different shuffles of the documents (the
second pass of the other models scored lower on this corpus).`;

function namesFrom(summary: Record<string, unknown>): string {
  const files = summary.namesFrom as string[];
  return files.length === 0 ? '' : `, the entities of ${files.join(', ')}`;
}

/** The model card (models/<name>/ner.md) of a trained recogniser. */
export function modelCard(recipe: Recipe, summary: Record<string, unknown>, modelBytes: number, clusterBytes: number): string {
  const scoreLines = (scores: Record<string, DevScores>): string =>
    Object.entries(scores)
      .map(
        ([file, s]) =>
          `| ${file} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} | ` +
          `${Object.entries(s.perTypeF1).map(([type, f1]) => `${type} ${f1.toFixed(2)}`).join(', ')} |`,
      )
      .join('\n');
  const report = (summary.report ?? {}) as Record<string, DevScores>;
  const reportTable =
    Object.keys(report).length === 0
      ? ''
      : `
## Also scored (nothing chosen on these files)

| file | P | R | F1 | F1 per type |
|---|---|---|---|---|
${scoreLines(report)}
`;
  return `# Named-entity recogniser \`${recipe.name}\` (models/${recipe.name}/ner.bin)

${summary.twoPass ? TWO_PASSES(summary) : ONE_PASS(summary)}
Features: word, lower case, shape, prefixes and suffixes, capitalisation in context, sentence position, a ±2 word
window, part-of-speech tags (the tagger runs first; trained with ${summary.tagger}, sha256 ${summary.taggerSha256}…), word clusters (prefixes of 4, 8
and 12 bits), name lists by entity type (actor knowledge base${namesFrom(summary)} + training entities, the latter jackknifed in
training; names starting at a lower-case word count apart), the roles of adjacent capitalised words in the listed
names (first word, last word, whole name), label history${summary.twoPass ? ' (and the type of an entity that ended two words before)' : ''},
and document features: the type the same capitalised word got earlier in the article (in the deciding pass), how the word is
capitalised elsewhere in it (and whether it ever follows a known first name), and the words around all its mentions
(context aggregation). An entity the model leaves open is closed at the previous token, and one always ends between
two words that each name a different known person ("dat Biden Xi heeft gewezen").${
    entitiesNeedCapital(recipe.language)
      ? ' An entity needs a capitalised word, as names in this language have one (src/lang/' + recipe.language + '/ner.json).'
      : ''
  } Retrain when the tagger model changes.

- Training data: ${recipe.train.join(', ')} (${summary.trainingTokens} tokens).
- Licence of the training data: ${recipe.licence}.
- **Use:** ${recipe.use}
- Word clusters: models/${recipe.clusters ?? recipe.language}/ner-clusters.bin (${(clusterBytes / 1e3).toFixed(0)} kB, embedded in ner.bin), learned by
  train/ner/learn-clusters.ts (PPMI, truncated SVD, k-means tree) from unlabelled running text (${CLUSTER_TEXT[recipe.clusters ?? recipe.language]}); only word hashes
  and cluster paths are stored, no text.
- Seed ${recipe.seed}, ${recipe.epochs} epochs, kept epoch ${summary.bestEpoch}. Model size ${(modelBytes / 1e6).toFixed(2)} MB.
- Score offsets per entity type, tuned on the dev file like the epoch (src/ner/calibrate.ts; 0 = none):
  ${Object.entries(summary.typeOffsets as Record<string, number>).map(([type, offset]) => `${type} ${offset}`).join(', ')}.
- Reproduce (clusters included): \`nice -n 10 npx tsx train/ner/train-all.ts --only ${recipe.name}\`.
  Score: \`kroniek eval ner FILE --lang ${recipe.language} --model ${recipe.name} --json\`.

## Dev scores (exact spans, conlleval; gold tokenisation, predicted tags; epoch and offsets chosen on this file)
${(summary.types as string[]).includes('MISC') ? '' : '\nThe model has no MISC type: on files with MISC entities, those count as missed.\n'}
| file | P | R | F1 | F1 per type |
|---|---|---|---|---|
${scoreLines(summary.dev as Record<string, DevScores>)}
${reportTable}`;
}
