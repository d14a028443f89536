export { analyzeArticle, AnalysisError, type AnalyzeOptions } from './analyze.js';
export { Pipeline, type ComponentFailure } from './pipeline.js';
export { nerModelIsFor, pipelineFor, PIPELINE_LANGUAGES } from './languages.js';
export { ANNOTATIONS, type Annotation, type AnalysisContext, type Component } from './component.js';
