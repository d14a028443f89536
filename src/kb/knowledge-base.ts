/**
 * The compiled knowledge base: maps from name keys to the actors that carry the name, and from agent nouns to
 * sectors. Built once from KbData; every lookup is a few Map gets (no scanning of the data).
 */
import { isAcronym, isWrittenInCapitals, nameKey, possessiveStems, spellingKey } from './normalize.js';
import type { AgentEntry, KbData } from './read.js';
import type { Actor, ActorKind, ActorName, AgentNoun, NameUse, PersonRole, RoleDefinition, Sector } from './types.js';

export interface LookupOptions {
  /** The date the text speaks about (YYYY-MM-DD, or a prefix such as YYYY-MM or YYYY): picks the role held then. */
  date?: string;
  /** The language of the text (nl, en): names of that language (or of none) rank first. */
  language?: string;
  /** At most this many candidates (default 10). */
  limit?: number;
  /**
   * false: names only, no candidates built from a phrase around an agent noun; a query that reads as such a phrase
   * then has no candidates (as if its phrase candidates were dropped), without the cost of building them.
   */
  phrases?: boolean;
}

/** How the query reached the actor's name. */
export type MatchKind = 'exact' | 'possessive' | 'spelling' | 'phrase';

/**
 * How the date in the options related to the actor: `covered` (a role or existence range holds it), `default`
 * (the person's undated fallback role), `nearest` (no role then: the closest one), `outside` (an actor that did not
 * exist then); absent when no date was given or the actor is timeless.
 */
export type DateMatch = 'covered' | 'default' | 'nearest' | 'outside';

export interface ActorCandidate {
  /** Actor id; for a phrase built from an adjective and an agent noun ("de Chinese ambassadeur"): COUNTRY:SECTOR. */
  id: string;
  name: string;
  kind: ActorKind | 'generic';
  country: string;
  sector: string;
  wikidata?: string;
  /** Role title (roles.tsv) of a person, or implied by an agent noun. */
  role?: string;
  /** The date range of the role or actor that was used ('' = open). */
  from?: string;
  to?: string;
  /** Whether the matched name is the actor's name, a country adjective or a demonym. */
  use: NameUse;
  match: MatchKind;
  dateMatch?: DateMatch;
  stateOwned: boolean;
  /** A metonym whose reading depends on the context (Brussel: the EU or Belgium; Washington: the city or the state). */
  contextDependent: boolean;
  score: number;
  /** Where the actor is defined (file:line). */
  source: string;
}

/**
 * A name entry packed into one number (no object per name keeps loading light): actor index * 64 + context bit * 32
 * + use * 8 + language * 2 + acronym bit. A key with one entry maps to the number itself, with several to an array.
 */
type NameEntry = number;
type EntrySlot = NameEntry | NameEntry[];
const USES: readonly NameUse[] = ['name', 'adjective', 'demonym'];
const ENTRY_LANGUAGES: readonly string[] = ['', 'nl', 'en'];

function packEntry(actor: number, name: ActorName, acronym: boolean): NameEntry {
  const language = Math.max(0, ENTRY_LANGUAGES.indexOf(name.language));
  return actor * 64 + (name.context ? 32 : 0) + USES.indexOf(name.use) * 8 + language * 2 + (acronym ? 1 : 0);
}

const entryActor = (entry: NameEntry): number => Math.floor(entry / 64);
const entryIsContext = (entry: NameEntry): boolean => (entry & 32) === 32;
const entryUse = (entry: NameEntry): NameUse => USES[(entry >> 3) & 3];
const entryLanguage = (entry: NameEntry): string => ENTRY_LANGUAGES[(entry >> 1) & 3];
const entryIsAcronym = (entry: NameEntry): boolean => (entry & 1) === 1;

interface AgentForm {
  entry: AgentEntry;
  plural: boolean;
}

const KIND_WEIGHT: Record<ActorKind, number> = {
  country: 1,
  metonym: 0.95,
  institution: 0.95,
  international: 0.95,
  media: 0.9,
  group: 0.9,
  person: 1,
};
const MATCH_WEIGHT: Record<MatchKind, number> = { exact: 1, possessive: 0.95, spelling: 0.75, phrase: 0.9 };
const DATE_WEIGHT: Record<DateMatch, number> = { covered: 1, default: 0.6, nearest: 0.4, outside: 0.5 };
const OTHER_LANGUAGE_WEIGHT = 0.85;
const CONTEXT_WEIGHT = 0.8;
const UNDATED_PERSON_WEIGHT = 0.9;
/** Longest phrase that is taken apart into an agent noun and a name. */
const MAX_PHRASE_WORDS = 8;
/** Most words in an agent-noun term (minister van buitenlandse zaken). */
const MAX_AGENT_WORDS = 4;
/** Most words whose agent noun is remembered before the memo starts over. */
const MEMO_SIZE = 50_000;
/** Shortest tail of a Dutch compound that is tried as its head noun (troepen in grondtroepen). */
const MIN_COMPOUND_HEAD = 4;

