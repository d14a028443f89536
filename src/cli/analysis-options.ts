import { UsageError } from './command.js';
import { publicationDate } from '../io/dates.js';
import { PIPELINE_LANGUAGES } from '../pipeline/index.js';

/** The --lang of commands that analyse articles: `auto` (the default) or a language Kroniek has a pipeline for. */
export function languageOption(value: string | undefined): string {
  const language = value ?? 'auto';
  if (language !== 'auto' && !PIPELINE_LANGUAGES.includes(language)) {
    throw new UsageError(`--lang ${language}: Kroniek analyses ${PIPELINE_LANGUAGES.join(', ')} (or auto)`);
  }
  return language;
}

/** The --published of commands that analyse articles: a real calendar date YYYY-MM-DD, or undefined. */
export function publishedOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--published ${value}: expected YYYY-MM-DD`);
  try {
    return publicationDate(value);
  } catch (error) {
    throw new UsageError(`--published: ${(error as Error).message}`);
  }
}
