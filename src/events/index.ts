export {
  ontology,
  validateOntology,
  isPloverType,
  isPloverMode,
  cameoCode,
  cameoFor,
  ploverScore,
  type Ontology,
  type PloverTypeInfo,
  type PloverMode,
  type CameoCode,
  type Quad,
} from './ontology.js';
