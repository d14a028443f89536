/**
 * The linker: finds the mentions of actors in a Doc and resolves each to an actor for the publication date.
 * Mentions come from KB names over runs of capitalised tokens (longest first), from entity spans when a recognizer
 * has run, and from agent nouns with what modifies them ("de Chinese ambassadeur", "Russisch president Poetin",
 * "Chinese banken en bedrijven", "VVD-leider Yesilgöz"), and from a title that points back ("de president" as a
 * subject, after "President Joe Biden"). A country or seat of power after a locative preposition ("in Oekraïne") is a
 * place, not an actor; a context-dependent one (Washington, Rome) is an actor only in an argument relation; one inside
 * a longer name ("Straat van Taiwan", an organisation the recognizer found) is neither.
 */
import type { Doc, DocActor, DocMention } from '../doc/doc.js';
import { knowledgeBase, nameKey, type ActorCandidate, type AgentNoun, type KnowledgeBase } from '../kb/index.js';
import type { AnalysisContext, Annotation, Component } from '../pipeline/component.js';
import { ActorTable, slug } from './actor-table.js';
import { linkLanguage, type LinkLanguage } from './language-data.js';

/** A place named in the text that is not acting: kept with its country for event locations. */
export interface DocPlace {
  start: number;
  end: number;
  /** The KB id of the country or place. */
  id: string;
  country: string;
}

export interface LinkResult {
  actors: DocActor[];
  mentions: DocMention[];
  places: DocPlace[];
}

/** Most tokens in one name ("Ministerie van Buitenlandse Zaken van China"). */
const MAX_NAME_TOKENS = 7;
/** Most words in an agent-noun term ("minister van buitenlandse zaken"). */
const MAX_AGENT_TOKENS = 4;
const CANDIDATE_LIMIT = 6;
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'metonym']);
const UPPER_CASE_START = /^\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;
/** The role of agent nouns that only say someone leads (leider, leader, chef): the body led gives the sector. */
const LEADER_ROLE = 'leader';
/** Entity types of names that can hold a place name without being the place ("Bank of China", "Radio Free Europe"). */
const NAME_ENTITY_TYPES: ReadonlySet<string> = new Set(['ORG', 'MISC']);
const INTERNATIONAL: ReadonlySet<string> = new Set(['IGO', 'NGO']);
/** Sentence-initial capitalised tokens with these tags are ordinary words, not names. */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'ADV', 'PART', 'NUM', 'PUNCT', 'INTJ']);
const ROMAN_NUMERAL = /^[IVXL]+$/;
/** A name piece with a lower-case particle: "al-Assad", "bin-Salman". */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
const HYPHEN = 0x2d;
const PLAIN_WORD = /^[a-z]+$/;
/** Words nameKey takes off the front of a name. */
const LEADING_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'the']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** A run of tokens that names something the KB knows, an earlier name in the article, or a recognised entity. */
interface NameHit {
  first: number;
  end: number;
  candidates: ActorCandidate[];
  /** No mention of its own: inside a longer unknown name ("Taiwan" in "Straat van Taiwan") or a modifier in a phrase. */
  silent: boolean;
  /** A place by its role in an agent phrase ("mayor of London"). */
  place: boolean;
  /** A person's name the KB does not know (an entity of type PER, or a name after a title). */
  unknownPerson: boolean;
  /** The article's actor an earlier full name made this one word refer to ("Sullivan", "Kim"). */
  local?: number;
  /** One word of a person's name: an actor only when an earlier full name has it. */
  coreferent?: boolean;
  /** Country and sector an agent noun around the name lends it ("de Chinese topdiplomaat Yang Jiechi"). */
  context?: { country: string; sector: string };
}

/** What the sentence around an agent noun says about whose agent it is. */
interface AgentPhrase {
  start: number;
  end: number;
  noun: AgentNoun;
  country: string;
  countryName: string;
  /** The noun's sector, or that of the organisation a compound names ("VVD-leider": PTY, see compoundModifier). */
  sector: string;
  /** The name the noun is a title or description of ("president Poetin"). */
  name?: NameHit;
}

const linkers = new Map<string, Linker>();

export class Linker implements Component {
  readonly name = 'linker';
  readonly reads: readonly Annotation[];
  readonly writes: readonly Annotation[] = ['actors'];
  private readonly data: LinkLanguage;
  private readonly kb: KnowledgeBase;
  private readonly cache: LookupCache;

  /** `withEntities`: declare that the linker reads the recognizer's entities (it uses them whenever present). */
  constructor(readonly language: string, withEntities = false, kb: KnowledgeBase = knowledgeBase()) {
    this.data = linkLanguage(language);
    this.kb = kb;
    this.cache = new LookupCache(kb, language);
    // Time expressions keep "May" the month from being May the person.
    this.reads = withEntities ? ['tokens', 'sentences', 'upos', 'timexes', 'entities'] : ['tokens', 'sentences', 'upos', 'timexes'];
  }

