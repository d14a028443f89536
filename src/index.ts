/** Kroniek as a library: analyse articles into the output contract, or use the document model and its parts. */
export * from './doc/article.js';
export { Doc, Token, Span, NO_HEAD, type Segmentation } from './doc/doc.js';
export { StringStore } from './doc/strings.js';
export { analyzeArticle, AnalysisError, PIPELINE_LANGUAGES, pipelineFor, type AnalyzeOptions, type Component } from './pipeline/index.js';
export { segment, SEGMENTER_LANGUAGES } from './tokenize/index.js';
export { detectLanguage, type LanguageGuess } from './langid/index.js';
export { collectInputs, type CollectOptions, type InputFormat } from './io/collect.js';
export type { ArticleInput, InputError, InputItem } from './io/input.js';
export { PACKAGE_VERSION } from './version.js';
