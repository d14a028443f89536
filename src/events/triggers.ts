/**
 * Trigger dictionaries: per language, the words that signal a PLOVER event (verbs with their particles,
 * prepositions and reflexives; nominalisations), with the event type and mode, the CAMEO code and which grammatical
 * slot fills which argument role. Read from `src/lang/<code>/triggers.json` and validated against the ontology.
 * The format is described in `src/events/README.md`.
 */
import dutch from '../lang/nl/triggers.json' with { type: 'json' };
import english from '../lang/en/triggers.json' with { type: 'json' };
import { perLanguage } from '../lang/per-language.js';
import type { PloverType } from '../doc/article.js';
import { cameoCode, isPloverMode, isPloverType } from './ontology.js';
import { isRecord, languageDataEntries } from '../lang/validate.js';

export type TriggerPos = 'verb' | 'noun';
export type ArgumentRole = 'source' | 'target' | 'location';
/** Grammatical slots: 'subject', 'object', 'indirect-object', 'clause-subject', 'possessor', or 'prep:<preposition>'. */
export type Slot = string;

/** Contexts in which a trigger does not signal an event. */
export const NEGATIVE_CONTEXTS = [
  /** The verb governs a te-/to-infinitive ("dreigt te vallen" = risks to fall). */
  'te-infinitive',
  /** The verb takes a that-clause ("erkennen dat" = admit, "betogen dat" = argue). */
  'clausal-complement',
  /** The verb has a direct object ("de zoektocht staken" = stop, not strike). */
  'direct-object',
  /** The object is a thing rather than an actor ("een brief ontvangen"). */
  'inanimate-object',
  /** Sport reporting ("Ajax valt aan"). */
  'sport',
  /** Weather and nature ("de storm bedreigt de kust"). */
  'nature',
  /** Medicine and health ("een aanval van astma", "medisch onderzoek"). */
  'medical',
  /** Business and commerce ("een aanbod van de winkel", "een bedrijf liquideren"). */
  'economy',
  /** The event needs a named target: a warning to no one in particular is no threat. */
  'no-target',
] as const;
export type NegativeContext = (typeof NEGATIVE_CONTEXTS)[number];

const ROLES: readonly string[] = ['source', 'target', 'location'];
const VERB_SLOTS: readonly string[] = ['subject', 'object', 'indirect-object', 'clause-subject'];
const NOUN_SLOTS: readonly string[] = ['possessor'];
const PREP_SLOT = /^prep:\p{Ll}+$/u;
const WORD = /^[\p{L}][\p{L}'-]*$/u;

export interface TriggerEntry extends SeparableLemma {
  readonly pos: TriggerPos;
  /** A preposition the trigger needs a complement with ("dreigen met"), or ''. */
  readonly prep: string;
  /** Whether the verb is reflexive ("zich terugtrekken"). */
  readonly reflexive: boolean;
  /** Lemmas of which at least one must occur in the trigger's phrase ("sluiten" + "akkoord"); empty = none needed. */
  readonly with: readonly string[];
  readonly type: PloverType;
  /** '' when the trigger does not fix a mode. */
  readonly mode: string;
  readonly cameo: string;
  readonly roles: ReadonlyMap<Slot, ArgumentRole>;
  readonly unless: readonly NegativeContext[];
  readonly note: string;
}

export interface TriggerLexicon {
  readonly language: string;
  readonly entries: readonly TriggerEntry[];
  /** Entries by `key`, the ones that need more (`with`, `prep`, reflexive) before the plain ones. */
  readonly byKey: ReadonlyMap<string, readonly TriggerEntry[]>;
}

function wordList(value: unknown, where: string, fail: (m: string) => never): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(`${where} must be a non-empty list`);
  for (const word of value) if (typeof word !== 'string' || !WORD.test(word)) fail(`${where}: ${JSON.stringify(word)} is not a word`);
  if (new Set(value).size !== value.length) fail(`${where} lists a word twice`);
  return value as string[];
}

/** A lemma as the dictionaries write it: a lower-case word, a separable verb with its particle before '|' ("aan|vallen"). */
export interface SeparableLemma {
  /** As written ("aan|vallen"). */
  readonly lemma: string;
  /** Without the marker ("aanvallen"): the lookup key. */
  readonly key: string;
  /** The particle ("aan"), or ''. */
  readonly particle: string;
  /** Without the particle ("vallen"). */
  readonly stem: string;
}

/** Checks a dictionary lemma (`bad` throws with the problem) and splits off its separable particle. */
export function separableLemma(lemma: unknown, bad: (message: string) => never): SeparableLemma {
  if (typeof lemma !== 'string') return bad('lemma is not a string');
  const parts = lemma.split('|');
  if (parts.length > 2 || parts.some((p) => !WORD.test(p)) || lemma !== lemma.toLowerCase()) {
    bad(`lemma '${lemma}' must be a lower-case word, optionally 'particle|stem'`);
  }
  return { lemma, key: parts.join(''), particle: parts.length === 2 ? parts[0]! : '', stem: parts[parts.length - 1]! };
}

