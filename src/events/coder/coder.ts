/**
 * The event coder: pipeline component 'events'. For each token that realises a trigger of the language's
 * dictionary it finds the event's arguments in the parse and resolves them to actors, gives it a status and an
 * attribution, a date from the time expression that governs it and a place from a locative argument; then merges
 * the mentions of one event into one record and writes `doc.events` and `doc.claims` (contract records).
 * An event needs a political source (a linked actor, or an agent noun with a sector): that keeps a shark's attack
 * and a football team's out.
 */
import type { CharSpan, ClaimRecord, EventRecord, EventStatus } from '../../doc/article.js';
import type { Doc } from '../../doc/doc.js';
import type { AnalysisContext, Annotation, Component } from '../../pipeline/component.js';
import { speechVerbsFor, type SpeechLexicon } from '../speech.js';
import { triggersFor, type TriggerEntry } from '../triggers.js';
import { ArgumentFinder, type EventArguments } from './arguments.js';
import { coderLanguage, type CoderLanguage, type DomainContext } from './language.js';
import { TriggerMatcher } from './match.js';
import { buildRecords, type EventCandidate } from './records.js';
import { SYMMETRIC_TYPES } from './symmetric.js';
import { opensClause, ParseView, Rel } from './parse-view.js';
import { verbFormsFor } from './verb-forms.js';
import { PartyResolver, type Party } from './parties.js';
import { announcedForm, mayBeOfferedToNoOne } from './intent.js';
import { demandedForm } from './demand.js';
import { StatusFinder, statusOfStance, type Attribution } from './status.js';

const DOMAINS: readonly DomainContext[] = ['sport', 'nature', 'medical', 'economy'];
/** Types of events that end another (lifting sanctions, withdrawing troops): their nominal object is no event itself. */
const ENDING_TYPES: ReadonlySet<string> = new Set(['RETREAT', 'CONCEDE']);
/** Statuses under which an obligation told by a speaker is that speaker's demand (not negated or only possible). */
const DEMANDABLE_STATUSES: ReadonlySet<EventStatus> = new Set(['asserted', 'reported', 'alleged']);

/** How many clauses of purpose up the event they serve is looked for. */
const PURPOSE_DEPTH = 3;

const coders = new Map<string, EventCoder>();

export class EventCoder implements Component {
  readonly name = 'events';
  readonly reads: readonly Annotation[];
  readonly writes: readonly Annotation[] = ['events', 'claims'];
  private readonly data: CoderLanguage;
  private readonly speech: SpeechLexicon;
  private readonly matcher: TriggerMatcher;

  /** `withQuotes`: declare that the coder reads the quote finder's quotes (it uses them whenever present). */
  constructor(readonly language: string, withQuotes = false) {
    const reads: Annotation[] = ['upos', 'lemma', 'deps', 'entities', 'timexes', 'actors'];
    this.reads = withQuotes ? [...reads, 'quotes'] : reads;
    this.data = coderLanguage(language);
    this.speech = speechVerbsFor(language);
    this.matcher = new TriggerMatcher(triggersFor(language), this.data);
  }

  /** The shared coder of a language. */
  static forLanguage(language: string, withQuotes = false): EventCoder {
    const key = `${language}${withQuotes ? '+quotes' : ''}`;
    let coder = coders.get(key);
    if (!coder) {
      coder = new EventCoder(language, withQuotes);
      coders.set(key, coder);
    }
    return coder;
  }

  apply(doc: Doc, context: AnalysisContext): void {
    const { events, claims } = this.code(doc, context.published);
    doc.events.length = 0;
    doc.claims.length = 0;
    doc.events.push(...events);
    doc.claims.push(...claims);
  }

