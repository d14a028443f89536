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
export {
  speechVerbsFor,
  validateSpeech,
  claimStance,
  SPEECH_LANGUAGES,
  SPEECH_STANCES,
  SPEECH_KINDS,
  type SpeechLexicon,
  type SpeechCue,
  type SpeechStance,
  type SpeechKind,
} from './speech.js';
export {
  triggersFor,
  validateTriggers,
  TRIGGER_LANGUAGES,
  NEGATIVE_CONTEXTS,
  type TriggerLexicon,
  type TriggerEntry,
  type TriggerPos,
  type ArgumentRole,
  type NegativeContext,
  type Slot,
} from './triggers.js';
export { EventCoder } from './coder/coder.js';
export { coderLanguage, validateCoderLanguage, type CoderLanguage } from './coder/language.js';
export {
  EventScorer,
  actorsMatch,
  isSymmetric,
  MATCH_LEVELS,
  type EventScoring,
  type ActorCoding,
  type GoldActor,
  type GoldEvent,
  type GoldEventText,
  type EventScores,
  type EventError,
  type PrecisionRecall,
  type MatchLevel,
} from './evaluate.js';
export { ActorCodeTable } from './evaluate-actors.js';
export { checkGoldEvents } from './evaluate-gold.js';