  /** The shared linker of a language (its lookup caches carry over from article to article). */
  static forLanguage(language: string, withEntities = false): Linker {
    const key = `${language}${withEntities ? '+entities' : ''}`;
    let linker = linkers.get(key);
    if (!linker) {
      linker = new Linker(language, withEntities);
      linkers.set(key, linker);
    }
    return linker;
  }

  apply(doc: Doc, context: AnalysisContext): void {
    const { actors, mentions } = this.link(doc, context.published);
    doc.actors.length = 0;
    doc.mentions.length = 0;
    doc.actors.push(...actors);
    doc.mentions.push(...mentions);
  }

  /** The actors, their mentions in text order, and the places that are not actors. */
  link(doc: Doc, published: string | null): LinkResult {
    const result: LinkResult = { actors: [], mentions: [], places: [] };
    const state = new ArticleState(doc, published, this.kb, this.cache, this.data, new ActorTable(result.actors), result);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const first = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      state.linkSentence(first, end);
    }
    result.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return result;
  }
}

/** A component that links with the data of each Doc's language. */
export const linkerComponent: Component = {
  name: 'linker',
  reads: ['tokens', 'sentences', 'upos', 'timexes'],
  writes: ['actors'],
  apply(doc, context) {
    Linker.forLanguage(doc.language).apply(doc, context);
  },
};

/** The per-article work: one sentence at a time, in text order, so that later names can refer back. */
class ArticleState {
  /** The lookup cache of the publication date. */
  private readonly namesOnDate: DatedNames;
  private readonly inTimex: Uint8Array;
  private readonly tag: (i: number) => string;
  /** Lower-cased token texts, made when first asked for. */
  private readonly lowered: (string | undefined)[] = [];
  /** Per token: 0 not yet known, 1 capitalised, 2 not. */
  private readonly capitalised: Uint8Array;
  /** Per token: the agent noun it is by form or lemma (null: none), found when first asked for. */
  private readonly singleAgents: (AgentNoun | null | undefined)[] = [];
  /** Unknown names that agent phrases of the current sentence found ("topdiplomaat Yang Jiechi"). */
  private readonly pendingNames: NameHit[] = [];
  /** Per person title (agent noun lemma): the actor the article last named with it ("President Joe Biden"). */
  private readonly titled = new Map<string, number>();

  constructor(
    private readonly doc: Doc,
    published: string | null,
    private readonly kb: KnowledgeBase,
    private readonly cache: LookupCache,
    private readonly data: LinkLanguage,
    private readonly table: ActorTable,
    private readonly result: LinkResult,
  ) {
    this.namesOnDate = cache.namesOn(published ?? '');
    this.inTimex = timexTokens(doc);
    this.capitalised = new Uint8Array(doc.length);
    const tags = doc.upos;
    this.tag = (i) => doc.strings.get(tags[i]);
  }

  linkSentence(first: number, end: number): void {
    const hits = this.nameHits(first, end);
    const hitStartingAt = new Map<number, NameHit>();
    const hitEndingAt = new Map<number, NameHit>();
    for (const hit of hits) {
      hitStartingAt.set(hit.first, hit);
      hitEndingAt.set(hit.end, hit);
    }
    this.pendingNames.length = 0;
    const phrases = this.agentPhrases(first, end, hits, hitStartingAt, hitEndingAt);
    if (this.pendingNames.length > 0) {
      hits.push(...this.pendingNames);
      hits.sort((a, b) => a.first - b.first);
    }
    for (const phrase of phrases) {
      for (const hit of hits) if (hit !== phrase.name && hit.first >= phrase.start && hit.end <= phrase.end) hit.silent = true;
      if (phrase.name) phrase.name.context = { country: phrase.country, sector: phrase.sector };
      else if (phrase.country === '') this.addTitledReference(phrase);
      else this.addGeneric(phrase);
    }
    let lastPlace = -1;
    for (const hit of hits) {
      if (this.addName(hit, first, lastPlace, phrases.some((p) => p.name === hit))) lastPlace = hit.end;
    }
    this.rememberTitled(phrases);
  }

  /** The actors this sentence named with a person title ("President Joe Biden"), for "de president" later. */
  private rememberTitled(phrases: readonly AgentPhrase[]): void {
    for (const phrase of phrases) {
      if (!phrase.name || !phrase.noun.person) continue;
      const start = this.doc.starts[phrase.name.first];
      const mention = this.result.mentions.find((m) => m.start === start);
      if (mention) this.titled.set(phrase.noun.lemma, mention.actor);
    }
  }