  /** The events and claims of a parsed, linked document. */
  code(doc: Doc, published: string | null): { events: EventRecord[]; claims: ClaimRecord[] } {
    const forms = verbFormsFor(this.data.language);
    const view = new ParseView(doc, { ...this.data, isListedPast: (form) => forms.isListedPast(form) });
    const parties = new PartyResolver(view, this.data, this.language, published);
    const finder = new ArgumentFinder(view, this.data, parties);
    const status = new StatusFinder(view, this.data, this.speech, parties, finder, doc.quotes);
    const domains = this.sentenceDomains(view);
    const candidates: EventCandidate[] = [];
    const denials = new Map<number, Party[]>();
    const entries = new Array<TriggerEntry | undefined>(view.length);
    for (let i = 0; i < view.length; i++) entries[i] = this.matcher.match(view, i, (e) => this.allowed(view, parties, domains, i, e));
    for (let i = 0; i < view.length; i++) {
      const entry = entries[i];
      if (entry !== undefined && !this.isGoalOfEvent(view, status, finder, entries, i)) {
        const candidate = this.candidate(view, domains, parties, finder, status, i, entry);
        if (candidate !== undefined) candidates.push(...this.perOwner(candidate));
        // Each did it to the other: one event per direction (the same trigger keeps them apart when merging).
        if (candidate?.mutual) candidates.push({ ...candidate, source: candidate.target, target: candidate.source });
      }
      if (this.deniesWhatWasSaid(view, status, i)) denials.set(i, status.speakersOf(i));
    }
    return buildRecords(candidates, view, denials);
  }

  /**
   * "veroordeelden zowel het beleid van Erdogan als het besluit van de Duitse regering": a directed act against the
   * things of several owners is one event against each owner, not one against a group.
   */
  private perOwner(candidate: EventCandidate): EventCandidate[] {
    const { target, mutual, entry } = candidate;
    if (target.length < 2 || mutual || SYMMETRIC_TYPES.has(entry.type) || !target.every((p) => p.owned)) return [candidate];
    return target.map((owner) => ({ ...candidate, target: [owner] }));
  }

  /**
   * A verb in a clause of purpose under another event's trigger is that event's content or goal, no event of its
   * own: "dreigde om Noord-Korea te vernietigen" (THREATEN), "geweld gebruiken om het volk te onderdrukken"; so is
   * a nominal event that a retreat ends, or that a warning is about.
   */
  private isGoalOfEvent(view: ParseView, status: StatusFinder, finder: ArgumentFinder, entries: readonly (TriggerEntry | undefined)[], i: number): boolean {
    // "het opheffen van de sancties", "trok de troepen terug": what a retreat ends is no event of its own; a demand
    // that is granted ("accede to protesters' demands") was made all the same.
    if (!view.isVerb(i)) {
      const ended = view.head[i] >= 0 && ENDING_TYPES.has(entries[view.head[i]]?.type ?? '') && entries[i]?.type !== 'REQUEST';
      return ended || this.isWarnedOf(view, finder, entries, i);
    }
    // "beveelt de troepen zich terug te trekken": what is requested is the request's content, not done.
    if (view.head[i] >= 0 && entries[view.head[i]]?.type === 'REQUEST' && finder.isInfinitiveComplement(i)) return true;
    // Up a chain of purposes: "loofde Kim om zijn moed om stappen te ondernemen om te ontwapenen".
    let v = i;
    for (let depth = 0; depth < PURPOSE_DEPTH; depth++) {
      while (view.rel[v] === Rel.CONJ && view.head[v] >= 0 && view.isVerb(view.head[v])) v = view.head[v];
      const head = view.head[v];
      if (head < 0 || !status.isPurposeClause(v)) return false;
      if (entries[head] !== undefined) return true;
      v = head;
    }
    return false;
  }

  /**
   * "waarschuwde dat Chinese steun aan Rusland ernstige gevolgen zal hebben": the nominal event that is the subject of
   * the that-clause of a threat is what the threat is about, not an event told as having happened or to come.
   */
  private isWarnedOf(view: ParseView, finder: ArgumentFinder, entries: readonly (TriggerEntry | undefined)[], i: number): boolean {
    const clause = view.head[i];
    if (clause < 0 || (view.rel[clause] !== Rel.CCOMP && view.rel[clause] !== Rel.ADVCL) || view.head[clause] < 0) return false;
    if (entries[view.head[clause]]?.type !== 'THREATEN') return false;
    const mark = view.child(clause, Rel.MARK);
    return mark >= 0 && this.data.complementizers.has(view.key(mark)) && finder.clauseSubject(clause) === i;
  }

