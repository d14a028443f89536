import type { Article } from '../doc/article.js';
import type { ArticleInput } from '../io/input.js';
import { detectLanguage } from '../langid/index.js';
import { articleFromDoc } from './article.js';
import { PIPELINE_LANGUAGES, pipelineFor } from './languages.js';

export interface AnalyzeOptions {
  /** A language code to analyse every article as, or `auto`: the article's own `language`, else detection. */
  language: string;
  /** Publication date (YYYY-MM-DD) for articles that do not carry one. */
  published?: string;
  /** Include the token list in the Article. */
  tokens: boolean;
  /** The entity model to use for articles in its language (models/NAME/ner.bin: `nl-open`); else the default. */
  nerModel?: string;
}

/** A problem with one article that stops its analysis; the batch goes on. */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}

/** Analyses one article into the output contract. */
export async function analyzeArticle(input: ArticleInput, options: AnalyzeOptions): Promise<Article> {
  const language = await articleLanguage(input, options.language);
  const published = input.published ?? options.published ?? null;
  const { doc, failures } = pipelineFor(language, options.nerModel).run(input.text, { published });
  return articleFromDoc(doc, input, published, failures, { tokens: options.tokens });
}

async function articleLanguage(input: ArticleInput, requested: string): Promise<string> {
  const supported = PIPELINE_LANGUAGES.join(', ');
  if (requested !== 'auto') return requested;
  if (input.language) {
    const declared = input.language.slice(0, 2).toLowerCase();
    if (PIPELINE_LANGUAGES.includes(declared)) return declared;
    throw new AnalysisError(`its language is '${input.language}', and Kroniek has no pipeline for it (it analyses ${supported})`);
  }
  const guess = await detectLanguage(input.text);
  if (PIPELINE_LANGUAGES.includes(guess.language)) return guess.language;
  if (guess.language === '' || !guess.reliable) {
    throw new AnalysisError(`its language could not be identified (Kroniek analyses ${supported}; say which with --lang)`);
  }
  throw new AnalysisError(`it is in '${guess.language}' (detected), and Kroniek has no pipeline for it (it analyses ${supported})`);
}