function validateEntry(raw: unknown, where: string, fail: (m: string) => never): TriggerEntry {
  const bad = (message: string): never => fail(`${where}: ${message}`);
  if (!isRecord(raw)) return bad('not an object');
  const allowed = new Set(['lemma', 'pos', 'prep', 'reflexive', 'with', 'type', 'mode', 'cameo', 'roles', 'unless', 'note']);
  for (const field of Object.keys(raw)) if (!allowed.has(field)) bad(`unknown field '${field}'`);
  const { lemma, pos } = raw;
  if (pos !== 'verb' && pos !== 'noun') return bad(`pos must be 'verb' or 'noun'`);
  const separable = separableLemma(lemma, bad);
  if (separable.particle !== '' && pos !== 'verb') bad('only verbs have separable particles');
  const prep = raw.prep ?? '';
  if (typeof prep !== 'string' || (prep !== '' && !/^\p{Ll}+$/u.test(prep))) bad('prep must be a lower-case word');
  const reflexive = raw.reflexive ?? false;
  if (typeof reflexive !== 'boolean') bad('reflexive must be true or false');
  if (reflexive && pos !== 'verb') bad('only verbs are reflexive');
  const withWords = raw.with === undefined ? [] : wordList(raw.with, `${where}.with`, fail);
  const type = raw.type;
  if (typeof type !== 'string' || !isPloverType(type)) return bad(`unknown PLOVER type ${JSON.stringify(type)}`);
  const mode = raw.mode ?? '';
  if (typeof mode !== 'string' || (mode !== '' && !isPloverMode(type, mode))) bad(`${type} has no mode ${JSON.stringify(mode)}`);
  const cameo = raw.cameo;
  const code = typeof cameo === 'string' ? cameoCode(cameo) : undefined;
  if (!code) return bad(`unknown CAMEO code ${JSON.stringify(cameo)}`);
  if (code.type !== type) bad(`CAMEO ${code.code} is ${code.type}, not ${type}`);
  if (!isRecord(raw.roles)) return bad('roles must be an object');
  const slots = pos === 'verb' ? VERB_SLOTS : NOUN_SLOTS;
  const roles = new Map<Slot, ArgumentRole>();
  for (const [slot, role] of Object.entries(raw.roles)) {
    if (!slots.includes(slot) && !PREP_SLOT.test(slot)) bad(`slot '${slot}' is not one of ${slots.join(', ')} or prep:<word>`);
    if (typeof role !== 'string' || !ROLES.includes(role)) bad(`role of '${slot}' must be one of ${ROLES.join(', ')}`);
    roles.set(slot, role as ArgumentRole);
  }
  if (![...roles.values()].includes('source')) bad('no slot gives the source');
  const unless = raw.unless === undefined ? [] : wordList(raw.unless, `${where}.unless`, fail);
  for (const context of unless) if (!(NEGATIVE_CONTEXTS as readonly string[]).includes(context)) bad(`unknown negative context '${context}'`);
  const note = raw.note ?? '';
  if (typeof note !== 'string') bad('note must be a string');
  return {
    ...separable,
    pos,
    prep: prep as string,
    reflexive: reflexive as boolean,
    with: withWords,
    type,
    mode: mode as string,
    cameo: code.code,
    roles,
    unless: unless as NegativeContext[],
    note: note as string,
  };
}

/** How specific an entry is: the matcher should try the more specific entries of a key first. */
function specificity(entry: TriggerEntry): number {
  return (entry.with.length > 0 ? 4 : 0) + (entry.prep !== '' ? 2 : 0) + (entry.reflexive ? 1 : 0);
}

/** Validates trigger data of the shape of `src/lang/<code>/triggers.json`; throws with the first problem found. */
export function validateTriggers(data: unknown, language: string): TriggerLexicon {
  const { entries, fail } = languageDataEntries(data, language, 'trigger data', validateEntry);
  const byKey = new Map<string, TriggerEntry[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const identity = [entry.lemma, entry.pos, entry.prep, entry.reflexive, [...entry.with].sort().join(',')].join('\t');
    if (seen.has(identity)) fail(`'${entry.lemma}' (${entry.pos}) is listed twice with the same conditions`);
    seen.add(identity);
    const bucket = byKey.get(entry.key) ?? [];
    bucket.push(entry);
    byKey.set(entry.key, bucket);
  }
  for (const bucket of byKey.values()) bucket.sort((a, b) => specificity(b) - specificity(a));
  return { language, entries, byKey };
}

/** The trigger data of each language. Adding a language: add `src/lang/<code>/triggers.json` and one line here. */
const TRIGGERS = perLanguage('trigger data', { nl: dutch, en: english }, validateTriggers);

export const TRIGGER_LANGUAGES: readonly string[] = TRIGGERS.languages;

/** The trigger dictionary of a language, validated on first use; throws for a language without one. */
export function triggersFor(language: string): TriggerLexicon {
  return TRIGGERS.get(language);
}
