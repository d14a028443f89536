import { SEGMENTER_LANGUAGES } from '../tokenize/index.js';
import { Lemmatizer } from '../lemmatize/index.js';
import { Linker } from '../link/index.js';
import { DependencyParser } from '../parse/index.js';
import { Tagger } from '../tag/index.js';
import { timeComponent } from '../time/index.js';
import type { Component } from './component.js';
import { Pipeline } from './pipeline.js';

/** Languages Kroniek has a pipeline for. */
export const PIPELINE_LANGUAGES: readonly string[] = SEGMENTER_LANGUAGES;

/** The components each language runs after segmentation, in order. */
function componentsFor(language: string): Component[] {
  return [Tagger.forLanguage(language), Lemmatizer.forLanguage(language), DependencyParser.forLanguage(language), timeComponent, Linker.forLanguage(language)];
}

const pipelines = new Map<string, Pipeline>();

/** The (cached) pipeline for `language`; throws for a language without one. */
export function pipelineFor(language: string): Pipeline {
  let pipeline = pipelines.get(language);
  if (!pipeline) {
    if (!PIPELINE_LANGUAGES.includes(language)) {
      throw new Error(`no pipeline for language '${language}' (Kroniek analyses ${PIPELINE_LANGUAGES.join(', ')})`);
    }
    pipeline = new Pipeline(language, componentsFor(language));
    pipelines.set(language, pipeline);
  }
  return pipeline;
}
