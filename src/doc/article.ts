/**
 * The output contract: what `kroniek analyze` prints for each article.
 * Public API, described in docs/output.md and docs/article.schema.json; change all three together, on purpose,
 * with a bump of CONTRACT_VERSION.
 */

export const CONTRACT_VERSION = '0.4.0';

/** The 16 PLOVER event types (PLOVER manual, current version). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const EVENT_STATUSES = [
  'asserted',
  'reported',
  'alleged',
  'denied',
  'hypothetical',
  'future',
  'negated',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ENTITY_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const QUOTE_KINDS = ['direct', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const CLAIM_STANCES = ['asserts', 'denies', 'alleges', 'confirms'] as const;
export type ClaimStance = (typeof CLAIM_STANCES)[number];

/** A character range [start, end) in UTF-16 offsets into the article's text. */
export interface CharSpan {
  start: number;
  end: number;
}

export interface TokenRecord extends CharSpan {
  text: string;
  /** Universal POS tag; empty until the tagger runs. */
  tag: string;
  lemma: string;
  /** Index (within the article) of the head token; -1 for a root or before parsing. */
  head: number;
  dep: string;
}

export interface EntityRecord extends CharSpan {
  id: string;
  text: string;
  label: EntityLabel;
  /** Id of the actor (in `actors`) this entity refers to, when linked. */
  actor?: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3, or IGO / NGO for international bodies without one; empty when unknown. */
  country: string;
  /** Three-letter PLOVER/CAMEO sector code (GOV, MIL, COP, JUD, MED, BUS, CVL, OPP, REB, IGO, NGO, ...). */
  sector: string;
  wikidata?: string;
  /** Every place in the text that refers to this actor, in text order. */
  mentions: ActorMention[];
}

/** A name, metonym ("Peking") or agent phrase ("de Chinese ambassadeur") that refers to an actor. */
export interface ActorMention extends CharSpan {
  text: string;
  /** Id of the entity (in `entities`) with exactly this span, when there is one. */
  entity?: string;
}

export interface TimexRecord extends CharSpan {
  text: string;
  /** ISO 8601 value: 2022-03-18, 2022-03, 2022-W11, 2022; empty when it cannot be resolved. */
  value: string;
}

export interface QuoteRecord extends CharSpan {
  id: string;
  text: string;
  /** Actor id of the speaker, when known. */
  speaker?: string;
  /** The verb or phrase that introduces the quote ("zei", "according to"). */
  cue?: string;
  kind: QuoteKind;
}

/** A party to an event as written in the text, with the actor it resolves to. */
export interface ActorRef {
  actor?: string;
  text: string;
  country: string;
  sector: string;
}

export interface EventRecord {
  id: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  goldstein?: number;
  source: ActorRef[];
  target: ActorRef[];
  /** ISO 8601 date of the event when known. */
  date?: string;
  location?: { text: string; country: string };
  status: EventStatus;
  /** Actor id of whoever the text attributes the event to. */
  attributedTo?: string;
  /** Index of the sentence (in `sentences`) of the first evidence span. */
  sentence: number;
  evidence: CharSpan;
  /** Further mentions of the same event. */
  mentions?: CharSpan[];
  confidence: number;
}

export interface ClaimRecord {
  id: string;
  /** Actor id of whoever makes the claim. */
  claimant: string;
  stance: ClaimStance;
  /** Id of the event the claim is about. */
  event: string;
  evidence: CharSpan;
}

export interface ErrorRecord {
  /** Which stage or input the error comes from. */
  source: string;
  message: string;
}

export interface Article {
  id: string;
  /** ISO 639-1 code of the language the article was analysed as. */
  language: string;
  /** ISO 8601 publication date, or null when unknown. */
  published: string | null;
  title?: string;
  source?: string;
  url?: string;
  text: string;
  sentences: CharSpan[];
  tokens?: TokenRecord[];
  entities: EntityRecord[];
  actors: ActorRecord[];
  timexes: TimexRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  claims: ClaimRecord[];
  errors: ErrorRecord[];
}

/** What a batch yields in place of an article that could not be analysed. */
export interface ArticleError {
  id: string;
  error: string;
}
