/** Loads and validates the closed-class word lists in `data/closed-class.json`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ClosedClass {
  pronouns: Set<string>;
  possessives: Set<string>;
  /** Forms whose lemma is not their Alpino root (degree forms, inflected determiners, ten/ter). */
  lemmaExceptions: Map<string, string>;
  auxiliaries: Set<string>;
  passiveAuxiliaries: Set<string>;
  recipientPassiveAuxiliaries: Set<string>;
  copulas: Set<string>;
  /** Prepositions of the passive agent ("door"): obl:agent on a passive participle. */
  agentPrepositions: Set<string>;
  /** Auxiliaries also before a te-infinitive ("is te zien"). */
  teInfinitiveAuxiliaries: Set<string>;
  subordinatingPrepositions: Set<string>;
  adpositionalComplementizers: Set<string>;
  symbols: Set<string>;
  separableParticles: Set<string>;
  ambiguousParticles: Set<string>;
  irregularVerbs: Map<string, string>;
  /** Numerals whose lemma is spelled differently ("een" -> "één"). */
  numeralLemmas: Map<string, string>;
  cardinals: Set<string>;
  /** Days and months: PROPN in UD Dutch although written in lower case. */
  lowercaseProperNouns: Set<string>;
  compoundNonModifiers: Set<string>;
  compoundNonHeads: Set<string>;
  /** Pronominal adverbs ("er", "daar"): ADV, PRON only as the expletive of a prepositional clause. */
  rPronouns: Set<string>;
  /** Adpositions (also as particles and in fixed expressions): ADP. */
  adpositions: Set<string>;
  articles: Set<string>;
  /** Words that open a relative clause (besides "waar..." adverbs). */
  relativeWords: Set<string>;
  /** Quantifying words: DET before a noun (not NUM). */
  quantifiers: Set<string>;
  /** Coordinating conjunctions: CCONJ also when they open a sentence ("Maar ..."; Alpino: comp/dlink). */
  coordinators: Set<string>;
  /** Degree forms of veel/weinig that are ADV as modifiers ("de meeste bewoners", "minder snel"). */
  degreeAdverbs: Set<string>;
  /** First parts of geographic adjectives that keep their hyphen in the lemma ("Zuid-Amerikaans"). */
  compassPrefixes: Set<string>;
  /** Abbreviated units of measurement ("km", "kg"): SYM in UD Dutch. */
  unitSymbols: Set<string>;
}

const LIST_KEYS = [
  'pronouns', 'possessives', 'auxiliaries', 'passiveAuxiliaries', 'recipientPassiveAuxiliaries', 'copulas', 'teInfinitiveAuxiliaries', 'agentPrepositions',
  'subordinatingPrepositions', 'adpositionalComplementizers', 'symbols', 'separableParticles', 'ambiguousParticles',
  'cardinals', 'lowercaseProperNouns', 'compoundNonModifiers', 'compoundNonHeads', 'quantifiers', 'rPronouns', 'adpositions', 'articles', 'relativeWords',
  'coordinators', 'degreeAdverbs', 'compassPrefixes', 'unitSymbols',
] as const;
const MAP_KEYS = ['lemmaExceptions', 'irregularVerbs', 'numeralLemmas'] as const;

function stringList(data: Record<string, unknown>, key: string): Set<string> {
  const value = data[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw new Error(`closed-class.json: "${key}" must be a list of non-empty strings`);
  }
  return new Set(value as string[]);
}

function stringMap(data: Record<string, unknown>, key: string): Map<string, string> {
  const value = data[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`closed-class.json: "${key}" must be an object of strings`);
  }
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v === '') throw new Error(`closed-class.json: "${key}.${k}" must be a non-empty string`);
    out.set(k, v);
  }
  return out;
}

let cached: ClosedClass | null = null;

/** The closed-class lists, read once. */
export function closedClass(): ClosedClass {
  if (cached) return cached;
  const path = fileURLToPath(new URL('./data/closed-class.json', import.meta.url));
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const lists = Object.fromEntries(LIST_KEYS.map((k) => [k, stringList(data, k)]));
  const maps = Object.fromEntries(MAP_KEYS.map((k) => [k, stringMap(data, k)]));
  cached = { ...lists, ...maps } as unknown as ClosedClass;
  return cached;
}
