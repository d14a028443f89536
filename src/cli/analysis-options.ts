import { existsSync } from 'node:fs';
import { UsageError } from './command.js';
import { shippedModelPath } from '../learn/index.js';
import { publicationDate } from '../io/dates.js';
import { nerModelIsFor, PIPELINE_LANGUAGES } from '../pipeline/index.js';

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

/** The --ner-model of commands that analyse articles: a shipped entity model (models/NAME/ner.bin), or undefined. */
export function nerModelOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const forALanguage = PIPELINE_LANGUAGES.some((language) => nerModelIsFor(value, language));
  if (!forALanguage || !/^[a-z]{2}(-[a-z0-9]+)?$/.test(value) || !existsSync(shippedModelPath(value, 'ner.bin'))) {
    throw new UsageError(`--ner-model ${value}: no such entity model (models/${value}/ner.bin); the models are named after their language: nl, nl-open, en`);
  }
  return value;
}
