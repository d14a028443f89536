import type { ParserTrainingOptions } from '../../src/parse/index.js';
import { attachToNextConjunct } from './coordination.js';

/** How one shipped parser model is trained, and what its card says about the data. */
export interface ParserRecipe {
  language: string;
  /** Training files: `train/...` relative to the repo, anything else relative to ../shared/data. */
  train: string[];
  dev: string[];
  options: Pick<ParserTrainingOptions, 'epochs' | 'orders' | 'seed' | 'compact' | 'adjustTraining'>;
  /** Train on jack-knifed predicted UPOS (this many folds, tagger epochs per fold) and score dev on the shipped tagger's UPOS. */
  jackknife: { folds: number; epochs: number };
  /** One line per training source for the model card: what it is and under which licence. */
  sources: string[];
  /** Anything else the card should say about how the model was made. */
  notes: string[];
}

/** Weights below this (in perceptron update units) are dropped: a quarter of the size for about 0.3 LAS. */
const MIN_WEIGHT = 1;

/**
 * Jack-knifing with ten folds of as many tagger epochs as the shipped tagger gets: fold taggers that see 90% of the
 * data make errors more like the shipped tagger's, which gave +0.3 mean Dutch dev LAS over five folds of five epochs.
 */
const JACKKNIFE = { folds: 10, epochs: 8 };

export const PARSER_RECIPES: readonly ParserRecipe[] = [
  {
    language: 'nl',
    train: ['train/build/treebanks/nl-alpino-cdb.conllu', 'train/build/treebanks/nl-lassysmall-r14-v2.conllu'],
    dev: ['ud-nl-alpino/nl_alpino-ud-dev.conllu', 'ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu'],
    options: {
      epochs: 20,
      orders: 4,
      seed: 1,
      compact: { minWeight: MIN_WEIGHT },
      // Stopgap until train/treebanks converts coordination the UD v2 way (see coordination.ts).
      adjustTraining: (sentences) => void attachToNextConjunct(sentences),
    },
    jackknife: JACKKNIFE,
    sources: [
      'Alpino Dependency Treebank, cdb part (7,136 newspaper sentences; NLTK distribution), converted from Alpino ' +
        'XML to UD v2 by train/treebanks/build.ts. Distributed with permission of Gertjan van Noord; research data ' +
        '(see ../shared/data/alpino-treebank-nltk/SOURCE.md). The same material is released under CC BY-SA 4.0 ' +
        'inside UD Dutch-Alpino. Cite van der Beek et al. (2002), The Alpino Dependency Treebank.',
      'UD Dutch-LassySmall r1.4 train (Wikipedia; 5,045 sentences after removing any that occur in the current ' +
        'dev/test sets), converted from UD v1 to v2 by train/treebanks/build.ts. CC BY-SA 4.0. Cite Bouma & van ' +
        'Noord (2017), UDW 2017.',
    ],
    notes: [
      'Before training, coordinating conjunctions and separating punctuation that the conversion attached to the ' +
        'first conjunct (UD v1 style) are moved to the next conjunct (UD v2), see train/parser/coordination.ts.',
      'Relations that a training file never subtypes (LassySmall r1.4 has no obl:arg, acl:relcl, nmod:poss, ...) ' +
        'do not penalise the subtypes learnt from the other file.',
    ],
  },
  {
    language: 'en',
    train: ['ud-en-ewt/en_ewt-ud-train.conllu.gz', 'gum-en/gum-permissive-train.conllu.gz'],
    dev: ['ud-en-ewt/en_ewt-ud-dev.conllu'],
    options: { epochs: 16, orders: 4, seed: 1, compact: { minWeight: MIN_WEIGHT } },
    jackknife: JACKKNIFE,
    sources: [
      'UD English-EWT r2.16 train (12,544 sentences of web text). CC BY-SA 4.0. Cite Silveira et al. (2014), ' +
        'A Gold Standard Dependency Corpus for English, LREC 2014.',
      'GUM, permissively licensed genres only (news, interview, academic, court, bio, voyage; 3,707 training ' +
        'sentences, 84 documents; see ../shared/data/gum-en/SOURCE.md): annotations CC BY 4.0, texts CC BY 2.5 / ' +
        'CC BY 4.0 / CC BY-SA 3.0. Cite Zeldes (2017), The GUM Corpus: Creating Multilayer Resources in the ' +
        'Classroom, LRE 51(3).',
    ],
    notes: [],
  },
];