  /**
   * A verb form after a word that is both the infinitive marker and a degree adverb ("te") that is no infinitive
   * ("nog te vroeg", tagged as the past of "vragen"): the word says "too" and the form is an adjective.
   */
  private isDegreeWord(view: ParseView, i: number, entry: TriggerEntry): boolean {
    if (entry.pos !== 'verb' || i === 0 || !this.data.degreeWords.has(view.form(i - 1))) return false;
    const form = view.form(i);
    return form !== entry.stem && form !== entry.key;
  }

  /** A nominal that names a thing: a common noun that is no political actor, or a pronoun for a thing ("passed it"). */
  private isThing(view: ParseView, parties: PartyResolver, t: number): boolean {
    return (view.upos(t) === 'NOUN' && !parties.resolve(t).political) || this.data.anaphoricObjects.has(view.key(t));
  }

  /** A denial that points back at what was said before ("Zowel China als Rusland ontkent dat.", "X denied it"). */
  private deniesWhatWasSaid(view: ParseView, status: StatusFinder, v: number): boolean {
    if (view.upos(v) !== 'VERB' || view.child(v, Rel.CCOMP) >= 0) return false;
    const cue = status.speechCue(v);
    if (cue === undefined || cue.stance !== 'denies') return false;
    const object = view.child(v, Rel.OBJ);
    return object < 0 || this.data.anaphoricObjects.has(view.key(object));
  }

  private candidate(
    view: ParseView,
    domains: Uint8Array,
    parties: PartyResolver,
    finder: ArgumentFinder,
    statusFinder: StatusFinder,
    i: number,
    entry: TriggerEntry,
  ): EventCandidate | undefined {
    const args = finder.find(i, entry);
    if ((args.reciprocal || args.between || SYMMETRIC_TYPES.has(entry.type)) && args.target.length === 0 && args.source.length >= 2) {
      args.target.push(...args.source.splice(1));
    }
    const source = uniqueParties(args.source.map((t) => parties.resolve(t)), []);
    // Things are no targets ("reach an agreement", "passed his budget"): only parties that can act.
    const target = uniqueParties(args.target.map((t) => parties.resolve(t)), source).filter((p) => p.political);
    // Without a target only an announced offer (coded AGREE below) stays: its status is known further on.
    const untargeted = entry.unless.includes('no-target') && !target.some((p) => p.political);
    if (untargeted && !mayBeOfferedToNoOne(entry)) return undefined;
    // Sport, weather and the like: without an actor the knowledge base knows, no political event.
    if (domains[view.sentence[i]] !== 0 && !source.some((p) => p.known)) return undefined;
    // In sport a country is a team ("South Korea's women grabbed gold"): only an office or force holder counts.
    if (domains[view.sentence[i]] & (1 << DOMAINS.indexOf('sport')) && !source.some((p) => p.known && p.ref.sector !== '' && p.ref.sector !== 'CVL')) {
      return undefined;
    }
    // A meeting of private people ("toen zij haar ontmoette") is no political event: one party must be an actor
    // the knowledge base knows or an agent with a sector.
    if (SYMMETRIC_TYPES.has(entry.type) && source.length > 0 && ![...source, ...target].some((p) => p.known || (p.ref.sector !== '' && p.ref.sector !== 'CVL'))) {
      return undefined;
    }
    // Nor is a meeting of one unnamed group ("een top tussen de leiders van de rivalen"): no one can be coded.
    if (entry.type === 'CONSULT' && source.length === 1 && target.length === 0 && source[0].ref.actor === undefined && source[0].ref.country === '') {
      return undefined;
    }
    const complete = source.some((p) => p.political);
    if (!complete && !this.mayReferBack(view, i, entry, source, target)) return undefined;
    const attribution = statusFinder.find(i, args);
    if (untargeted && attribution.status !== 'future') return undefined;
    const sentence = view.sentence[i];
    // "X zei dat Y zich moet terugtrekken": the speaker's demand of Y, a speech act told as it is (asserted).
    const demanders = this.demanders(statusFinder, i, args, attribution, source);
    if (demanders.length > 0) {
      const demanded = source.filter((p) => p.political);
      return {
        trigger: i,
        entry: demandedForm(entry),
        source: demanders,
        target: demanded,
        complete: true,
        anaphoric: false,
        mutual: false,
        status: 'asserted',
        speakers: [],
        stance: '',
        cue: -1,
        sentence,
        evidence: this.evidence(view, i, args),
        date: this.dateOf(view, statusFinder, i, entry, args),
        location: this.locationOf(view, parties, i, args),
        confidence: confidence(entry, args, demanders, demanded),
      };
    }
    // Announced cooperation is AGREE, an announced retreat CONCEDE (PLOVER manual): the status is then the speaker's.
    const coded = announcedForm(entry, attribution.status);
    return {
      trigger: i,
      entry: coded,
      source: complete ? source.filter((p) => p.political || p.ref.country !== '') : [],
      target,
      complete,
      anaphoric: entry.pos === 'noun' && this.isDefinite(view, i),
      mutual: args.reciprocal && !SYMMETRIC_TYPES.has(coded.type) && source.length === 1 && target.length === 1,
      status: coded === entry ? attribution.status : statusOfStance(attribution.stance),
      speakers: attribution.speakers,
      stance: attribution.stance,
      cue: attribution.cue,
      sentence,
      evidence: this.evidence(view, i, args),
      date: this.dateOf(view, statusFinder, i, entry, args),
      location: this.locationOf(view, parties, i, args),
      confidence: confidence(entry, args, source, target),
    };
  }