  /** "De president" after "President Joe Biden": a mention of the actor the article last named with that title. */
  private addTitledReference(phrase: AgentPhrase): void {
    const actor = this.titled.get(phrase.noun.lemma);
    if (actor === undefined) return;
    const doc = this.doc;
    this.result.mentions.push({ start: doc.starts[phrase.start], end: doc.ends[phrase.end - 1], actor });
  }

  /**
   * A person title after a determiner that points back, with no country or name of its own, as the subject of its
   * clause: "de president waarschuwde". Elsewhere it is as often the office ("do not elect the Prime Minister").
   */
  private refersBack(phrase: AgentPhrase, first: number): boolean {
    return (
      phrase.noun.person &&
      !phrase.noun.plural &&
      phrase.start > first &&
      this.data.anaphoricDeterminers.has(this.lowerText(phrase.start - 1)) &&
      this.doc.strings.get(this.doc.dep[phrase.end - 1]).startsWith('nsubj') &&
      this.titled.has(phrase.noun.lemma)
    );
  }

  // ---- names ----

  private nameHits(first: number, end: number): NameHit[] {
    const doc = this.doc;
    const hits: NameHit[] = [];
    /** First token of the run of capitalised words (and connectors between them) that token i is in. */
    let runStart = first;
    for (let i = first; i < end; i++) {
      if (i === first || !(this.isCapitalised(i - 1) || this.isAttached(i) || this.isConnector(i - 1))) runStart = i;
      if (!this.isCapitalised(i) || this.inTimex[i] || this.data.determiners.has(this.lowerText(i))) continue;
      if (i === first && FUNCTION_TAGS.has(this.tag(i))) continue;
      if (this.isHyphenated(i, i + 1)) continue;
      const hit = this.longestName(i, runStart, end);
      if (hit) {
        hits.push(hit);
        i = hit.end - 1;
        continue;
      }
      const word = doc.tokenText(i);
      const local = this.table.personBySurname(word);
      if (local !== undefined || this.namesEarlierPerson(word, hits)) {
        hits.push({ first: i, end: i + 1, candidates: [], silent: false, place: false, unknownPerson: false, local, coreferent: true });
      }
    }
    this.addEntityHits(first, end, hits);
    hits.sort((a, b) => a.first - b.first);
    const covered = new Set<number>();
    for (const hit of hits) for (let t = hit.first; t < hit.end; t++) covered.add(t);
    for (const hit of hits) hit.silent = this.isInsideName(hit, first, end, covered);
    return hits;
  }

  /**
   * A known name inside a longer unknown one: after an unknown capitalised word and a connector ("Straat van
   * Taiwan", "Bank of China"), or right before an unknown capitalised word ("Paris Climate Accord").
   */
  private isInsideName(hit: NameHit, first: number, end: number, covered: Set<number>): boolean {
    if (this.inLongerEntity(hit, covered)) return true;
    const before = hit.first - 2;
    if (before >= first && !covered.has(before) && this.isConnector(hit.first - 1) && this.isUnknownCapital(before, first)) return true;
    const after = hit.end;
    return after < end && !covered.has(after) && this.isUnknownCapital(after, first) && !this.isConnector(after);
  }

  /**
   * A country or city inside a longer organisation or other name the recogniser found, whose other words are no known
   * names ("Israël" in "Centrum Informatie en Documentatie Israël"): the place is part of that name.
   */
  private inLongerEntity(hit: NameHit, covered: Set<number>): boolean {
    const { doc } = this;
    const kind = hit.candidates[0]?.kind;
    if (kind === undefined || !PLACE_KINDS.has(kind)) return false;
    let start = hit.first;
    while (start > 0 && doc.entityIob[start] === 2) start--;
    if (doc.entityIob[start] === 0 || !NAME_ENTITY_TYPES.has(doc.strings.get(doc.entityType[start]))) return false;
    let stop = start + 1;
    while (stop < doc.length && doc.entityIob[stop] === 2) stop++;
    if (stop < hit.end) return false;
    for (let t = start; t < stop; t++) if (!covered.has(t) && this.isUnknownCapital(t, -1)) return true;
    return false;
  }

  /** A one-word name that is part of a person's name found earlier in the sentence ("Kim" after "Kim Jong Un"). */
  private namesEarlierPerson(word: string, hits: readonly NameHit[]): boolean {
    const key = nameKey(word);
    return hits.some((h) => h.candidates[0]?.kind === 'person' && h.end - h.first > 1 && nameKey(this.spanText(h)).split(' ').includes(key));
  }

  /**
   * A capitalised word that is no sentence-initial function word, no regnal number ("Elizabeth II"), no name the
   * KB knows and no agent noun.
   */
  private isUnknownCapital(i: number, first: number): boolean {
    if (!this.isCapitalised(i) || (i === first && this.tag(i) !== 'PROPN') || ROMAN_NUMERAL.test(this.doc.tokenText(i))) return false;
    return this.lookupName(this.doc.tokenText(i)).length === 0 && !this.cache.agentNoun(this.doc.tokenText(i));
  }

