/** How each shipped tagger and lemmatizer is trained. Paths are relative to the repository; $DATA is ../shared/data. */
export interface ModelRecipe {
  component: 'tagger' | 'lemmatizer';
  language: string;
  title: string;
  description: string;
  train: string[];
  dev: string[];
  epochs: number;
  seed: number;
  /** Word clusters (models/<lang>/ner-clusters.bin, learnt by train/ner/learn-clusters.ts) for the tagger's features. */
  clusters?: string;
  /** The card's training data and licence section. */
  data: string;
  /** Known limits, for the card. */
  limits?: string;
}

const EWT_TRAIN = '$DATA/ud-en-ewt/en_ewt-ud-train.conllu.gz';
const EWT_DEV = '$DATA/ud-en-ewt/en_ewt-ud-dev.conllu';
const GUM_TRAIN = '$DATA/gum-en/gum-permissive-train.conllu.gz';
const NL_TRAIN = ['train/build/treebanks/nl-alpino-cdb.conllu', 'train/build/treebanks/nl-lassysmall-r14-v2.conllu'];
const NL_DEV = ['$DATA/ud-nl-alpino/nl_alpino-ud-dev.conllu', '$DATA/ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu'];

const EWT_DATA = `UD English-EWT train (Universal Dependencies, English Web Treebank): CC BY-SA 4.0.
Tuned on the EWT dev file only; the official test file was never used.`;
const EWT_GUM_DATA = `- UD English-EWT train (Universal Dependencies, English Web Treebank): CC BY-SA 4.0.
- GUM, permissively licensed genres only (news, interview, academic, court, bio, voyage; 84 training documents, see
  ../shared/data/gum-en/SOURCE.md): annotations CC BY 4.0, texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0.

Tuned on the EWT dev file only; the official test files were never used.`;
const NL_LIMITS = `Dutch-Alpino dev reaches the project targets (UPOS 95.5, lemma 95); Dutch-LassySmall dev (Wikipedia) misses
the UPOS target (95.10) and meets the lemma target without margin (95.00). The training data is small (about 210,000 words, 13% of dev words unseen)
and converted from other annotation schemes. The converters follow the UD Dutch conventions both dev files share:
sentence-initial "maar"/"en" (CCONJ), "meer"/"meest(e)"/"minder" and quantifiers modifying a predicate as ADV,
ordinals (ADJ, "eerst" too), determiner slots (DET), nominalised infinitives after "het" (VERB), nominalised
adjectives ("de jongeren": ADJ), compounds headed by a common noun ("FARC-rebellen": NOUN), truncated compound
halves ("land-": X), units ("km": SYM), marks inside multi-word units ("3 - 6": SYM), present and ge-participles
(VERB), titles opening with an article ("De wolkammer": DET), diminutive lemmas (base noun). Some conventions stay
apart: the two dev sets tag words inside names differently ("De", "van", "der": PROPN in Alpino, often DET/ADP in
LassySmall), foreign titles are X but foreign organisation names PROPN (no foreign-word signal in training), and
compound lemmas follow the converter's compound lexicon (frequent compounds kept whole, "kilometer" too).
Auxiliary versus main verb ("werd", "is", "had") needs the whole clause; the tagger sees the end of each clause and
its next possible verb, which helps only partly. Word clusters (from news, legislation and Europarl) help the Alpino
news text more than LassySmall's Wikipedia.`;
const NL_DATA = `- Alpino Treebank, cdb part (newspaper text; NLTK's copy), converted to UD v2 by train/treebanks: "distributed
  with permission" of its authors, research data; the same material is released under CC BY-SA 4.0 in UD Dutch-Alpino.
- UD Dutch-LassySmall r1.4 train (Wikipedia), filtered of sentences in the current dev/test and converted from UD v1 to
  v2 by train/treebanks: CC BY-SA 4.0.

Tuned on the UD Dutch-Alpino and Dutch-LassySmall dev files only; the official test files were never used.`;

export const MODEL_RECIPES: readonly ModelRecipe[] = [
  {
    component: 'tagger',
    language: 'en',
    title: 'English part-of-speech tagger',
    description:
      'Greedy averaged-perceptron tagger predicting UPOS and PTB XPOS jointly (src/tag), the mean of 4 perceptrons ' +
      'trained side by side on different sentence orders, with word-cluster features: ' +
      'the clusters of models/en/ner-clusters.bin (learnt by train/ner/learn-clusters.ts from unlabelled English text, ' +
      'see models/en/ner.md; only word hashes and cluster ids are kept) are copied into the model.',
    train: [EWT_TRAIN, GUM_TRAIN],
    dev: [EWT_DEV],
    epochs: 10,
    seed: 1,
    clusters: 'models/en/ner-clusters.bin',
    data: EWT_GUM_DATA,
  },
  {
    component: 'lemmatizer',
    language: 'en',
    title: 'English lemmatizer',
    description: 'Lexicon of (word, tag) → lemma plus an averaged-perceptron edit-tree classifier (src/lemmatize).',
    train: [EWT_TRAIN],
    dev: [EWT_DEV],
    epochs: 3,
    seed: 1,
    data: EWT_DATA,
  },
  {
    component: 'tagger',
    language: 'nl',
    title: 'Dutch part-of-speech tagger',
    description:
      'Greedy averaged-perceptron UPOS tagger (src/tag), the mean of 4 perceptrons trained side by side on different ' +
      'sentence orders, with word-cluster features: the clusters of ' +
      'models/nl/ner-clusters.bin (learnt by train/ner/learn-clusters.ts from unlabelled Dutch news, legislation and ' +
      'Europarl text, partly a restricted news collection: only word hashes and cluster ids are kept) are copied into ' +
      'the model. No XPOS: the training data has no CGN tags.',
    train: NL_TRAIN,
    dev: NL_DEV,
    epochs: 8,
    seed: 1,
    clusters: 'models/nl/ner-clusters.bin',
    data: NL_DATA,
    limits: NL_LIMITS,
  },
  {
    component: 'lemmatizer',
    language: 'nl',
    title: 'Dutch lemmatizer',
    description:
      'Lexicon of (word, tag) → lemma plus an averaged-perceptron edit-tree classifier (src/lemmatize). Lemmas follow ' +
      'the UD Dutch treebanks: verbs as infinitive, separable verbs and compounds with "_" (af_lopen, basis_niveau).',
    train: NL_TRAIN,
    dev: NL_DEV,
    epochs: 3,
    seed: 1,
    data: NL_DATA,
    limits: NL_LIMITS,
  },
];
