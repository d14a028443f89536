import type { Writable } from 'node:stream';
import { FeatureKeys, PerceptronTrainer, hashString, mix, trainEpochs, type Treebank } from '../learn/index.js';
import type { Tagger } from '../tag/index.js';
import { evaluateLemmatizer } from './evaluate.js';
import { lemmaFeatures } from './features.js';
import { LemmaClass } from './lemma-class.js';
import { CompoundParts } from './compounds.js';
import { LemmaLexicon } from './lexicon.js';
import { SeparableVerbs } from './particles.js';
import { ANY_TAG, Lemmatizer } from './lemmatizer.js';
import { ClassPicker } from './pick.js';

export interface LemmatizerTraining {
  epochs: number;
  seed: number;
  /** Progress label, e.g. "lemmatizer nl". */
  label: string;
  /** Tags the dev data for the per-epoch score (gold tags when absent). */
  tagger?: Tagger;
  log?: Writable;
}

export interface TrainedLemmatizer {
  lemmatizer: Lemmatizer;
  epoch: number;
  /** Dev lemma accuracy of the kept epoch, one per dev treebank (in the order given). */
  dev: number[];
}

/** Edit-tree classes seen fewer times than this are left to the lexicon. */
const MIN_CLASS_COUNT = 2;
/** Prefixes written together with the rest of the word ("be" + "klonken") must be seen this often. */
const MIN_PREFIX_COUNT = 3;
/** Particle–verb pairs seen fewer times than this are not used. */
const MIN_PARTICLE_COUNT = 1;
/** Averaged weights smaller than this are pruned from the shipped model. */
const MIN_WEIGHT = 0.05;

/** Trains a lemmatizer on the gold tags and lemmas of `train`, keeping the epoch with the best mean dev accuracy. */
export function trainLemmatizer(train: Treebank, dev: Treebank[], options: LemmatizerTraining): TrainedLemmatizer {
  const { doc } = train;
  const tokens: number[] = [];
  for (let i = 0; i < doc.length; i++) if (train.lemma[i] !== '_' || doc.tokenText(i) === '_') tokens.push(i);
  const { lemmas, pairs } = separateParticles(train);
  const separable = SeparableVerbs.build(pairs, MIN_PARTICLE_COUNT);
  const forms = tokens.map((i) => doc.tokenText(i));
  const lowers = forms.map((form) => form.toLowerCase());
  const uposHashes = tokens.map((i) => hashString(train.upos[i]));
  const xposHashes = tokens.map((i) => hashString(train.xpos[i]));

  const lexicon = LemmaLexicon.build(
    tokens.flatMap((i, k): [number, string][] => [
      [LemmaLexicon.exactKey(doc.text, doc.starts[i], doc.ends[i], mix(uposHashes[k], xposHashes[k])), lemmas[i]],
      [LemmaLexicon.exactKey(doc.text, doc.starts[i], doc.ends[i], uposHashes[k]), lemmas[i]],
      [LemmaLexicon.lowerKey(doc.text, doc.starts[i], doc.ends[i], uposHashes[k]), lemmas[i]],
      [LemmaLexicon.exactKey(doc.text, doc.starts[i], doc.ends[i], ANY_TAG), lemmas[i]],
    ]),
  );
  const compounds = CompoundParts.build(
    tokens.map((i, k) => ({ form: forms[k], lemma: lemmas[i], uposHash: uposHashes[k] })),
    lexicon,
    MIN_PREFIX_COUNT,
  );

  // Compound lemmas are left to the lexicon and the compound splitter: as edit trees they only generalise
  // into splits at arbitrary places.
  const labelOf = tokens.map((i, k) =>
    lemmas[i].includes('_') && !forms[k].includes('_') ? '' : LemmaClass.between(forms[k], lemmas[i]).label,
  );
  const classCounts = new Map<string, number>();
  for (const label of labelOf) classCounts.set(label, (classCounts.get(label) ?? 0) + 1);
  const labels = [...classCounts]
    .filter(([label, count]) => label !== '' && count >= MIN_CLASS_COUNT)
    .map(([label]) => label)
    .sort();
  const classIndex = new Map(labels.map((label, c) => [label, c]));
  const gold = labelOf.map((label) => classIndex.get(label) ?? -1);
  const classes = labels.map((label) => LemmaClass.fromLabel(label));

  const trainer = new PerceptronTrainer(labels, 1 << 16);
  const picker = new ClassPicker(classes);
  const keys = new FeatureKeys(32);
  const scores = new Float32Array(labels.length);
  const items = tokens.map((_, k) => k).filter((k) => gold[k] >= 0);

  const best = trainEpochs({
    items,
    epochs: options.epochs,
    seed: options.seed,
    label: options.label,
    log: options.log,
    learn: (k) => {
      const i = tokens[k];
      lemmaFeatures(doc.text, doc.starts[i], doc.ends[i], uposHashes[k], xposHashes[k], keys);
      trainer.score(keys.hashed(), keys.length, scores);
      const guess = picker.pick(scores, forms[k], lowers[k]);
      if (guess >= 0) trainer.update(keys.hashed(), keys.length, gold[k], guess);
      trainer.tick();
    },
    snapshot: () => {
      const lemmatizer = new Lemmatizer(trainer.averagedModel({ minWeight: MIN_WEIGHT }), lexicon, compounds, separable);
      const scores = dev.map((treebank) => evaluateLemmatizer(lemmatizer, treebank, options.tagger));
      const mean = scores.reduce((sum, s) => sum + s, 0) / Math.max(1, scores.length);
      return { model: { lemmatizer, scores }, score: mean, report: `dev lemma ${scores.map((s) => s.toFixed(2)).join(' | ')}` };
    },
  });
  return { lemmatizer: best.model.lemmatizer, epoch: best.epoch, dev: best.model.scores };
}

/**
 * Training lemmas with separated particles taken off ("sloot ... af": "af_sluiten" → "sluiten"), which the
 * lemmatizer puts back at run time, and the (particle, verb lemma) pairs found.
 */
function separateParticles(train: Treebank): { lemmas: string[]; pairs: [string, string][] } {
  const lemmas = [...train.lemma];
  const pairs: [string, string][] = [];
  for (let j = 0; j < train.doc.length; j++) {
    const verb = train.head[j];
    if (train.deprel[j] !== 'compound:prt' || verb < 0) continue;
    const particle = train.doc.tokenText(j).toLowerCase();
    const lemma = lemmas[verb];
    if (!lemma.startsWith(`${particle}_`)) continue;
    lemmas[verb] = lemma.slice(particle.length + 1);
    pairs.push([particle, lemmas[verb]]);
  }
  return { lemmas, pairs };
}
