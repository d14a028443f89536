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
  /** The card's training data and licence section. */
  data: string;
  /** Known limits, for the card. */
  limits?: string;
}

const EWT_TRAIN = '$DATA/ud-en-ewt/en_ewt-ud-train.conllu.gz';
const EWT_DEV = '$DATA/ud-en-ewt/en_ewt-ud-dev.conllu';
const NL_TRAIN = ['train/build/treebanks/nl-alpino-cdb.conllu', 'train/build/treebanks/nl-lassysmall-r14-v2.conllu'];
const NL_DEV = ['$DATA/ud-nl-alpino/nl_alpino-ud-dev.conllu', '$DATA/ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu'];

const EWT_DATA = `UD English-EWT train (Universal Dependencies, English Web Treebank): CC BY-SA 4.0.
Tuned on the EWT dev file only; the official test file was never used.`;
const NL_LIMITS = `Below the project targets (UPOS 95.5, lemma 95 on both dev sets). The training data is small (about 210,000
words, 13% of dev words unseen) and converted from other annotation schemes. The converter now follows the dev
conventions for sentence-initial "maar"/"en" (CCONJ), "meest(e)"/"minder" as modifiers (ADV), digit ordinals ("19e": ADJ),
determiner slots (DET), nominalised infinitives after "het" (VERB) and hyphenated compounds (Oranje_belofte), but
some remain apart: the two dev sets tag words inside names differently ("de", "van": PROPN in Alpino, DET/ADP in
LassySmall), foreign words in names are X in dev but PROPN in training, adjectival participles ("geboren", "gemengd")
are VERB in dev but often ADJ in training, and compound lemmas follow the converter's own compound lexicon. Auxiliary
versus main verb ("werd", "is", "had") needs the whole clause; the tagger sees the end of each clause, which helps only
partly.`;
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
    description: 'Greedy averaged-perceptron tagger predicting UPOS and PTB XPOS jointly (src/tag).',
    train: [EWT_TRAIN],
    dev: [EWT_DEV],
    epochs: 10,
    seed: 1,
    data: EWT_DATA,
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
    description: 'Greedy averaged-perceptron UPOS tagger (src/tag). No XPOS: the training data has no CGN tags.',
    train: NL_TRAIN,
    dev: NL_DEV,
    epochs: 10,
    seed: 1,
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
