import type { Doc } from '../doc/doc.js';

/** What a component can read from or write to a Doc. */
export const ANNOTATIONS = ['tokens', 'sentences', 'upos', 'xpos', 'lemma', 'deps', 'entities', 'timexes', 'actors', 'quotes', 'events', 'claims'] as const;
export type Annotation = (typeof ANNOTATIONS)[number];

/** What every component may know about the article besides its text. */
export interface AnalysisContext {
  /** Publication date (YYYY-MM-DD), or null when unknown. */
  published: string | null;
}

/** One step of the pipeline: reads some annotations of a Doc and writes others, in place. */
export interface Component {
  name: string;
  reads: readonly Annotation[];
  writes: readonly Annotation[];
  apply(doc: Doc, context: AnalysisContext): void;
}