  /**
   * The speakers who demand the event when its clause says its source must do it ("zei dat Y zich moet
   * terugtrekken"); none when it is no obligation, has no speaker, or the speakers oblige themselves ("we moeten").
   */
  private demanders(statusFinder: StatusFinder, i: number, args: EventArguments, attribution: Attribution, source: Party[]): Party[] {
    if (attribution.cue < 0 || !DEMANDABLE_STATUSES.has(attribution.status) || !statusFinder.obliged(i, args)) return [];
    const speakers = attribution.speakers.filter((p) => p.political);
    const obliged = source.filter((p) => p.political);
    if (obliged.length === 0) return [];
    const same = (a: Party, b: Party) => a.key === b.key || (a.ref.actor !== undefined && a.ref.actor === b.ref.actor);
    const self = (p: Party) => this.data.speakerPronouns.has(p.key) || speakers.some((d) => same(p, d));
    return obliged.some(self) ? [] : speakers;
  }

  /** A nominal without a source can still be a further mention of an event told before ("Het gesprek duurde …"). */
  private mayReferBack(view: ParseView, i: number, entry: TriggerEntry, source: Party[], target: Party[]): boolean {
    if (entry.pos !== 'noun' || source.length > 0) return false;
    return target.length > 0 || this.isDefinite(view, i);
  }

  /** A definite nominal ("het gesprek"), also by a possessive pronoun ("zijn laatste bezoek"), refers back. */
  private isDefinite(view: ParseView, i: number): boolean {
    const det = view.child(i, Rel.DET);
    if (det >= 0 && this.data.definiteDeterminers.has(view.key(det))) return true;
    const possessor = view.child(i, Rel.NMOD_POSS);
    return possessor >= 0 && view.upos(possessor) === 'PRON';
  }

  /** Whether none of the entry's negative contexts holds for token i. */
  private allowed(view: ParseView, parties: PartyResolver, domains: Uint8Array, i: number, entry: TriggerEntry): boolean {
    if (this.isDegreeWord(view, i, entry)) return false;
    for (const context of entry.unless) {
      switch (context) {
        case 'te-infinitive':
          if (this.hasInfinitive(view, i)) return false;
          break;
        case 'clausal-complement':
          if (this.hasThatClause(view, i)) return false;
          break;
        case 'direct-object':
          if (view.child(i, Rel.OBJ) >= 0) return false;
          break;
        case 'inanimate-object': {
          // The object, or in a passive the subject ("no cause was released", "it would have to be ratified").
          const direct = view.child(i, Rel.OBJ);
          const object = direct >= 0 ? direct : view.child(i, Rel.NSUBJ_PASS);
          if (object >= 0 && this.isThing(view, parties, object)) return false;
          break;
        }
        case 'no-target':
          break;
        default:
          if (domains[view.sentence[i]] & (1 << DOMAINS.indexOf(context))) return false;
      }
    }
    return true;
  }

