/** One article to analyse, as the readers produce it. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  published?: string;
  /** ISO 639-1 code the input declares. */
  language?: string;
  source?: string;
  url?: string;
}

/** An input that could not be read; it takes its article's place in the output. */
export interface InputError {
  id: string;
  error: string;
}

export type InputItem = ArticleInput | InputError;

export function isInputError(item: InputItem): item is InputError {
  return 'error' in item;
}

/** Thrown by readers for a problem with one input; its message names the problem, the caller names the input. */
export class InputProblem extends Error {
  /** The id of the article concerned, when the input got as far as saying it. */
  readonly id?: string;

  constructor(message: string, id?: string) {
    super(message);
    this.name = 'InputProblem';
    this.id = id;
  }
}