  /** Part of a hyphenated word that the tokenizer split ("Man-kei", "pro-Trump"): no name on its own. */
  private isHyphenated(first: number, end: number): boolean {
    const text = this.doc.text;
    const before = this.doc.starts[first] - 1;
    const after = this.doc.ends[end - 1];
    return (
      (text[before] === '-' && /\p{L}/u.test(text[before - 1] ?? '')) ||
      (text[after] === '-' && /\p{L}/u.test(text[after + 1] ?? '')) ||
      // A currency written with a country code: "US$3.4 trillion".
      (text[after] === '$' && this.doc.ends[end - 1] === after)
    );
  }

  /** The longest run of tokens from `i` that the KB knows as a name (not as a phrase around an agent noun). */
  private longestName(i: number, runStart: number, end: number): NameHit | undefined {
    let last = i;
    for (let j = i + 1; j < end && j - i < MAX_NAME_TOKENS; j++) {
      if (this.isCapitalised(j) || this.isHyphenPart(j)) last = j;
      else if (!this.isAttached(j) && !(this.isConnector(j) && j + 1 < end && (this.isCapitalised(j + 1) || this.isAttached(j + 1)))) break;
    }
    for (let j = last; j >= i; j--) {
      if (!(this.isCapitalised(j) || this.isHyphenPart(j)) || this.isHyphenated(i, j + 1)) continue;
      const text = this.doc.text.slice(this.doc.starts[i], this.doc.ends[j]);
      // A folded spelling (Poetin/Putin) only for a whole name: inside a longer one it is a near-miss ("Fattah").
      const whole = j === last && i === runStart;
      // Part of a run can only match as written, so a first word that starts no longer name needs no lookup.
      if (!whole && j > i && !this.mayBeLongerName(i, text)) continue;
      let candidates = this.lookupName(text);
      if (!whole) candidates = candidates.filter((c) => c.match !== 'spelling');
      if (candidates.length > 0) return { first: i, end: j + 1, candidates, silent: false, place: false, unknownPerson: false };
    }
    return undefined;
  }

  private lookupName(text: string): ActorCandidate[] {
    return this.cache.names(text, this.namesOnDate);
  }

  /**
   * Whether a run of tokens from token i can be a name of several words as written: the first word of its name key
   * starts one. That word is token i in lower case when it is plain ASCII letters followed by a space (what nameKey
   * would make of it), otherwise it comes from the key of the run's text; a key of one word ("O'Brien") may be a name.
   */
  private mayBeLongerName(i: number, text: string): boolean {
    const word = this.lowerText(i);
    if (i + 1 < this.doc.length && this.doc.starts[i + 1] > this.doc.ends[i] && PLAIN_WORD.test(word) && !LEADING_ARTICLES.has(word)) {
      return this.kb.isFirstWordOfName(word);
    }
    const key = nameKey(text);
    const space = key.indexOf(' ');
    return space < 0 || this.kb.isFirstWordOfName(key.slice(0, space));
  }

  /** Entities the recognizer found that no KB name covers: looked up whole, or kept as unknown people. */
  private addEntityHits(first: number, end: number, hits: NameHit[]): void {
    const doc = this.doc;
    let i = first;
    while (i < end) {
      if (doc.entityIob[i] === 0) {
        i++;
        continue;
      }
      const type = doc.entityType[i];
      let j = i + 1;
      while (j < end && doc.entityIob[j] === 2 && doc.entityType[j] === type) j++;
      if (!hits.some((h) => h.first < j && i < h.end)) {
        const candidates = this.lookupName(doc.text.slice(doc.starts[i], doc.ends[j - 1]));
        const person = doc.strings.get(type) === 'PER' && !this.isCalendarName(i, j);
        if (candidates.length > 0 || person) {
          hits.push({ first: i, end: j, candidates, silent: false, place: false, unknownPerson: candidates.length === 0 });
        }
      }
      i = j;
    }
  }

  /** Whether tokens first..end-1 are all month or weekday names: "November komt eraan!" names no person. */
  private isCalendarName(first: number, end: number): boolean {
    for (let i = first; i < end; i++) if (!this.data.calendarNames.has(this.lowerText(i))) return false;
    return true;
  }

