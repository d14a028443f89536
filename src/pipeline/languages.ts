import { EventCoder } from '../events/index.js';
import { QuoteFinder } from '../quotes/index.js';
import { SEGMENTER_LANGUAGES } from '../tokenize/index.js';
import { Lemmatizer } from '../lemmatize/index.js';
import { Linker } from '../link/index.js';
import { EntityRecognizer } from '../ner/index.js';
import { DependencyParser } from '../parse/index.js';
import { Tagger } from '../tag/index.js';
import { timeComponent } from '../time/index.js';
import type { Component } from './component.js';
import { Pipeline } from './pipeline.js';

/** Languages Kroniek has a pipeline for. */
export const PIPELINE_LANGUAGES: readonly string[] = SEGMENTER_LANGUAGES;

/** The components each language runs after segmentation, in order. */
function componentsFor(language: string, nerModel: string): Component[] {
  return [
    Tagger.forLanguage(language),
    Lemmatizer.forLanguage(language),
    DependencyParser.forLanguage(language),
    EntityRecognizer.forLanguage(language, nerModel),
    timeComponent,
    Linker.forLanguage(language, true),
    QuoteFinder.forLanguage(language),
    EventCoder.forLanguage(language, true),
  ];
}

/** Whether the entity model NAME (models/NAME/ner.bin: `nl`, `nl-open`, `en`) is for `language`. */
export function nerModelIsFor(name: string, language: string): boolean {
  return name === language || name.startsWith(`${language}-`);
}

const pipelines = new Map<string, Pipeline>();

/**
 * The (cached) pipeline for `language`, with the entity model `nerModel` when it is one for that language (else
 * the language's default model); throws for a language without a pipeline.
 */
export function pipelineFor(language: string, nerModel?: string): Pipeline {
  const model = nerModel !== undefined && nerModelIsFor(nerModel, language) ? nerModel : language;
  const key = `${language}:${model}`;
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    if (!PIPELINE_LANGUAGES.includes(language)) {
      throw new Error(`no pipeline for language '${language}' (Kroniek analyses ${PIPELINE_LANGUAGES.join(', ')})`);
    }
    pipeline = new Pipeline(language, componentsFor(language, model));
    pipelines.set(key, pipeline);
  }
  return pipeline;
}
