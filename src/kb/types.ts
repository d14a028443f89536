/** The records of the actor knowledge base, as read from the data files (docs/kb.md describes the files). */

/** Which data file kind an actor comes from; also how a name resolves (a country, a metonym, a person, ...). */
export const ACTOR_KINDS = ['country', 'metonym', 'institution', 'international', 'media', 'group', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Organisation-like kinds, which share one file format. */
export const ORGANISATION_KINDS = ['metonym', 'institution', 'international', 'media', 'group'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** How a name in the data relates to its actor. */
export type NameUse = 'name' | 'adjective' | 'demonym';

/** One written form of an actor's name, with the language it belongs to ('' when any). */
export interface ActorName {
  text: string;
  language: string;
  use: NameUse;
  /**
   * The name means this actor only in some contexts ('~' before it in the data: "de Commissie" is the European
   * Commission in EU texts, a committee elsewhere); a lookup through it reports the candidate as context-dependent.
   */
  context: boolean;
}

/** A role a person holds in a half-open date range [from, to); '' means open. No dates: the default role. */
export interface PersonRole {
  country: string;
  sector: string;
  role: string;
  from: string;
  to: string;
  /**
   * Held together with another office ('+' before the role in the data: Netanyahu as his own foreign minister, a
   * monarch of several realms): it may overlap the person's other roles, and a lookup reports it only when no main
   * role covers the date.
   */
  concurrent: boolean;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  /** The canonical name (first name in the data). */
  name: string;
  names: ActorName[];
  /** ISO 3166-1 alpha-3 (or a historical or pseudo code: IGO, NGO, ...). */
  country: string;
  /** Sector code; '' for a country as a whole. */
  sector: string;
  wikidata: string;
  /** Half-open date range the actor existed in ('' = open). */
  from: string;
  to: string;
  flags: ReadonlySet<string>;
  /** People only: their roles, dated ones sorted by start date. */
  roles: PersonRole[];
  /** Where the actor is defined: file name and line. */
  file: string;
  line: number;
}

/** A sector code from sectors.tsv. */
export interface Sector {
  code: string;
  plover: string;
  description: string;
}

/** A role title from roles.tsv; rank orders prominence (higher = more prominent) when several people match. */
export interface RoleDefinition {
  role: string;
  rank: number;
  sector: string;
  en: string;
  nl: string;
}

/** A generic noun that denotes an actor by its function ("ambassadeur", "troepen", "protesters"). */
export interface AgentNoun {
  /** The lemma (first form in the data). */
  lemma: string;
  language: string;
  sector: string;
  /** Role title from roles.tsv, '' when the noun implies none. */
  role: string;
  /** An individual (president) rather than a body or group (regering, troepen). */
  person: boolean;
  /** Implies someone acting for a state (minister, ambassadeur, woordvoerder van ...). */
  official: boolean;
  /** State-owned or state-run (staatsmedia, staatstelevisie). */
  stateOwned: boolean;
  /** The form that matched was a plural. */
  plural: boolean;
}

export const PSEUDO_COUNTRIES = ['IGO', 'NGO', 'MNC', 'IMG', 'ISM'] as const;

/** An error in a data file, pointing at the line. */
export interface KbIssue {
  file: string;
  line: number;
  message: string;
}