  /**
   * Turns a name into a mention of an actor, a place, or nothing (a country adjective, a name inside another name).
   * Returns whether it was a place, so that a list of places stays places ("in Brazil, Bolivia and Paraguay").
   */
  private addName(hit: NameHit, sentenceStart: number, lastPlace: number, titled: boolean): boolean {
    if (hit.silent) return false;
    const start = this.doc.starts[hit.first];
    const end = this.doc.ends[hit.end - 1];
    const earlier = hit.local ?? (hit.end - hit.first === 1 ? this.table.personBySurname(this.doc.tokenText(hit.first)) : undefined);
    if (earlier !== undefined) {
      this.result.mentions.push({ start, end, actor: earlier });
      return false;
    }
    if (hit.coreferent) return false;
    if (hit.candidates.length === 0) {
      const name = this.doc.text.slice(start, end);
      const index = this.table.add({ id: slug(name), name, country: hit.context?.country ?? '', sector: hit.context?.sector ?? '' });
      this.table.rememberPerson(index, name);
      this.result.mentions.push({ start, end, actor: index });
      return false;
    }
    const candidate = this.choose(hit);
    if (candidate.use === 'adjective' && !titled) return false;
    // An international body's name that is ambiguous on its own ("de Commissie", "de Raad") needs a related body earlier.
    if (candidate.contextDependent && !PLACE_KINDS.has(candidate.kind) && INTERNATIONAL.has(candidate.country) && !this.table.hasKin(candidate.name, candidate.country)) return false;
    if (hit.place || (PLACE_KINDS.has(candidate.kind) && !titled && this.isPlace(hit, sentenceStart, lastPlace, candidate))) {
      this.result.places.push({ start, end, id: candidate.id, country: candidate.country });
      return true;
    }
    const actor: DocActor = { id: candidate.id, name: candidate.name, country: candidate.country, sector: candidate.sector };
    if (candidate.wikidata) actor.wikidata = candidate.wikidata;
    const index = this.table.add(actor);
    if (candidate.kind === 'person') this.table.rememberPerson(index, this.doc.text.slice(start, end));
    this.result.mentions.push({ start, end, actor: index });
    return false;
  }