export class KnowledgeBase {
  readonly actors: readonly Actor[];
  readonly sectors: ReadonlyMap<string, Sector>;
  readonly roles: ReadonlyMap<string, RoleDefinition>;
  readonly counts: Readonly<Record<string, number>>;
  private readonly byId = new Map<string, Actor>();
  private readonly exact = new Map<string, EntrySlot>();
  /** Spelling-folded keys, built on the first lookup that needs them (most never do). */
  private folded: Map<string, EntrySlot> | undefined;
  private readonly agentForms = new Map<string, AgentForm[]>();
  /** First words of the names of more than one word: a cheap test before looking up a longer run of words. */
  private readonly firstWords = new Set<string>();
  /** Agent nouns by language and word (null: none): phrase lookups and the linker ask for the same words again and again. */
  private readonly agentNouns = new Map<string, Map<string, AgentNoun | null>>();

  constructor(data: KbData) {
    this.actors = data.actors;
    this.sectors = data.sectors;
    this.roles = data.roles;
    this.counts = data.counts;
    data.actors.forEach((actor, index) => {
      this.byId.set(actor.id, actor);
      for (const name of actor.names) {
        const key = nameKey(name.text);
        addEntry(this.exact, key, packEntry(index, name, isAcronym(name.text)));
        const space = key.indexOf(' ');
        if (space > 0) this.firstWords.add(key.slice(0, space));
      }
    });
    for (const entry of data.agents) {
      for (const form of entry.singular) addTo(this.agentForms, nameKey(form), { entry, plural: false });
      for (const form of entry.plural) addTo(this.agentForms, nameKey(form), { entry, plural: true });
    }
  }

  /** The actor with this id. */
  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** Candidate actors for a name as written in a text, best first. */
  lookup(name: string, options: LookupOptions = {}): ActorCandidate[] {
    const key = nameKey(name);
    if (key === '') return [];
    const capitals = isWrittenInCapitals(name);
    // In order: the name itself, without a possessive ending, as a phrase around an agent noun, and only then with
    // folded spelling (which would otherwise turn phrases into near-misses).
    let candidates = this.candidates(this.entries(this.exact, [key], capitals), 'exact', options);
    if (candidates.length === 0) {
      candidates = this.candidates(this.entries(this.exact, possessiveStems(key), capitals), 'possessive', options);
    }
    if (candidates.length === 0) {
      if (options.phrases === false) {
        if (this.hasPhraseReading(key, options.language)) return [];
      } else candidates = this.phraseCandidates(key, options);
    }
    if (candidates.length === 0) {
      const folded = [key, ...possessiveStems(key)].map(spellingKey);
      candidates = this.candidates(this.entries(this.foldedIndex(), folded, capitals), 'spelling', options);
    }
    candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return candidates.slice(0, options.limit ?? 10);
  }