  /** A clausal complement: a ccomp, or a that-clause the parser labelled advcl ("waarschuwde ervoor dat …"). */
  private hasThatClause(view: ParseView, i: number): boolean {
    if (view.child(i, Rel.CCOMP) >= 0) return true;
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.ADVCL) continue;
      const mark = view.child(c, Rel.MARK);
      if (mark >= 0 && this.data.complementizers.has(view.key(mark))) return true;
    }
    return false;
  }

  /** "dreigt te vallen", "threatens to collapse": an infinitive complement with the infinitive marker. */
  private hasInfinitive(view: ParseView, i: number): boolean {
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      if (rel !== Rel.XCOMP && rel !== Rel.CCOMP && rel !== Rel.ADVCL) continue;
      const mark = view.child(c, Rel.MARK);
      if (mark >= 0 && view.key(mark) === this.data.infinitiveMarker) return true;
    }
    return false;
  }

  /** Per sentence, a bit per domain whose words it contains. */
  private sentenceDomains(view: ParseView): Uint8Array {
    const bits = new Uint8Array(view.doc.sentenceCount);
    // The domains of each lemma, worked out once per lemma of the document.
    const ofLemma = new Map<number, number>();
    for (let i = 0; i < view.length; i++) {
      const id = view.doc.lemma[i];
      let own = ofLemma.get(id);
      if (own === undefined) {
        // A compound is of its head's domain ("oefenwedstrijd", "bekerfinale").
        const head = view.compoundHead(i);
        own = this.domainBits(view.key(i)) | (head === '' ? 0 : this.domainBits(head));
        ofLemma.set(id, own);
      }
      // A hyphenated word split by the tokenizer ("hat - trick") is looked up whole too.
      if (i + 2 < view.length && isHyphen(view.doc, i + 1)) own |= this.domainBits(`${view.key(i)}-${view.key(i + 2)}`);
      bits[view.sentence[i]] |= own;
    }
    this.sportArticle(bits);
    return bits;
  }

  /**
   * A sports report names its sport in a few sentences and reports the race or match in the others ("Vettel
   * verdedigde", "redt Leclerc"): when three sentences, or two in a quarter of them, have sport words, all are sport.
   * Events of known actors of a sector (a minister at the World Cup) still count there.
   */
  private sportArticle(bits: Uint8Array): void {
    const sport = 1 << DOMAINS.indexOf('sport');
    let sentences = 0;
    for (const b of bits) if (b & sport) sentences++;
    if (sentences >= 3 || (sentences === 2 && sentences * 4 >= bits.length)) for (let s = 0; s < bits.length; s++) bits[s] |= sport;
  }

  /** A bit per domain whose word list has `word`. */
  private domainBits(word: string): number {
    let bits = 0;
    for (let d = 0; d < DOMAINS.length; d++) if (this.data.contexts.get(DOMAINS[d])!.has(word)) bits |= 1 << d;
    return bits;
  }

  /** The clause span: the trigger with its arguments' phrases (and the light verb of a nominal). */
  private evidence(view: ParseView, i: number, args: EventArguments): CharSpan {
    let first = i;
    let last = i;
    const sentence = view.sentence[i];
    const cover = (t: number) => {
      if (t < 0 || view.sentence[t] !== sentence) return;
      const [a, b] = view.extent(t);
      if (a < first) first = a;
      if (b > last) last = b;
    };
    for (const t of [...args.source, ...args.target, ...args.location]) cover(t);
    if (args.clauseVerb >= 0 && args.clauseVerb !== i && view.sentence[args.clauseVerb] === sentence) {
      first = Math.min(first, args.clauseVerb);
      last = Math.max(last, args.clauseVerb);
    }
    const [a, b] = view.extent(i);
    if (b - a < 25) {
      first = Math.min(first, a);
      last = Math.max(last, b);
    }
    while (last > first && view.upos(last) === 'PUNCT') last--;
    while (first < last && view.upos(first) === 'PUNCT') first++;
    return { start: view.doc.starts[first], end: view.doc.ends[last] };
  }

  /**
   * The date of the time expression that governs the event: one inside a nominal's own phrase ("de aanval van
   * vrijdag"), else one in the event's clause, else in a clause above it up to a speech verb (whose date is the
   * date of saying, not of the event).
   */
  private dateOf(view: ParseView, status: StatusFinder, i: number, entry: TriggerEntry, args: EventArguments): string | undefined {
    const { timexes } = view.doc;
    if (entry.pos === 'noun') {
      const own = this.timexInPhrase(view, i);
      if (own >= 0) return dateValue(timexes[own].value);
    }
    if (args.clauseVerb < 0 || !args.clauseEvent) return undefined;
    const sentence = view.sentence[i];
    const first = view.doc.sentenceStarts[sentence];
    const end = view.doc.sentenceEnd(sentence);
    let clause = clauseHead(view, args.clauseVerb);
    for (let depth = 0; depth < 3; depth++) {
      let best = -1;
      for (let t = first; t < end; t++) {
        const x = view.timexAt[t];
        if (x < 0 || (t > first && view.timexAt[t - 1] === x)) continue;
        if (dateValue(timexes[x].value) === undefined || clauseHead(view, t) !== clause) continue;
        if (best < 0 || Math.abs(t - i) < Math.abs(best - i)) best = t;
      }
      if (best >= 0) return dateValue(timexes[view.timexAt[best]].value);
      const head = view.head[clause];
      if (head < 0 || status.speechCue(head) !== undefined) return undefined;
      clause = clauseHead(view, head);
    }
    return undefined;
  }

  /** A time expression within a nominal's own phrase, not through a verb; -1 for none. */
  private timexInPhrase(view: ParseView, i: number): number {
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (view.timexAt[t] >= 0) return view.timexAt[t];
      for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
        const c = view.childList[k];
        if (!view.isVerb(c) && !opensClause(view.rel[c]) && view.rel[c] !== Rel.COP) stack.push(c);
      }
    }
    return -1;
  }

  /** The place of a location argument or of a locative phrase of the trigger ("in Rome"). */
  private locationOf(view: ParseView, parties: PartyResolver, i: number, args: EventArguments): { text: string; country: string } | undefined {
    const candidates = [...args.location];
    for (const t of [i, args.clauseVerb]) {
      if (t < 0) continue;
      for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
        const c = view.childList[k];
        const rel = view.rel[c];
        if ((rel === Rel.OBL || rel === Rel.NMOD) && view.upos(c) === 'PROPN' && this.data.locativePrepositions.has(view.caseOf(c))) {
          if (!args.source.includes(c) && !args.target.includes(c)) candidates.push(c);
        }
      }
    }
    for (const c of candidates) {
      const country = parties.countryOfPlace(c);
      if (country !== '') return { text: parties.phraseText(c), country };
    }
    return undefined;
  }
}

