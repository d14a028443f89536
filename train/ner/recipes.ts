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
}

export const RECIPES: readonly Recipe[] = [
  {
    name: 'nl',
    language: 'nl',
    train: ['conll2002-nl/ned.train'],
    dev: ['conll2002-nl/ned.testa'],
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
    dev: ['conll2002-nl/ned.testa'],
    epochs: 15,
    seed: 1,
    licence:
      'Europeana Newspapers NER Dutch (CC0 1.0) + WikiANN Dutch train (silver labels projected from Wikipedia, text CC BY-SA; ' +
      'WikiANN itself states no licence, commonly listed as ODC-BY)',
    use: 'Trained on openly licensed data only (see the WikiANN note above), word clusters included. Entity types PER, LOC, ORG (no MISC).',
    clusters: 'nl-open',
  },
  {
    name: 'en',
    language: 'en',
    train: ['uner-en-ewt/en_ewt-ud-train.prerelease-normalized.iob2.gz'],
    dev: ['uner-en-ewt/en_ewt-ud-dev.iob2'],
    epochs: 15,
    seed: 1,
    licence: 'Universal NER English-EWT train (pre-release, normalised; CC BY-SA 4.0)',
    use: 'CC BY-SA 4.0 training data: attribute UNER (Mayhew et al. 2024). Entity types PER, LOC, ORG.',
  },
];