  /**
   * Whether a word (as a name key) is the first word of a name of more than one word: when it is not, no run of
   * words starting with it is a name as written, and the lookup can be skipped.
   */
  isFirstWordOfName(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** The agent noun a word (or a Dutch compound ending in one) denotes, in the given language when there is one. */
  agentNoun(word: string, language?: string): AgentNoun | undefined {
    const languageKey = language ?? '';
    let memo = this.agentNouns.get(languageKey);
    if (!memo) this.agentNouns.set(languageKey, (memo = new Map()));
    let noun = memo.get(word);
    if (noun === undefined) {
      noun = this.findAgentNoun(word, language) ?? null;
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(word, noun);
    }
    return noun ?? undefined;
  }

  private findAgentNoun(word: string, language: string | undefined): AgentNoun | undefined {
    const key = nameKey(word);
    const direct = this.agentForm(key, language);
    if (direct) return toAgentNoun(direct.entry, direct.plural);
    if (language === 'en' || key.includes(' ')) return undefined;
    // A Dutch compound: the longest known tail is its head (grond|troepen, regerings|woordvoerder).
    for (let start = 1; start <= key.length - MIN_COMPOUND_HEAD; start++) {
      const head = this.agentForm(key.slice(start), 'nl');
      if (!head) continue;
      const noun = toAgentNoun(head.entry, head.plural);
      if (noun.sector === '') {
        const modifier = this.agentForm(key.slice(0, start).replace(/[s-]$/, ''), 'nl');
        if (modifier?.entry.sector) {
          return { ...noun, sector: modifier.entry.sector, official: noun.official || modifier.entry.flags.has('official') };
        }
      }
      return noun;
    }
    return undefined;
  }

  private foldedIndex(): Map<string, EntrySlot> {
    if (!this.folded) {
      const folded = new Map<string, EntrySlot>();
      for (const [key, slot] of this.exact) {
        const foldedKey = spellingKey(key);
        for (const entry of typeof slot === 'number' ? [slot] : slot) addEntry(folded, foldedKey, entry);
      }
      this.folded = folded;
    }
    return this.folded;
  }

  private agentForm(key: string, language: string | undefined): AgentForm | undefined {
    const forms = this.agentForms.get(key);
    if (!forms) return undefined;
    return forms.find((f) => language === undefined || f.entry.language === language);
  }

  private entries(map: Map<string, EntrySlot>, keys: string[], capitals: boolean): NameEntry[] {
    const found: NameEntry[] = [];
    for (const key of keys) {
      const slot = map.get(key);
      if (slot === undefined) continue;
      for (const entry of typeof slot === 'number' ? [slot] : slot) if (!entryIsAcronym(entry) || capitals) found.push(entry);
      if (found.length > 0) break;
    }
    return found;
  }

  private candidates(entries: NameEntry[], match: MatchKind, options: LookupOptions): ActorCandidate[] {
    const best = new Map<number, ActorCandidate>();
    for (const entry of entries) {
      const index = entryActor(entry);
      const candidate = this.candidate(this.actors[index], entry, match, options);
      const previous = best.get(index);
      if (!previous || candidate.score > previous.score) best.set(index, candidate);
    }
    return [...best.values()];
  }

  private candidate(actor: Actor, entry: NameEntry, match: MatchKind, options: LookupOptions): ActorCandidate {
    let score = KIND_WEIGHT[actor.kind] * MATCH_WEIGHT[match];
    const language = entryLanguage(entry);
    if (language !== '' && options.language && language !== options.language) score *= OTHER_LANGUAGE_WEIGHT;
    const contextDependent = actor.flags.has('context') || entryIsContext(entry);
    if (contextDependent) score *= CONTEXT_WEIGHT;
    const candidate: ActorCandidate = {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      country: actor.country,
      sector: actor.sector,
      use: entryUse(entry),
      match,
      stateOwned: actor.flags.has('state'),
      contextDependent,
      score,
      source: `${actor.file}:${actor.line}`,
    };
    if (actor.wikidata) candidate.wikidata = actor.wikidata;
    if (actor.kind === 'person') {
      const { role, dateMatch } = roleAt(actor.roles, options.date);
      const rank = this.roles.get(role.role)?.rank ?? 0;
      candidate.country = role.country;
      candidate.sector = role.sector;
      candidate.role = role.role;
      candidate.from = role.from;
      candidate.to = role.to;
      candidate.score *= (dateMatch ? DATE_WEIGHT[dateMatch] : UNDATED_PERSON_WEIGHT) * (0.8 + (0.2 * rank) / 100);
      if (dateMatch) candidate.dateMatch = dateMatch;
    } else if (actor.from !== '' || actor.to !== '') {
      candidate.from = actor.from;
      candidate.to = actor.to;
      if (options.date) {
        candidate.dateMatch = within(options.date, actor.from, actor.to) ? 'covered' : 'outside';
        candidate.score *= DATE_WEIGHT[candidate.dateMatch];
      }
    }
    return candidate;
  }

  /**
   * A phrase that is no name but contains an agent noun as its head: with a person or organisation name
   * ("president Poetin", "de Russische president Poetin", "minister Lavrov") it is that actor, or for a collective noun
   * the body it names ("regering-Biden": the US government, "het regime in Damascus"); with a country adjective
   * ("de Chinese ambassadeur", "Russian troops") it stands for that country's sector.
   */
  private phraseCandidates(key: string, options: LookupOptions): ActorCandidate[] {
    const words = key.split(' ');
    if (words.length < 2 || words.length > MAX_PHRASE_WORDS) return [];
    const agent = this.phraseAgent(words, options.language);
    if (!agent) return [];
    const { noun } = agent;
    const others = [...words.slice(0, agent.start), ...words.slice(agent.end)];
    const named = this.candidates(this.namedSpan(others), 'phrase', options);
    if (named.length > 0) {
      if (noun.person) return named.filter((c) => c.kind === 'person');
      if (noun.sector === '') return [];
      return named.map((c) => (c.kind === 'person' ? this.genericCandidate(c.country, noun, c.name, c.source) : c));
    }
    if (noun.sector === '') return [];
    const candidates: ActorCandidate[] = [];
    for (const word of others) {
      for (const entry of this.entries(this.exact, [word], false)) {
        const actor = this.actors[entryActor(entry)];
        if (actor.kind !== 'country' || entryUse(entry) !== 'adjective') continue;
        candidates.push(this.genericCandidate(actor.country, noun, actor.name, `${actor.file}:${actor.line}`));
      }
    }
    return candidates;
  }

  /** Whether phraseCandidates would find any candidate, without building them. */
  private hasPhraseReading(key: string, language: string | undefined): boolean {
    const words = key.split(' ');
    if (words.length < 2 || words.length > MAX_PHRASE_WORDS) return false;
    const agent = this.phraseAgent(words, language);
    if (!agent) return false;
    const { noun } = agent;
    const others = [...words.slice(0, agent.start), ...words.slice(agent.end)];
    const named = this.namedSpan(others);
    if (named.length > 0) return noun.person ? named.some((entry) => this.actors[entryActor(entry)].kind === 'person') : noun.sector !== '';
    if (noun.sector === '') return false;
    return others.some((word) =>
      this.entries(this.exact, [word], false).some((entry) => this.actors[entryActor(entry)].kind === 'country' && entryUse(entry) === 'adjective'),
    );
  }

  /**
   * The agent noun of a phrase: the last word that ends one, taking the longest term that ends there (prime minister,
   * minister van buitenlandse zaken).
   */
  private phraseAgent(words: string[], language: string | undefined): { noun: AgentNoun; start: number; end: number } | undefined {
    for (let end = words.length; end > 0; end--) {
      for (let start = Math.max(0, end - MAX_AGENT_WORDS); start < end; start++) {
        const noun = this.agentNoun(words.slice(start, end).join(' '), language);
        if (noun) return { noun, start, end };
      }
    }
    return undefined;
  }

  /** Name entries of the longest run of words that names a person or organisation (not a country or acronym). */
  private namedSpan(words: string[]): NameEntry[] {
    for (let length = words.length; length >= 1; length--) {
      for (let start = 0; start + length <= words.length; start++) {
        const entries = this.entries(this.exact, [words.slice(start, start + length).join(' ')], false).filter(
          (entry) => this.actors[entryActor(entry)].kind !== 'country',
        );
        if (entries.length > 0) return entries;
      }
    }
    return [];
  }

  private genericCandidate(country: string, noun: AgentNoun, of: string, source: string): ActorCandidate {
    return {
      id: `${country}:${noun.sector}`,
      name: `${of} ${noun.lemma}`,
      kind: 'generic',
      country,
      sector: noun.sector,
      ...(noun.role ? { role: noun.role } : {}),
      use: 'adjective',
      match: 'phrase',
      stateOwned: noun.stateOwned,
      contextDependent: false,
      score: MATCH_WEIGHT.phrase,
      source,
    };
  }
}

/** The role a person held on the date (or their latest role when no date is given). */
function roleAt(roles: readonly PersonRole[], date: string | undefined): { role: PersonRole; dateMatch?: DateMatch } {
  const dated = roles.filter((r) => r.from !== '' || r.to !== '');
  const fallback = roles.find((r) => r.from === '' && r.to === '');
  if (!date) return { role: [...dated].reverse().find((r) => !r.concurrent) ?? dated[dated.length - 1] ?? fallback! };
  const covering =
    dated.find((r) => !r.concurrent && within(date, r.from, r.to)) ?? dated.find((r) => within(date, r.from, r.to));
  if (covering) return { role: covering, dateMatch: 'covered' };
  if (fallback) return { role: fallback, dateMatch: 'default' };
  let nearest = dated[0];
  let nearestGap = Infinity;
  for (const role of dated) {
    const gap = Math.min(gapDays(date, role.from), gapDays(date, role.to));
    if (gap < nearestGap) [nearest, nearestGap] = [role, gap];
  }
  return { role: nearest, dateMatch: 'nearest' };
}

/** Whether a date (or date prefix: 2022, 2022-03) falls in [from, to); a prefix counts when any day of it does. */
function within(date: string, from: string, to: string): boolean {
  const last = date.length === 10 ? date : `${date}-99`;
  return (from === '' || last >= from) && (to === '' || date < to);
}

function gapDays(date: string, bound: string): number {
  if (bound === '') return Infinity;
  return Math.abs(Date.parse(date.padEnd(10, '-01').slice(0, 10)) - Date.parse(bound)) / 86_400_000;
}

function toAgentNoun(entry: AgentEntry, plural: boolean): AgentNoun {
  return {
    lemma: entry.singular[0] ?? entry.plural[0],
    language: entry.language,
    sector: entry.sector,
    role: entry.role,
    person: entry.flags.has('person'),
    official: entry.flags.has('official'),
    stateOwned: entry.flags.has('state'),
    plural,
  };
}

function addEntry(map: Map<string, EntrySlot>, key: string, entry: NameEntry): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, entry);
  else if (typeof slot === 'number') map.set(key, [slot, entry]);
  else slot.push(entry);
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
