import { Doc } from '../doc/doc.js';
import { segment } from '../tokenize/index.js';
import type { AnalysisContext, Annotation, Component } from './component.js';

/** What the segmenter that opens every pipeline writes. */
const SEGMENTER_WRITES: readonly Annotation[] = ['tokens', 'sentences'];

export interface ComponentFailure {
  component: string;
  message: string;
}

/**
 * A language's segmenter followed by its components, checked when built: each component reads only what the
 * segmenter or an earlier component writes.
 */
export class Pipeline {
  readonly language: string;
  readonly components: readonly Component[];

  constructor(language: string, components: readonly Component[]) {
    const written = new Set<Annotation>(SEGMENTER_WRITES);
    for (const component of components) {
      const missing = component.reads.filter((annotation) => !written.has(annotation));
      if (missing.length > 0) {
        throw new Error(`pipeline ${language}: ${component.name} reads ${missing.join(', ')}, which nothing before it writes`);
      }
      for (const annotation of component.writes) written.add(annotation);
    }
    this.language = language;
    this.components = components;
  }

  get names(): string[] {
    return ['segmenter', ...this.components.map((c) => c.name)];
  }

  /**
   * Segments `text` and runs every component over it. A component that fails is reported in `failures` and the
   * rest still run, so that one broken stage does not lose the article.
   */
  run(text: string, context: AnalysisContext): { doc: Doc; failures: ComponentFailure[] } {
    const doc = new Doc(text, segment(text, this.language), this.language);
    const failures: ComponentFailure[] = [];
    for (const component of this.components) {
      try {
        component.apply(doc, context);
      } catch (error) {
        failures.push({ component: component.name, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { doc, failures };
  }
}