  /** The candidate that fits the context: the country an agent noun lends, then the article's countries, then rank. */
  private choose(hit: NameHit): ActorCandidate {
    const context = hit.context;
    let best = hit.candidates[0];
    let bestScore = -Infinity;
    for (const candidate of hit.candidates) {
      let score = candidate.score;
      if (context && context.country !== '') score += candidate.country === context.country ? 0.5 : 0;
      score += Math.min(3, this.table.countryWeight(candidate.country)) * 0.02;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    return best;
  }

  /**
   * Whether a country or seat of power is a place here: after a locative preposition ("in Oekraïne", "in Rome"),
   * or, when its reading depends on the context (Washington, Rome), outside an argument relation.
   */
  private isPlace(hit: NameHit, sentenceStart: number, lastPlace: number, candidate: ActorCandidate): boolean {
    let before = hit.first - 1;
    while (before >= sentenceStart && this.isPlaceModifier(before)) before--;
    if (before >= sentenceStart && this.data.locativePrepositions.has(this.lowerText(before))) return true;
    if (lastPlace >= 0 && this.onlyListWordsBetween(lastPlace, hit.first)) return true;
    if (!candidate.contextDependent) return false;
    const dep = this.doc.strings.get(this.doc.dep[hit.end - 1]);
    return !this.data.argumentRelations.has(dep);
  }

  /** A word between a locative preposition and its place: an article or an adjective ("in het noorden van", "into north-eastern"). */
  private isPlaceModifier(i: number): boolean {
    return this.data.determiners.has(this.lowerText(i)) || (this.tag(i) === 'ADJ' && !this.isCapitalised(i)) || this.isAttached(i);
  }

  /** Whether only commas, coordinators and articles stand between two tokens (the items of a list). */
  private onlyListWordsBetween(from: number, to: number): boolean {
    if (from >= to) return false;
    for (let i = from; i < to; i++) {
      const word = this.lowerText(i);
      if (word !== ',' && !this.data.coordinators.has(word) && !this.data.determiners.has(word)) return false;
    }
    return true;
  }

  // ---- agent nouns ----

  private agentPhrases(
    first: number,
    end: number,
    hits: NameHit[],
    hitStartingAt: Map<number, NameHit>,
    hitEndingAt: Map<number, NameHit>,
  ): AgentPhrase[] {
    const phrases: AgentPhrase[] = [];
    let hit = 0;
    for (let k = first; k < end; k++) {
      // An agent noun inside a name belongs to the name ("Queen Elizabeth", "Islamic State").
      while (hit < hits.length && hits[hit].end <= k) hit++;
      if (hit < hits.length && hits[hit].first <= k) continue;
      const term = this.agentTerm(k, end);
      if (!term) continue;
      const phrase = this.agentPhrase(term.noun, k, term.end, first, end, hitStartingAt, hitEndingAt);
      if (phrase) {
        phrases.push(phrase);
        if (!phrase.name && phrase.noun.person) this.nameBeforeAppositive(phrase, first, hits, hitStartingAt);
      }
      k = Math.max(k, (phrase?.end ?? term.end) - 1);
    }
    return phrases;
  }

  /** The longest agent-noun term starting at token k ("foreign minister", "minister van buitenlandse zaken"). */
  private agentTerm(k: number, end: number): { noun: AgentNoun; end: number } | undefined {
    const tag = this.tag(k);
    if (tag !== 'NOUN' && tag !== 'ADJ' && tag !== 'PROPN') return undefined;
    const single = tag === 'ADJ' ? undefined : this.singleAgent(k);
    for (let j = Math.min(end, k + MAX_AGENT_TOKENS); j > k + 1; j--) {
      // A term of several words starts or ends with an agent noun ("minister van buitenlandse zaken", "foreign minister").
      if (!single && (!NOUN_TAGS.has(this.tag(j - 1)) || !this.singleAgent(j - 1))) continue;
      const words = [];
      for (let t = k; t < j && this.tag(t) !== 'PUNCT'; t++) words.push(this.lowerText(t));
      if (words.length < j - k) continue;
      const noun = this.cache.agentNoun(words.join(' '));
      if (noun) return { noun, end: j };
    }
    return single ? { noun: single, end: k + 1 } : undefined;
  }

  /** The agent noun a single token is, by its form or its lemma. */
  private singleAgent(k: number): AgentNoun | undefined {
    let noun = this.singleAgents[k];
    if (noun === undefined) {
      noun =
        this.cache.agentNoun(this.lowerText(k)) ??
        this.cache.agentNoun(this.doc.strings.get(this.doc.lemma[k])) ??
        this.compoundHead(k) ??
        null;
      this.singleAgents[k] = noun;
    }
    return noun ?? undefined;
  }

  /** Where token k is a name joined to an agent noun by a hyphen ("VVD-leider", "NAVO-chef"): the hyphen's offset. */
  private compoundHyphen(k: number): number {
    const word = this.doc.tokenText(k);
    const hyphen = word.lastIndexOf('-');
    return hyphen > 0 && UPPER_CASE_START.test(word) ? hyphen : -1;
  }

  /** The agent noun a compound of a name and a noun ends in ("VVD-leider": leider). */
  private compoundHead(k: number): AgentNoun | undefined {
    const hyphen = this.compoundHyphen(k);
    return hyphen < 0 ? undefined : this.cache.agentNoun(this.lowerText(k).slice(hyphen + 1));
  }

  /**
   * The name in a compound agent term ("VVD-leider", "Hamas-leider", "Kremlin-woordvoerder") lends its country, and
   * its sector when the noun has none of its own or only says that it leads: a party's leader is the party's (PTY),
   * a party's member of parliament still LEG.
   */
  private compoundModifier(phrase: AgentPhrase, k: number): void {
    const hyphen = this.compoundHyphen(k);
    if (hyphen < 0) return;
    const candidate = this.lookupName(this.doc.tokenText(k).slice(0, hyphen))[0];
    if (!candidate || candidate.country === '') return;
    this.setCountry(phrase, candidate);
    if (candidate.sector !== '' && (phrase.noun.sector === '' || phrase.noun.role === LEADER_ROLE)) phrase.sector = candidate.sector;
  }

  private agentPhrase(
    noun: AgentNoun,
    k: number,
    termEnd: number,
    first: number,
    end: number,
    hitStartingAt: Map<number, NameHit>,
    hitEndingAt: Map<number, NameHit>,
  ): AgentPhrase | undefined {
    const phrase: AgentPhrase = { start: k, end: termEnd, noun, country: '', countryName: '', sector: noun.sector };
    this.modifiersBefore(phrase, first, hitEndingAt);
    if (phrase.country === '' && termEnd === k + 1) this.compoundModifier(phrase, k);
    // Right: the name it is a title of, a country after "van"/"of", or a second agent noun after "en"/"and".
    // A name after the noun: a title's person ("president Poetin"), a state body's leader ("regering Trump"); after
    // other nouns it starts something else ("the people Trump met").
    const named = noun.person || noun.official ? hitStartingAt.get(termEnd) : undefined;
    if (named && (named.unknownPerson || named.local !== undefined || named.candidates[0]?.kind !== 'country')) {
      if (!noun.person && named.candidates[0]?.kind === 'person') {
        // A body led by a person: "de regering Trump" is the US government.
        if (phrase.country === '') this.setCountry(phrase, named.candidates[0]);
        phrase.end = named.end;
        return phrase.country === '' ? undefined : phrase;
      }
      if (!noun.person && named.candidates.length === 0) return phrase.country === '' ? undefined : phrase;
      phrase.name = named;
      phrase.end = named.end;
      this.countryAfter(phrase, end, hitStartingAt);
      return phrase;
    }
    if (noun.person && termEnd < end && this.isUnknownName(termEnd, hitStartingAt)) {
      let nameEnd = termEnd + 1;
      while (nameEnd < end && this.isUnknownName(nameEnd, hitStartingAt)) nameEnd++;
      phrase.name = this.unknownName(termEnd, nameEnd);
      phrase.end = nameEnd;
      hitStartingAt.set(termEnd, phrase.name);
      this.countryAfter(phrase, end, hitStartingAt);
      this.pendingNames.push(phrase.name);
      return phrase;
    }
    this.countryAfter(phrase, end, hitStartingAt);
    const r = phrase.end;
    if (r + 1 < end && this.data.coordinators.has(this.lowerText(r)) && phrase.country !== '') {
      const next = this.agentTerm(r + 1, end);
      if (next && !next.noun.person) phrase.end = next.end;
    }
    return phrase.country !== '' || this.refersBack(phrase, first) ? phrase : undefined;
  }

  /** Country adjectives before an agent noun (with other adjectives between), or a possessive name ("Bidens"). */
  private modifiersBefore(phrase: AgentPhrase, first: number, hitEndingAt: Map<number, NameHit>): void {
    for (let l = phrase.start - 1; l >= first; ) {
      const hit = hitEndingAt.get(l + 1) ?? (this.isPossessiveMarker(l) ? hitEndingAt.get(l) : undefined);
      const candidate = hit?.candidates[0];
      if (hit && candidate) {
        const possessive = candidate.match === 'possessive' || hit.end === l;
        if (candidate.kind === 'country' && !possessive && (candidate.use === 'adjective' || this.isAttributive(hit))) {
          this.setCountry(phrase, candidate);
          phrase.start = hit.first;
          l = hit.first - 1;
          continue;
        }
        if (possessive) this.setCountry(phrase, candidate);
        return;
      }
      if (this.tag(l) !== 'ADJ' || this.isCapitalised(l)) return;
      l--;
    }
  }

  /** "van Rusland", "of the United States" after an agent phrase: its country, part of the phrase. */
  private countryAfter(phrase: AgentPhrase, end: number, hitStartingAt: Map<number, NameHit>): void {
    const r = phrase.end;
    if (r >= end || !this.data.ofPrepositions.has(this.lowerText(r))) return;
    let at = r + 1;
    while (at < end && this.data.determiners.has(this.lowerText(at))) at++;
    const hit = hitStartingAt.get(at);
    const candidate = hit?.candidates[0];
    if (!hit || !candidate || !PLACE_KINDS.has(candidate.kind) || (candidate.kind === 'metonym' && !candidate.contextDependent)) return;
    if (candidate.kind === 'metonym' && candidate.contextDependent) {
      // "mayor of London": a city the office belongs to, not its government.
      hit.place = true;
      return;
    }
    if (phrase.country === '') this.setCountry(phrase, candidate);
    if (phrase.name) hit.silent = true;
    else phrase.end = hit.end;
  }

  /**
   * An unknown name before an appositive agent phrase ("Terry Branstad, de ambassadeur van de VS"): a person of the
   * phrase's country and sector.
   */
  private nameBeforeAppositive(phrase: AgentPhrase, first: number, hits: NameHit[], hitStartingAt: Map<number, NameHit>): void {
    let comma = phrase.start - 1;
    while (comma >= first && this.data.determiners.has(this.lowerText(comma))) comma--;
    if (comma <= first || this.lowerText(comma) !== ',') return;
    let nameStart = comma;
    while (nameStart > first && this.isUnknownName(nameStart - 1, hitStartingAt)) nameStart--;
    if (nameStart === comma || (nameStart === first && comma - nameStart < 2)) return;
    if (hits.some((h) => h.first < comma && nameStart < h.end)) return;
    const name = this.unknownName(nameStart, comma);
    name.context = { country: phrase.country, sector: phrase.sector };
    this.pendingNames.push(name);
  }

  private unknownName(first: number, end: number): NameHit {
    return { first, end, candidates: [], silent: false, place: false, unknownPerson: true };
  }

  private isPossessiveMarker(i: number): boolean {
    const word = this.lowerText(i);
    return word === "'s" || word === '\u2019s';
  }

  /** A country name used as a modifier ("U.S. troops", "Russia's army"): directly before a noun. */
  private isAttributive(hit: NameHit): boolean {
    return this.data.language === 'en' && hit.end < this.doc.length && NOUN_TAGS.has(this.tag(hit.end));
  }

  private setCountry(phrase: AgentPhrase, candidate: ActorCandidate): void {
    phrase.country = candidate.country;
    phrase.countryName = this.kb.get(candidate.country)?.name ?? candidate.country;
  }

  /** An agent phrase without a name: the country's sector ("de Chinese ambassadeur": CHN GOV). */
  private addGeneric(phrase: AgentPhrase): void {
    const { sector, country } = phrase;
    if (sector === '') return;
    const doc = this.doc;
    const index = this.table.add({ id: `${country}:${sector}`, name: `${phrase.countryName} ${sector}`, country, sector });
    this.result.mentions.push({ start: doc.starts[phrase.start], end: doc.ends[phrase.end - 1], actor: index });
  }

  // ---- tokens ----

  /** Starts with a capital, or is a name piece with a particle ("al-Assad"). */
  private isCapitalised(i: number): boolean {
    let known = this.capitalised[i];
    if (known === 0) {
      known = this.startsWithCapital(i) ? 1 : 2;
      this.capitalised[i] = known;
    }
    return known === 1;
  }

  private startsWithCapital(i: number): boolean {
    const text = this.doc.text;
    const start = this.doc.starts[i];
    const ch = text[start];
    if (ch !== ch.toLowerCase()) return true;
    // A particle is one to three letters before a hyphen: no hyphen there, no particle name.
    const end = Math.min(this.doc.ends[i], start + 4);
    for (let at = start + 1; at < end; at++) if (text.charCodeAt(at) === HYPHEN) return PARTICLE_NAME.test(this.doc.tokenText(i));
    return false;
  }

  private spanText(hit: NameHit): string {
    return this.doc.text.slice(this.doc.starts[hit.first], this.doc.ends[hit.end - 1]);
  }

  private isConnector(i: number): boolean {
    return this.data.nameConnectors.has(this.lowerText(i));
  }

  /** A capitalised proper noun the KB does not know (a name after a title: "topdiplomaat Yang Jiechi"). */
  private isUnknownName(i: number, hitStartingAt: Map<number, NameHit>): boolean {
    return this.isCapitalised(i) && this.tag(i) === 'PROPN' && !hitStartingAt.has(i) && !this.inTimex[i];
  }

  /** Written against the token before it, without a space ("al-Assad", "U.S.-led"). */
  /** The part after a hyphen of a word the tokenizer split ("un" of "Kim Jong - un"): the name goes on. */
  private isHyphenPart(i: number): boolean {
    return i > 1 && this.isAttached(i) && this.isAttached(i - 1) && this.doc.tokenText(i - 1) === '-' && LETTERS.test(this.doc.tokenText(i));
  }

  private isAttached(i: number): boolean {
    return i > 0 && this.doc.starts[i] === this.doc.ends[i - 1];
  }

  private lowerText(i: number): string {
    let text = this.lowered[i];
    if (text === undefined) this.lowered[i] = text = this.doc.tokenText(i).toLowerCase();
    return text;
  }
}

/** Most entries a lookup cache keeps before it starts over (a long run of articles must not grow it forever). */
const CACHE_SIZE = 20_000;

/** Names looked up for one date: the texts asked for and their candidates. */
interface DatedNames {
  date: string;
  names: Map<string, ActorCandidate[]>;
}

/**
 * KB answers the linker asks again and again (the same names recur across articles), by date and text (agent nouns
 * the KB itself remembers). Candidates from a phrase around an agent noun are not asked for: the linker builds
 * those from the parts.
 */
class LookupCache {
  private readonly byDate = new Map<string, DatedNames>();
  private size = 0;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly language: string,
  ) {}