/** Whether token t is a lone hyphen (checked on the text: no string per token on this hot path). */
function isHyphen(doc: Doc, t: number): boolean {
  return doc.ends[t] - doc.starts[t] === 1 && doc.text.charCodeAt(doc.starts[t]) === 45;
}

/** The clause a token belongs to: the nearest token at or above it whose relation opens a clause. */
function clauseHead(view: ParseView, t: number): number {
  let k = t;
  for (let steps = 0; steps < 64 && !opensClause(view.rel[k]) && view.head[k] >= 0; steps++) k = view.head[k];
  return k;
}

/** A time value usable as an event date (a calendar date, month, week or year), else undefined. */
function dateValue(value: string): string | undefined {
  return /^\d{4}(-(\d{2}(-\d{2})?|W\d{2}))?$/.test(value) ? value : undefined;
}

/** Parties without repeats and without those already in `others`. */
function uniqueParties(list: Party[], others: Party[]): Party[] {
  const seen = new Set(others.map((p) => p.key));
  const result: Party[] = [];
  for (const party of list) {
    if (seen.has(party.key)) continue;
    seen.add(party.key);
    result.push(party);
  }
  return result;
}

/** How sure the coding is: a linked source, a target where one is expected, a trigger with its conditions met. */
function confidence(entry: TriggerEntry, args: EventArguments, source: Party[], target: Party[]): number {
  let score = 0.45;
  if (source.some((p) => p.ref.actor !== undefined)) score += 0.2;
  if (target.length > 0) score += 0.15;
  if (!args.borrowed) score += 0.1;
  if (entry.with.length > 0 || entry.prep !== '' || entry.reflexive) score += 0.05;
  return Math.round(Math.min(score, 0.95) * 100) / 100;
}