  /** The names cache of a date ('' for none). */
  namesOn(date: string): DatedNames {
    let dated = this.byDate.get(date);
    if (!dated) this.byDate.set(date, (dated = { date, names: new Map() }));
    return dated;
  }

  names(text: string, dated: DatedNames): ActorCandidate[] {
    let candidates = dated.names.get(text);
    if (!candidates) {
      const date = dated.date;
      const options = { language: this.language, limit: CANDIDATE_LIMIT, phrases: false, ...(date ? { date } : {}) };
      candidates = this.kb.lookup(text, options);
      if (this.size >= CACHE_SIZE) {
        // Start over (an article being linked keeps its own date's map until it is done).
        this.byDate.clear();
        this.size = 0;
      }
      dated.names.set(text, candidates);
      this.size++;
    }
    return candidates;
  }

  agentNoun(word: string): AgentNoun | undefined {
    return this.kb.agentNoun(word, this.language);
  }
}

/** 1 for each token inside a time expression ("May" the month is no name). */
function timexTokens(doc: Doc): Uint8Array {
  const marks = new Uint8Array(doc.length);
  let t = 0;
  for (const timex of doc.timexes) {
    while (t < doc.length && doc.ends[t] <= timex.start) t++;
    for (let i = t; i < doc.length && doc.starts[i] < timex.end; i++) marks[i] = 1;
  }
  return marks;
}
