/**
 * Arguments of a trigger from the dependency parse (UD v2). Verbs: subject, object, indirect object and
 * prepositional complements, with passives ("nsubj:pass", the "door"/"by" phrase), relative pronouns replaced by
 * their antecedent, and a missing subject taken from the verb the infinitive or conjunct depends on (control and
 * raising, shared subjects). Nouns: possessor, country adjective ("Russische beschietingen"), prepositional
 * complements ("het gesprek tussen Xi en Biden"), and when they have no source of their own the subject of the
 * light verb they are the object of ("hadden telefonisch contact") or of the clause a meeting is the setting of
 * ("tijdens een overleg"). Every slot is expanded over coordination; reciprocals ("elkaar") mark the event as
 * between its coordinated subjects.
 */
import type { ArgumentRole, Slot, TriggerEntry } from '../triggers.js';
import type { CoderLanguage } from './language.js';
import { complementInObject } from './match.js';
import { Rel, type ParseView } from './parse-view.js';
import type { PartyResolver } from './parties.js';
import { SYMMETRIC_TYPES } from './symmetric.js';

export interface EventArguments {
  /** Head tokens per role, in text order. */
  readonly source: number[];
  readonly target: number[];
  readonly location: number[];
  /** A reciprocal object: the coordinated subjects act on each other. */
  reciprocal: boolean;
  /** The parties came from a "tussen"/"between" phrase: the first named is the source, the others the target. */
  between: boolean;
  /** The verb whose clause the event belongs to: the trigger itself, or the verb governing a nominal trigger; -1. */
  clauseVerb: number;
  /** The source came from outside the trigger's own phrase (light verb, meeting setting, control). */
  borrowed: boolean;
  /** A nominal event one is suspected of ("aangehouden op verdenking van mishandeling"): the suspect is the source. */
  suspected: boolean;
  /**
   * The clause tells the event: a verb, or a nominal that is its clause's predicate ("hadden contact"), light verb
   * object or setting. A nominal that only modifies a clause ("sinds de invasie") does not take the clause's date.
   */
  clauseEvent: boolean;
}

/** How far up a missing subject is looked for. */
const CONTROL_DEPTH = 3;
/** Nominal events the subject of the clause they are the setting of takes part in ("tijdens een overleg/protest"). */
const SETTING_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'PROTEST']);
/** Sectors of the state's forces, which act at a protest rather than join it. */
const STATE_FORCES: ReadonlySet<string> = new Set(['COP', 'MIL', 'SPY', 'GOV']);

export class ArgumentFinder {
  constructor(
    private readonly view: ParseView,
    private readonly data: CoderLanguage,
    private readonly parties: PartyResolver,
  ) {}

  find(i: number, entry: TriggerEntry): EventArguments {
    const args: EventArguments = { source: [], target: [], location: [], reciprocal: false, between: false, clauseVerb: -1, borrowed: false, suspected: false, clauseEvent: entry.pos === 'verb' };
    const slots = entry.pos === 'verb' ? this.verbSlots(i) : this.nounSlots(i);
    if (entry.pos === 'verb') this.complementsOnObject(i, slots, entry);
    for (const [slot, heads] of slots) {
      // 'agent': a nominal's country adjective or predicate subject, in the possessor's role (else the source).
      const role: ArgumentRole | undefined = entry.roles.get(slot) ?? (slot === 'agent' ? (entry.roles.get('possessor') ?? 'source') : undefined) ?? this.soleIndirectObject(slot, slots, entry);
      if (role === undefined) continue;
      for (const head of heads) {
        if (this.isReciprocal(head)) {
          args.reciprocal = true;
          continue;
        }
        if (this.isReflexive(head)) continue;
        if (role === 'source' && slot.startsWith('prep:') && this.data.betweenPrepositions.has(slot.slice(5))) args.between = true;
        const list = args[role];
        const group = (slot === 'subject' ? this.subjectGroup(i, head) : this.view.conjuncts(head)).flatMap((t) => this.coordinatedModifiers(t));
        for (const t of group) if (!list.includes(t)) list.push(t);
      }
    }
    // "tussen de president van de VS, Donald Trump, en Kim Jong-un": the second party the parser hung elsewhere.
    if (args.between && args.source.length === 1) {
      const second = this.partyAfterConjunction(args.source[0]);
      if (second >= 0) args.source.push(second);
    }
    if (entry.pos === 'verb') {
      args.clauseVerb = i;
      // A passive without its agent phrase has no source to share: "… and are killed" is not killed by the subject.
      const passive = this.view.child(i, Rel.NSUBJ_PASS) >= 0 || this.view.child(i, Rel.AUX_PASS) >= 0;
      if (args.source.length === 0 && entry.roles.get('subject') === 'source' && !passive) {
        const subject = this.controller(i);
        if (subject >= 0) {
          args.source.push(...this.subjectGroup(this.view.head[subject], subject));
          args.borrowed = true;
        }
      }
      // "were injured after being attacked by protesters": whom the passive's controller names undergoes it.
      if (passive && args.target.length === 0 && entry.roles.get('object') === 'target') {
        const patient = this.controller(i);
        if (patient >= 0) args.target.push(...this.view.conjuncts(patient));
      }
      if (!args.reciprocal) args.reciprocal = this.hasReciprocal(i);
    } else {
      this.governingClause(i, entry, args);
    }
    // "Trump and Kim …, when they agreed": a plural pronoun for coordinated names is each of them.
    for (const list of [args.source, args.target]) {
      const expanded = list.flatMap((t) => {
        const group = this.parties.groupAntecedents(t);
        return group.length > 0 ? group : [t];
      });
      list.splice(0, list.length, ...new Set(expanded));
    }
    // "the leaders of Turkey and Germany met": a group named after coordinated parties stands for each of them.
    if (SYMMETRIC_TYPES.has(entry.type) && args.source.length === 1 && args.target.length === 0) {
      const members = this.coordinatedOwners(args.source[0]);
      if (members.length >= 2) args.source.splice(0, 1, ...members);
    }
    // After the source is known (control, light verbs), so that the target is not the source again.
    const between = args.reciprocal || args.between || (SYMMETRIC_TYPES.has(entry.type) && args.source.length >= 2);
    if (!between && !args.target.some((t) => this.parties.resolve(t).political)) {
      const fallback = this.prepositionalTarget(i, entry, args);
      if (fallback >= 0) args.target.splice(0, args.target.length, ...this.view.conjuncts(fallback));
    }
    return args;
  }

  /**
   * An indirect object needs a direct one beside it: alone ("bespotte senator Feinstein" labelled iobj) it is the
   * object, for an entry that gives the indirect object no role of its own.
   */
  private soleIndirectObject(slot: Slot, slots: Map<Slot, number[]>, entry: TriggerEntry): ArgumentRole | undefined {
    if (slot !== 'indirect-object' || slots.has('object') || entry.roles.has('indirect-object')) return undefined;
    return entry.roles.get('object');
  }

  /**
   * A target the dictionary's slots miss, when no slot gave an actor: the object of an infinitive the trigger
   * governs, or the first actor in a prepositional complement of the trigger or of its object ("restored full
   * diplomatic ties with Gondor", "steun aan Rusland").
   */
  private prepositionalTarget(i: number, entry: TriggerEntry, args: EventArguments): number {
    const { view, data } = this;
    // "dreigde om Noord-Korea te vernietigen": the object of the infinitive the trigger governs; not for a request,
    // whose target is whom it asks ("vraagt om hulp om het land weer op te bouwen").
    for (let k = view.childStart[i]; k < view.childStart[i + 1] && entry.type !== 'REQUEST'; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.XCOMP && view.rel[c] !== Rel.ADVCL) continue;
      const mark = view.child(c, Rel.MARK);
      const object = mark >= 0 ? this.bareObject(c) : -1;
      if (object >= 0 && !args.source.includes(object) && this.parties.resolve(object).political) return object;
    }
    const object = view.child(i, Rel.OBJ);
    const hosts = object >= 0 ? [i, object] : [i];
    // "heeft een onderzoek geopend naar …": a light verb's complement belongs to its nominal.
    if (entry.pos === 'noun' && args.clauseEvent && args.clauseVerb >= 0 && args.clauseVerb !== i && this.isObjectOf(i, view.head[i])) hosts.push(args.clauseVerb);
    // "het bezoek van President Erdogan aan Duitsland" with the complement hung on the source after the noun.
    // "de sancties die de Verenigde Staten tegen Europa hebben genomen": also on the source of its relative clause.
    const relative = entry.pos === 'noun' && args.clauseVerb >= 0 && view.head[args.clauseVerb] === i ? args.clauseVerb : -1;
    if (relative >= 0) hosts.push(relative);
    const sourceHosts = entry.pos === 'noun' ? args.source.filter((s) => s > i && (view.head[s] === i || (relative >= 0 && view.head[s] === relative))) : [];
    for (const host of [...hosts, ...sourceHosts]) {
      const onSource = sourceHosts.includes(host);
      for (let k = view.childStart[host]; k < view.childStart[host + 1]; k++) {
        const c = view.childList[k];
        const rel = view.rel[c];
        // An object with a preposition ("kritiek hadden op haar plannen" misparsed) is a prepositional phrase.
        if (rel !== Rel.OBL && rel !== Rel.NMOD && !(rel === Rel.OBJ && view.caseOf(c) !== '')) continue;
        if (onSource && (rel !== Rel.NMOD || data.locativePrepositions.has(view.caseOf(c)) || data.possessivePrepositions.has(view.caseOf(c)))) continue;
        if (!data.targetPrepositions.has(view.caseOf(c)) || args.source.includes(c) || data.agentPrepositions.has(view.caseOf(c))) continue;
        // Nor the word that makes the trigger ("deelnemen aan demonstraties"): it is part of the predicate.
        if (this.isCompanion(c) || entry.with.includes(view.key(c)) || entry.with.includes(view.compoundHead(c))) continue;
        // A place and its owner are no target ("een protest bij de conferentie van de partij").
        const party = this.parties.resolve(c);
        const owner = view.upos(c) === 'NOUN' && !party.ref.text.includes(view.doc.tokenText(c));
        if (data.locativePrepositions.has(view.caseOf(c)) && owner) continue;
        if (party.political) return c;
        if (data.locativePrepositions.has(view.caseOf(c))) continue;
        const inner = this.targetInside(c);
        if (inner >= 0 && !args.source.includes(inner)) return inner;
      }
    }
    // "onderzoekt de beschuldigingen tegen X", "waarschuwt dat er geen hulp voor X komt": the party a thing in the
    // target's place (or the trigger's object) is directed at.
    for (const thing of object >= 0 ? [object, ...args.target] : args.target) {
      if (this.parties.resolve(thing).political) continue;
      const inner = this.targetInside(thing);
      if (inner >= 0 && !args.source.includes(inner)) return inner;
    }
    return -1;
  }

  /** The head of a named party right after the phrase of t and a conjunction (commas and a determiner between), or -1. */
  private partyAfterConjunction(t: number): number {
    const { view } = this;
    const sentence = view.sentence[t];
    let u = view.extent(t)[1] + 1;
    while (u < view.length && view.upos(u) === 'PUNCT') u++;
    if (u >= view.length || view.upos(u) !== 'CCONJ') return -1;
    u++;
    if (u < view.length && view.upos(u) === 'DET') u++;
    if (u >= view.length || view.sentence[u] !== sentence || view.mentionAt[u] < 0) return -1;
    // The mention's head: climb while the head stays inside the mention.
    while (view.head[u] >= 0 && view.mentionAt[view.head[u]] === view.mentionAt[u]) u = view.head[u];
    return u;
  }

  /** A verb's object, or a noun or name hung on it without a preposition and no time (an object labelled obl); -1 for none. */
  private bareObject(verb: number): number {
    const { view } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.OBJ || (view.rel[c] === Rel.OBL && view.caseOf(c) === '' && view.timexAt[c] < 0 && (view.upos(c) === 'PROPN' || view.upos(c) === 'NOUN'))) return c;
    }
    return -1;
  }

  /**
   * The party a thing is directed at ("de beschuldigingen tegen Kavanaugh" → Kavanaugh), else the party it belongs to
   * ("criticized the House's decision", "condemned the act of the NTC", "the proclamation … by Trump", "taxing
   * Chinese exports"), looked for
   * one level down too ("the quality of al-Quaety's work"); -1 for none.
   */
  private targetInside(thing: number, depth = 0): number {
    const { view, data } = this;
    for (let k = view.childStart[thing]; k < view.childStart[thing + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.NMOD) continue;
      const prep = view.caseOf(c);
      if (!data.targetPrepositions.has(prep) || data.possessivePrepositions.has(prep)) continue;
      if (this.namedParty(c)) return c;
    }
    for (let k = view.childStart[thing]; k < view.childStart[thing + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      const prep = rel === Rel.NMOD ? view.caseOf(c) : '';
      const owner =
        rel === Rel.NMOD_POSS || rel === Rel.COMPOUND || data.possessivePrepositions.has(prep) || data.agentPrepositions.has(prep) || (rel === Rel.AMOD && this.parties.countryAdjective(c) !== '');
      // A possessive pronoun ("his decision") mostly points back at the source itself.
      if (!owner || view.upos(c) === 'PRON') continue;
      if (this.namedParty(c)) return c;
      if (depth === 0 && rel !== Rel.COMPOUND) {
        const inner = this.targetInside(c, 1);
        if (inner >= 0) return inner;
      }
    }
    return depth === 0 ? this.strandedCountryAdjective(thing) : -1;
  }

  /**
   * A country adjective right before a noun but hung on the verb ("dat Chinese steun … gevolgen zal hebben"): a
   * country adjective modifies no verb, so it is the noun's; -1 for none.
   */
  private strandedCountryAdjective(thing: number): number {
    const { view } = this;
    const before = view.extent(thing)[0] - 1;
    if (before < 0 || view.upos(before) !== 'ADJ' || view.head[before] === thing || view.rel[before] !== Rel.ADVMOD) return -1;
    return this.parties.countryAdjective(before) !== '' && this.namedParty(before) ? before : -1;
  }

  /** A party with a country or sector, or a person: "een protest tegen Brexit" is against no one. */
  private namedParty(t: number): boolean {
    const { view } = this;
    const party = this.parties.resolve(t);
    const person = view.doc.entityIob[t] !== 0 && view.doc.strings.get(view.doc.entityType[t]) === 'PER';
    return party.political && (party.ref.country !== '' || party.ref.sector !== '' || person);
  }

  /** A complement the entry gives a role that the parser hung on the object ("received money from X"). */
  private complementsOnObject(i: number, slots: Map<Slot, number[]>, entry: TriggerEntry): void {
    // Also on the word that makes the trigger ("toonde zich onder de indruk van X": X is whom the praise is for).
    const objects = [...(slots.get('object') ?? []), ...this.withWordPhrases(i, entry)];
    if (objects.length === 0) return;
    for (const slot of entry.roles.keys()) {
      if (!slot.startsWith('prep:') || slots.has(slot)) continue;
      for (const object of objects) {
        const c = complementInObject(this.view, object, slot.slice(5));
        if (c >= 0) {
          slots.set(slot, [c]);
          break;
        }
      }
    }
  }

  /** The trigger's prepositional phrases headed by one of its `with` words ("onder de indruk"). */
  private withWordPhrases(i: number, entry: TriggerEntry): number[] {
    const { view } = this;
    if (entry.with.length === 0) return [];
    const phrases: number[] = [];
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.OBL && (entry.with.includes(view.key(c)) || entry.with.includes(view.compoundHead(c)))) phrases.push(c);
    }
    return phrases;
  }

  /**
   * A noun whose names are coordinated modifiers ("French and German leaders", "Eriadori and Calenardhon leaders")
   * stands for as many parties: the modifiers; otherwise the noun itself.
   */
  private coordinatedModifiers(t: number): number[] {
    const { view } = this;
    if (view.upos(t) !== 'NOUN') return [t];
    for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.AMOD && view.rel[c] !== Rel.COMPOUND) continue;
      const names = view.conjuncts(c);
      const named = (x: number) => view.upos(x) === 'PROPN' || this.parties.countryAdjective(x) !== '';
      if (names.length > 1 && names.every(named)) return names;
    }
    return [t];
  }

  /** The slots of a verb trigger: grammatical relation → argument heads. */
  verbSlots(i: number): Map<Slot, number[]> {
    const { view, data } = this;
    const slots = new Map<Slot, number[]>();
    const add = (slot: Slot, t: number) => {
      const list = slots.get(slot);
      if (list) list.push(t);
      else slots.set(slot, [t]);
    };
    // "De VS hebben gewaarschuwd" with its subject labelled passive: a perfect with "hebben" is active.
    const activePerfect = view.child(i, Rel.AUX_PASS) < 0 && this.hasActivePerfect(i);
    const passive = !activePerfect && (view.child(i, Rel.NSUBJ_PASS) >= 0 || view.child(i, Rel.AUX_PASS) >= 0);
    const bare: number[] = [];
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      const t = this.antecedent(i, c);
      // "De politie heeft maandagmorgen een man aangehouden" with the time word parsed as the verb: its subject.
      if (this.isTimeAsVerb(c)) {
        const subject = view.child(c, Rel.NSUBJ);
        if (subject >= 0) add('subject', subject);
        continue;
      }
      // "heeft dit jaar Noord-Korea bezocht" with the name as an apposition of the time phrase: the verb's object.
      const glued = view.timexAt[c] >= 0 ? view.child(c, Rel.APPOS) : -1;
      if (glued >= 0 && view.mentionAt[glued] >= 0 && view.timexAt[glued] < 0) add('object', glued);
      switch (view.rel[c]) {
        case Rel.NSUBJ:
          // "dat hij door hen bedreigd was": the subject of a passive (labelled nsubj) undergoes the event.
          add(passive && view.child(i, Rel.NSUBJ_PASS) < 0 ? 'object' : 'subject', t);
          break;
        case Rel.NSUBJ_PASS:
          // "the Dominican Republic and Panama had recognized" with the first conjunct labelled passive: a subject too.
          add(activePerfect && (view.child(i, Rel.NSUBJ) < 0 || this.conjoinedSubject(i, c)) ? 'subject' : 'object', t);
          break;
        case Rel.OBJ:
          // "spoke with Pompeo" with the complement labelled obj: an object has no preposition of its own.
          if (view.caseOf(c) !== '') {
            add(`prep:${view.caseOf(c)}`, t);
            break;
          }
          // "een elektricien die het protest bijwoonde": a relative pronoun beside another object is the subject.
          add(t !== c && view.rel[i] === Rel.ACL_RELCL && this.otherObject(i, c) ? 'subject' : 'object', t);
          break;
        case Rel.IOBJ:
          add('indirect-object', t);
          break;
        case Rel.OBL_AGENT:
          add('subject', t);
          break;
        case Rel.OBL:
        case Rel.NMOD: {
          const prep = view.caseOf(c);
          // "verweet enkele westerse landen …" with the object labelled obl: a bare nominal that is no time phrase.
          if (prep === '') {
            // Before the verb only in a clause that ends in it ("heeft … een man aangehouden"), or as the one
            // undergoing a passive ("zijn … door de politie een man aangehouden").
            const verbFinal = view.child(i, Rel.AUX) >= 0 || this.hasAgentPhrase(i);
            if (view.rel[c] === Rel.OBL && (c > i || verbFinal) && view.timexAt[c] < 0 && this.isNominal(c)) bare.push(t);
            break;
          }
          if (passive && data.agentPrepositions.has(prep)) add('subject', t);
          else add(`prep:${prep}`, t);
          break;
        }
        case Rel.AUX: {
          // "De politie heeft … aangehouden" parsed with the subject on the auxiliary.
          const subject = view.child(c, Rel.NSUBJ);
          if (subject >= 0) add('subject', subject);
          break;
        }
        case Rel.CCOMP:
        case Rel.ADVCL: {
          const mark = view.child(c, Rel.MARK);
          if (mark >= 0 && data.complementizers.has(view.key(mark))) {
            const subject = this.clauseSubject(c);
            if (subject >= 0) add('clause-subject', subject);
          }
          break;
        }
      }
    }
    if (!slots.has('object')) this.infinitiveSubjectAsObject(i, slots);
    this.phrasesOnModal(i, slots);
    this.secondSubjectAsObject(slots);
    this.objectAsConjunct(i, slots);
    this.subjectGapConjunct(i, slots);
    this.subjectBeforeRelative(i, slots);
    if (!passive) this.subjectMislabelledObject(i, slots);
    this.splitRunTogetherNames(slots);
    this.appositionAsObject(slots);
    // After the other repairs, which know better where a name belongs: the first bare nominal after the verb.
    if (!slots.has('object') && bare.length > 0) add('object', bare[0]);
    return slots;
  }

  /**
   * "graag met China te willen samenwerken" with the phrase hung on the modal of the verb cluster: a prepositional
   * phrase before a modal (willen, kunnen, moeten, zullen) whose infinitive is the trigger is the trigger's.
   */
  private phrasesOnModal(i: number, slots: Map<Slot, number[]>): void {
    const { view, data } = this;
    const modal = view.head[i];
    if (view.rel[i] !== Rel.XCOMP || modal < 0 || !this.isModal(modal)) return;
    for (let k = view.childStart[modal]; k < view.childStart[modal + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.OBL || c > modal) continue;
      const prep = view.caseOf(c);
      if (prep === '' || data.agentPrepositions.has(prep) || slots.has(`prep:${prep}`)) continue;
      slots.set(`prep:${prep}`, [this.antecedent(modal, c)]);
    }
  }

  private isModal(v: number): boolean {
    const form = this.view.form(v);
    return this.data.hypotheticalAux.has(form) || this.data.obligationAux.has(form) || this.data.futureAux.has(form);
  }

  /** Whether a conjunction on the verb stands between the nominal c and a subject after it (both before the verb). */
  private conjoinedSubject(verb: number, c: number): boolean {
    const { view } = this;
    const subject = view.child(verb, Rel.NSUBJ);
    const cc = view.child(verb, Rel.CC);
    return subject > c && subject < verb && cc > c && cc < subject;
  }

  /** A noun, name or pronoun (not a number or adverb the parser hung as obl). */
  private isNominal(t: number): boolean {
    const tag = this.view.upos(t);
    return tag === 'NOUN' || tag === 'PROPN' || tag === 'PRON';
  }

  /** "samen met zijn vrouw": a complement whose preposition follows a word of company is a companion. */
  private isCompanion(t: number): boolean {
    const { view, data } = this;
    const marker = view.child(t, Rel.CASE);
    return marker > 0 && data.comitativeWords.has(view.key(marker - 1));
  }

  /** Whether a verb has an auxiliary of the active perfect ("hebben"), also one on a time word parsed as the verb. */
  private hasActivePerfect(verb: number): boolean {
    const { view, data } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.AUX && data.activePerfectAux.has(view.key(c))) return true;
      if (this.isTimeAsVerb(c) && this.hasActivePerfect(c)) return true;
    }
    return false;
  }

  /** A time expression ("maandagmorgen") that the parser made a verb with a subject or auxiliary of its own. */
  private isTimeAsVerb(t: number): boolean {
    const { view } = this;
    return view.timexAt[t] >= 0 && view.upos(t) === 'VERB' && (view.child(t, Rel.NSUBJ) >= 0 || view.child(t, Rel.AUX) >= 0);
  }

  /** Whether a verb has an object besides c. */
  private otherObject(verb: number, c: number): boolean {
    const { view } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const o = view.childList[k];
      if (o !== c && view.rel[o] === Rel.OBJ) return true;
    }
    return false;
  }

  /** Whether a verb has a "door"/"by" phrase (the agent of a passive). */
  private hasAgentPhrase(verb: number): boolean {
    const { view, data } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.OBL_AGENT || (view.rel[c] === Rel.OBL && data.agentPrepositions.has(view.caseOf(c)))) return true;
    }
    return false;
  }

  /**
   * The subject of a that-clause; failing one, its first nominal argument before the verb (a verb-final clause
   * puts the subject first: "dat Chinese steun … gevolgen zal hebben").
   */
  clauseSubject(verb: number): number {
    const { view } = this;
    const subject = view.child(verb, Rel.NSUBJ);
    if (subject >= 0) return subject;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (c > verb) break;
      const tag = view.upos(c);
      if ((view.rel[c] === Rel.OBJ || view.rel[c] === Rel.NSUBJ_PASS) && (tag === 'NOUN' || tag === 'PROPN')) return c;
    }
    return -1;
  }

  /**
   * A te-infinitive has no subject of its own: a nominal labelled its subject ("verweet enkele westerse landen
   * angsten te verspreiden") is the object of the verb it complements.
   */
  private infinitiveSubjectAsObject(verb: number, slots: Map<Slot, number[]>): void {
    const { view, data } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.CCOMP && view.rel[c] !== Rel.XCOMP && !this.isInfinitiveComplement(c)) continue;
      const mark = view.child(c, Rel.MARK);
      const subject = view.child(c, Rel.NSUBJ);
      if (mark < 0 || view.key(mark) !== data.infinitiveMarker || subject < 0 || subject > c || subject < verb) continue;
      slots.set('object', [subject]);
      return;
    }
  }

  /**
   * A te-infinitive that complements the verb it hangs on: an xcomp or ccomp, or a conjunct without a conjunction
   * under a verb that is no infinitive (a finite verb and an infinitive make no coordination: "Syrië beveelt de
   * bezettingsmacht … zich terug te trekken" misparsed).
   */
  isInfinitiveComplement(c: number): boolean {
    const { view } = this;
    const head = view.head[c];
    if (head < 0 || !this.hasInfinitiveMarker(c)) return false;
    const rel = view.rel[c];
    if (rel === Rel.XCOMP || rel === Rel.CCOMP) return true;
    return rel === Rel.CONJ && view.child(c, Rel.CC) < 0 && view.isVerb(head) && !this.hasInfinitiveMarker(head);
  }

  /** Two subjects of one verb ("politie arresteert Dyteon Simpson" misparsed): the later one is the object. */
  private secondSubjectAsObject(slots: Map<Slot, number[]>): void {
    const subjects = slots.get('subject');
    if (!subjects || subjects.length < 2) return;
    // A title right before a name ("Gryffindor's head Minerva McGonagall left") is one person: the name.
    // Verb-second with the object first and a pronoun subject right after the verb: "De Raad roep ik op …".
    const [first, second] = subjects;
    if (subjects.length === 2 && second > first && this.isPersonalPronoun(second) && this.view.head[second] === second - 1) {
      slots.set('subject', [second]);
      slots.set('object', [first]);
      return;
    }
    // A pronoun is no title: "dat hij Wayde had neergeschoten" keeps Wayde as the object. A name right before a titled
    // name is its country ("United States President Donald Trump met …" with "States" parsed as a second subject).
    const adjacent = subjects.length === 2 && this.view.extent(subjects[0])[1] + 1 === this.view.extent(subjects[1])[0];
    if (adjacent && (this.view.upos(subjects[0]) === 'NOUN' || this.view.extent(subjects[1])[0] < subjects[1])) {
      slots.set('subject', [subjects[1]]);
      return;
    }
    if (slots.has('object')) return;
    slots.set('subject', [subjects[0]]);
    slots.set('object', subjects.slice(1));
  }

  /**
   * A nominal hung on the verb as a conjunct without a conjunction ("De politie arresteerde vrijdag Dyteon Simpson"
   * misparsed) is its object when it has none.
   */
  private objectAsConjunct(verb: number, slots: Map<Slot, number[]>): void {
    const { view } = this;
    if (slots.has('object')) return;
    // "politie arresteert Dyteon Simpson" with the name as a conjunct of the subject, no conjunction between.
    for (const subject of slots.get('subject') ?? []) {
      const loose = view.looseConjunct(subject);
      if (loose >= 0 && view.upos(loose) !== 'VERB') {
        slots.set('object', [loose]);
        return;
      }
    }
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.CONJ || view.child(c, Rel.CC) >= 0) continue;
      const tag = view.upos(c);
      if (tag === 'NOUN' || tag === 'PROPN' || tag === 'PRON') {
        slots.set('object', [c]);
        return;
      }
    }
  }

  /**
   * A finite clause has a subject: a verb-final clause ("dat Rusland aan Peking heeft gevraagd") parsed without one
   * but with an object before the verb has its subject mislabelled.
   */
  private subjectMislabelledObject(verb: number, slots: Map<Slot, number[]>): void {
    const { view } = this;
    // "heeft minister X de vluchtelingen opgeroepen" with the subject labelled iobj: a finite verb with an
    // indirect object before its object but no subject.
    const indirect = slots.get('indirect-object');
    const first = slots.get('object')?.[0] ?? -1;
    // Also a verb-final clause whose only nominal before the verb is labelled iobj ("dat Rusland aan Peking heeft gevraagd").
    const finiteClause = view.child(verb, Rel.AUX) >= 0 || this.hasComplementizer(verb);
    const before = first < 0 ? indirect !== undefined && indirect[0] < verb : indirect !== undefined && indirect[0] < first;
    if (!slots.has('subject') && indirect && indirect.length === 1 && before && view.upos(indirect[0]) !== 'PRON' && finiteClause) {
      slots.set('subject', indirect);
      slots.delete('indirect-object');
      return;
    }
    const objects = slots.get('object');
    if (slots.has('subject') || !objects || objects[0] > verb) return;
    const mark = view.child(verb, Rel.MARK);
    if (mark >= 0 && view.key(mark) === this.data.infinitiveMarker) return;
    const finite = view.child(verb, Rel.AUX) >= 0 || this.hasComplementizer(verb) || (this.relativeAdverb(verb) >= 0 && view.rel[verb] !== Rel.XCOMP);
    if (!finite || this.view.upos(objects[0]) === 'PRON') return;
    slots.set('subject', [objects[0]]);
    if (objects.length === 1) slots.delete('object');
    else slots.set('object', objects.slice(1));
  }

  /** Whether a verb's clause opens with a complementizer ("dat", "of"). */
  private hasComplementizer(verb: number): boolean {
    const mark = this.view.child(verb, Rel.MARK);
    return mark >= 0 && this.data.complementizers.has(this.view.key(mark));
  }

  /**
   * A conjunct main clause that opens with its verb ("China beschouwt hen als migranten en zet ze uit", "…, bekogelde
   * de agenten") shares the first conjunct's subject: the nominal right after the verb is its object.
   */
  private subjectGapConjunct(verb: number, slots: Map<Slot, number[]>): void {
    const { view } = this;
    const subjects = slots.get('subject');
    const head = view.head[verb];
    // A clause set beside the first with only a comma is labelled parataxis: the same gap.
    const joined = view.rel[verb] === Rel.CONJ || view.rel[verb] === Rel.PARATAXIS;
    if (!subjects || subjects.length !== 1 || slots.has('object') || !joined || head < 0 || head > verb) return;
    const before = verb - 1;
    const opens = before >= 0 && (view.upos(before) === 'CCONJ' || view.upos(before) === 'PUNCT') && view.head[before] === verb;
    const subject = subjects[0];
    if (!opens || subject <= verb || view.extent(subject)[0] !== verb + 1 || view.child(head, Rel.NSUBJ) < 0 || view.child(verb, Rel.AUX) >= 0) return;
    slots.set('object', [subject]);
    slots.delete('subject');
  }

  /**
   * A relative clause opens with its relative word ("iets waarop de Democraten aandringen"): a subject before it is
   * the antecedent the parser pulled in, not the clause's own.
   */
  private subjectBeforeRelative(verb: number, slots: Map<Slot, number[]>): void {
    const subjects = slots.get('subject');
    const relative = subjects ? this.relativeAdverb(verb) : -1;
    if (relative < 0) return;
    const own = subjects!.filter((t) => t > relative);
    if (own.length > 0) slots.set('subject', own);
    else slots.delete('subject');
  }

  /**
   * A relative pronominal adverb before the verb ("waarop", "waarin": a relative prefix and a preposition the coder
   * knows; not "waarschijnlijk"); -1 for none.
   */
  private relativeAdverb(verb: number): number {
    const { view, data } = this;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (c > verb) break;
      if (view.upos(c) !== 'ADV' || (view.rel[c] !== Rel.ADVMOD && view.rel[c] !== Rel.OBL)) continue;
      const key = view.key(c);
      for (const prefix of data.relativePrefixes) if (key.startsWith(prefix) && this.isPreposition(key.slice(prefix.length))) return c;
    }
    return -1;
  }

  /** A preposition of one of the coder's lists ("op", "in", "met" …). */
  private isPreposition(word: string): boolean {
    const { data } = this;
    return data.targetPrepositions.has(word) || data.locativePrepositions.has(word) || data.participationPrepositions.has(word) || data.agentPrepositions.has(word);
  }

  /** "ik", "hij", "ze": a personal pronoun (not "iedereen", "wat"). */
  private isPersonalPronoun(t: number): boolean {
    const { view, data } = this;
    if (view.upos(t) !== 'PRON') return false;
    const key = view.key(t);
    return data.speakerPronouns.has(key) || data.thirdPersonPronouns.has(key);
  }

  /**
   * Two names run together as one subject ("… heeft Xi Biden de les gelezen": the parser joins the indirect object
   * to the subject as a flat name): a flat part that is a mention of another actor is the indirect object.
   */
  private splitRunTogetherNames(slots: Map<Slot, number[]>): void {
    const { view } = this;
    const subjects = slots.get('subject');
    if (!subjects || slots.has('indirect-object')) return;
    // The second name goes where the verb still has room: its object, else its indirect object.
    const slot: Slot = slots.has('object') ? 'indirect-object' : 'object';
    for (const s of subjects) {
      const own = view.mentionAt[s];
      const actor = own >= 0 ? view.doc.mentions[own].actor : -1;
      // The subject's own flat parts, and those of a name in its complement ("de ambassadeur … in China Beijing").
      const hosts = [s];
      for (let k = view.childStart[s]; k < view.childStart[s + 1]; k++) if (view.rel[view.childList[k]] === Rel.NMOD) hosts.push(view.childList[k]);
      for (const host of hosts) {
        for (let k = view.childStart[host]; k < view.childStart[host + 1]; k++) {
          const c = view.childList[k];
          const m = view.mentionAt[c];
          if (!(view.rel[c] === Rel.FLAT || this.bareApposition(c)) || (m >= 0 && (m === own || m === view.mentionAt[host]))) continue;
          // A common noun after the name ("Premier Theresa May politici die …") is no part of it.
          if (m < 0 ? view.upos(c) !== 'NOUN' || c < s || !this.parties.resolve(c).political : own < 0 || view.doc.mentions[m].actor === actor) continue;
          slots.set(slot, [c]);
          return;
        }
      }
    }
  }

  /**
   * An apposition is set off by punctuation (before it, or its own comma first in its phrase), and a noun's complement
   * has a preposition: a common noun labelled appos or nmod right after the name without either is neither.
   */
  private bareApposition(c: number): boolean {
    const { view } = this;
    const first = view.extent(c)[0];
    const label = view.rel[c] === Rel.APPOS || (view.rel[c] === Rel.NMOD && view.caseOf(c) === '');
    return label && view.upos(c) === 'NOUN' && first > 0 && view.upos(first - 1) !== 'PUNCT' && view.upos(first) !== 'PUNCT';
  }

  /**
   * "beschuldigde de minister, Ri Yong-ho, de VS van …": a verb-second object after an appositive name is parsed as
   * a second apposition of the subject. An apposition that names another country than the subject is the object.
   */
  private appositionAsObject(slots: Map<Slot, number[]>): void {
    const { view } = this;
    const subjects = slots.get('subject');
    if (!subjects || subjects.length !== 1 || slots.has('object')) return;
    const subject = subjects[0];
    const country = this.parties.resolve(subject).ref.country;
    if (country === '') return;
    for (let k = view.childStart[subject]; k < view.childStart[subject + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.APPOS || c < subject || view.mentionAt[c] < 0) continue;
      const other = this.parties.resolve(c).ref.country;
      if (other !== '' && other !== country) {
        slots.set('object', [c]);
        return;
      }
    }
  }

  /** The slots of a nominal trigger. */
  private nounSlots(i: number): Map<Slot, number[]> {
    const { view, data } = this;
    const slots = new Map<Slot, number[]>();
    // "op verzoek van de Franse autoriteiten" parsed as one preposition: the nominal is the noun's complement.
    const fixed = view.fixedNominal(i);
    if (fixed >= 0) {
      const marker = view.head[i];
      let last = -1;
      for (let k = view.childStart[marker]; k < view.childStart[marker + 1]; k++) if (view.childList[k] > i) last = view.childList[k];
      if (last >= 0 && view.rel[last] === Rel.FIXED) slots.set(`prep:${view.key(last)}`, [fixed]);
      return slots;
    }
    const conjuncts: number[] = [];
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      switch (view.rel[c]) {
        case Rel.NMOD_POSS:
          // "June's meeting", "Thursday's testimony": a time, not a party.
          if (view.timexAt[c] < 0) slots.set('possessor', [c]);
          break;
        case Rel.DET:
          // "elkaar hogere tarieven" with the reciprocal labelled a determiner: it stands where a possessor does.
          if (this.isReciprocal(c)) slots.set('possessor', [c]);
          break;
        case Rel.NSUBJ:
          // A nominal predicate's subject: "Biden en Xi hadden … contact" parsed with the noun as head; not when
          // the noun is a prepositional predicate ("Turkey is under EU sanctions": Turkey undergoes them).
          if (view.child(i, Rel.CASE) < 0) slots.set('agent', [c]);
          break;
        case Rel.AMOD:
          if (view.mentionAt[c] >= 0 || this.parties.countryAdjective(c) !== '') slots.set('agent', [c]);
          break;
        case Rel.COMPOUND:
          // "EU sanctions", "the US airstrike": a named party in front of the noun.
          if (view.mentionAt[c] >= 0 && !slots.has('agent')) slots.set('agent', [c]);
          break;
        case Rel.NMOD: {
          const prep = view.caseOf(c);
          // "van door Rusland gesteunde troepen": the agent of a participle, not a complement of the noun.
          if (prep !== '' && !this.participleAgent(c)) slots.set(`prep:${prep}`, [...(slots.get(`prep:${prep}`) ?? []), c]);
          break;
        }
        case Rel.CONJ:
          if (view.child(c, Rel.CC) >= 0 && view.caseOf(c) === '') conjuncts.push(c);
          break;
      }
    }
    // "een gesprek met Coons en meerdere senatoren" with the second party hung on the noun: it joins the last
    // party complement before it.
    for (const c of conjuncts) {
      let slot: Slot | undefined;
      let last = -1;
      for (const [name, heads] of slots) {
        const h = heads[heads.length - 1];
        if (name.startsWith('prep:') && h < c && h > last && data.targetPrepositions.has(name.slice(5))) [slot, last] = [name, h];
      }
      if (slot !== undefined && this.parties.resolve(c).political && view.conjuncts(last).length === 1) slots.get(slot)!.push(c);
    }
    return slots;
  }

  /** A nominal with a second case marker that is an agent preposition ("van door Rusland gesteunde …"). */
  private participleAgent(t: number): boolean {
    const { view, data } = this;
    let markers = 0;
    for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.CASE) continue;
      if (markers++ > 0 && data.agentPrepositions.has(view.key(c))) return true;
    }
    return false;
  }

  /**
   * A nominal without a source of its own borrows one: the subject of the light verb it is the object of ("een
   * gesprek voeren", "contact hebben"), or for a meeting, the subject of the clause it is the setting of ("tijdens
   * een overleg").
   */
  private governingClause(i: number, entry: TriggerEntry, args: EventArguments): void {
    const { view, data } = this;
    // A noun inside a multiword preposition stands where the nominal it marks stands.
    const fixed = view.fixedNominal(i);
    const head = view.head[fixed >= 0 ? fixed : i];
    if (head < 0) return;
    if (args.source.length === 0 && this.suspect(i, args)) return;
    if (fixed < 0 && this.lightVerbRelative(i, args)) return;
    if (this.isObjectOf(i, head) && view.isVerb(head) && data.supportVerbs.has(view.separableKey(head))) {
      args.clauseVerb = head;
      args.clauseEvent = true;
      if (args.source.length === 0) {
        let subject = this.subjectOf(head);
        // A light verb the parser left without a subject: the actor named just before it ("Trump had een …").
        // Not for a te-infinitive, which has no subject of its own to lose ("om een aanslag uit te voeren").
        if (subject < 0 && !this.hasInfinitiveMarker(head)) subject = this.actorBefore(head);
        if (subject >= 0) {
          args.source.push(...(view.head[subject] >= 0 ? this.subjectGroup(view.head[subject], subject) : view.conjuncts(subject)));
          args.borrowed = true;
        }
      }
      // "legde Rusland sancties op", "waarin ze elkaar tarieven hebben opgelegd": the light verb's indirect object
      // undergoes the event.
      const recipient = view.child(head, Rel.IOBJ);
      if (args.target.length === 0 && recipient >= 0) {
        if (this.isReciprocal(recipient)) args.reciprocal = true;
        else if (!this.isReflexive(recipient)) args.target.push(...view.conjuncts(recipient));
      }
      return;
    }
    let verb = head;
    for (let steps = 0; verb >= 0 && !view.isVerb(verb) && steps < 3; steps++) verb = view.head[verb];
    if (verb < 0 || !view.isVerb(verb)) return;
    args.clauseVerb = verb;
    // "heeft op verzoek van de Franse autoriteiten een man aangehouden": whoever acts on the request was asked.
    const preposition = fixed >= 0 ? view.key(view.head[i]) : view.caseOf(i);
    if (entry.type === 'REQUEST' && args.target.length === 0 && head === verb && data.onRequestPrepositions.has(preposition)) {
      const actor = Math.max(this.subjectOf(verb), this.agentOf(verb));
      if (actor >= 0 && !args.source.includes(actor)) args.target.push(...view.conjuncts(actor));
    }
    // "verhoogt de druk door middel van sancties": the subject of the clause uses them.
    if (args.source.length === 0 && this.isInstrument(fixed >= 0 ? view.head[i] : view.child(i, Rel.CASE))) {
      const subject = this.subjectOf(verb);
      if (subject >= 0 && this.parties.resolve(subject).political) {
        args.source.push(...this.subjectGroup(view.head[subject], subject));
        args.borrowed = true;
        args.clauseEvent = true;
      }
      return;
    }
    if (args.source.length > 0 || !SETTING_TYPES.has(entry.type)) return;
    if (!this.isSetting(i)) return;
    args.clauseEvent = true;
    // The setting's clause: its subject, else (a subject that is no actor) the subject of the clause above.
    for (let v = verb, steps = 0; v >= 0 && steps < 2; v = view.head[v], steps++) {
      const subject = this.subjectOf(v);
      const party = subject >= 0 ? this.parties.resolve(subject) : undefined;
      // Police or troops acting during a protest ("arresteerde … tijdens een protest") do not take part in it.
      if (party?.political && entry.type === 'PROTEST' && STATE_FORCES.has(party.ref.sector)) return;
      if (party?.political) {
        args.source.push(...this.subjectGroup(view.head[subject], subject));
        args.borrowed = true;
        return;
      }
      if (!(view.rel[v] === Rel.PARATAXIS || view.rel[v] === Rel.CONJ || view.rel[v] === Rel.ADVCL)) return;
    }
  }

  /**
   * A nominal event that a relative clause with a light verb tells ("de sancties die de VS tegen Europa hebben
   * genomen"): the relative pronoun is the light verb's object, the clause's other nominal before the verb its
   * subject (labelled subject, or object when the parser took both for objects), the source.
   */
  private lightVerbRelative(i: number, args: EventArguments): boolean {
    const { view, data } = this;
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const clause = view.childList[k];
      if (view.rel[clause] !== Rel.ACL_RELCL || !view.isVerb(clause) || !data.supportVerbs.has(view.separableKey(clause))) continue;
      let pronoun = -1;
      let subject = -1;
      for (let j = view.childStart[clause]; j < view.childStart[clause + 1]; j++) {
        const c = view.childList[j];
        const rel = view.rel[c];
        if (c > clause || (rel !== Rel.NSUBJ && rel !== Rel.OBJ)) continue;
        if (view.upos(c) === 'PRON' && data.relativePronouns.has(view.key(c))) pronoun = c;
        else if (subject < 0 || rel === Rel.NSUBJ) subject = c;
      }
      if (pronoun < 0 || subject < 0 || subject < pronoun || !this.parties.resolve(subject).political) continue;
      args.clauseVerb = clause;
      args.clauseEvent = true;
      if (args.source.length === 0) {
        args.source.push(...view.conjuncts(subject));
        args.borrowed = true;
      }
      return true;
    }
    return false;
  }

  /** Whether a case marker (with its fixed parts: "door middel van") marks an instrument ("middels", "via"). */
  private isInstrument(marker: number): boolean {
    const { view, data } = this;
    if (marker < 0 || data.instrumentWords.size === 0) return false;
    if (data.instrumentWords.has(view.key(marker))) return true;
    for (let k = view.childStart[marker]; k < view.childStart[marker + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.FIXED && data.instrumentWords.has(view.key(c))) return true;
    }
    return false;
  }

  /**
   * A nominal event under a word of suspicion takes the suspect as its source: the one arrested "op verdenking van
   * mishandeling" (the object of the clause), the subject of "wordt verdacht van …".
   */
  private suspect(i: number, args: EventArguments): boolean {
    const { view, data } = this;
    if (data.suspicionWords.size === 0) return false;
    let verb = view.head[i];
    const marker = view.child(i, Rel.CASE);
    const fixed = marker >= 0 ? view.child(marker, Rel.FIXED) : -1;
    const underSuspicion = fixed >= 0 ? data.suspicionWords.has(view.key(fixed)) : verb >= 0 && data.suspicionWords.has(view.key(verb));
    if (!underSuspicion || verb < 0) return false;
    // "verdacht van" as an adjective or participle: the clause verb above it.
    if (!view.isVerb(verb) && view.head[verb] >= 0 && view.isVerb(view.head[verb])) verb = view.head[verb];
    if (!view.isVerb(verb)) return false;
    const suspectedByWord = fixed < 0;
    const suspect = suspectedByWord
      ? Math.max(view.child(verb, Rel.NSUBJ_PASS), view.child(verb, Rel.NSUBJ))
      : Math.max(this.bareObject(verb), view.child(verb, Rel.NSUBJ_PASS));
    if (suspect < 0 || !this.parties.resolve(suspect).political) return false;
    args.source.push(...view.conjuncts(suspect));
    args.suspected = true;
    args.borrowed = true;
    args.clauseVerb = verb;
    return true;
  }

  /**
   * Whether a nominal is the setting of its clause: a participation preposition before it ("tijdens een zeven uur
   * durend overleg"), found in the words before the noun, since the parser may hang it elsewhere.
   */
  private isSetting(i: number): boolean {
    const { view, data } = this;
    const sentence = view.sentence[i];
    for (let t = i - 1, steps = 0; t >= 0 && steps < 8 && view.sentence[t] === sentence; t--, steps++) {
      const tag = view.upos(t);
      // "said following a meeting with …": a participle used as a preposition is tagged a verb, labelled case.
      if (tag === 'ADP' || view.rel[t] === Rel.CASE) return data.participationPrepositions.has(view.key(t)) || data.participationPrepositions.has(view.form(t));
      if (tag !== 'DET' && tag !== 'ADJ' && tag !== 'NUM' && tag !== 'ADV' && tag !== 'NOUN' && tag !== 'VERB' && tag !== 'PUNCT') return false;
    }
    return false;
  }

  /**
   * The subject with what is coordinated to it; also nominal conjuncts attached to the verb itself, a frequent
   * misparse of "X en Y vochten …" with Y as a conjunct of the verb.
   */
  subjectGroup(verb: number, subject: number): number[] {
    const { view } = this;
    // "Beijing en Washington bevinden zich in een handelsoorlog, waarin ze elkaar …": the pronoun stands for both.
    const antecedent = view.upos(subject) === 'PRON' ? this.parties.mainClauseSubject(subject) : -1;
    if (antecedent >= 0 && view.conjuncts(antecedent).length > 1) return view.conjuncts(antecedent);
    const group = view.conjuncts(subject);
    if (view.head[subject] !== verb) return group;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.CONJ || view.isVerb(c) || view.child(c, Rel.CC) < 0) continue;
      const tag = view.upos(c);
      if ((tag === 'NOUN' || tag === 'PROPN') && !group.includes(c)) group.push(c);
    }
    return group;
  }

  /** A reciprocal pronoun in the verb's own clause: its subtree, not into a clause with a subject of its own. */
  private hasReciprocal(verb: number): boolean {
    const { view } = this;
    const stack = [verb];
    while (stack.length > 0) {
      const t = stack.pop()!;
      for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
        const c = view.childList[k];
        if (this.isReciprocal(c)) return true;
        if (view.isVerb(c) && view.child(c, Rel.NSUBJ) >= 0) continue;
        stack.push(c);
      }
    }
    return false;
  }

  /** The head of the nearest actor mention before token t in its sentence and clause (no verb between), or -1. */
  private actorBefore(t: number): number {
    const { view } = this;
    const first = view.doc.sentenceStarts[view.sentence[t]];
    for (let k = t - 1; k >= first; k--) {
      // Not across another verb: that actor belongs to another clause.
      if (view.isVerb(k)) return -1;
      if (view.mentionAt[k] < 0) continue;
      // The mention's head: the token of the mention whose head lies outside it.
      let h = k;
      while (view.head[h] >= 0 && view.mentionAt[view.head[h]] === view.mentionAt[k]) h = view.head[h];
      return h;
    }
    return -1;
  }

  /**
   * Whether nominal i is the object of its head: labelled so, or "heeft … sancties … doorgevoerd" parsed as a passive
   * subject beside an active one.
   */
  private isObjectOf(i: number, head: number): boolean {
    const { view } = this;
    const rel = view.rel[i];
    return view.head[i] === head && (rel === Rel.OBJ || (rel === Rel.NSUBJ_PASS && view.child(head, Rel.NSUBJ) >= 0));
  }

  /** The subject of verb v: its own (the "door" phrase of a passive excluded), else its controller's. */
  subjectOf(v: number): number {
    const { view } = this;
    const own = this.nearestSubject(v);
    if (own >= 0) return this.antecedent(v, own);
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      const onAuxiliary = view.rel[c] === Rel.AUX ? view.child(c, Rel.NSUBJ) : -1;
      if (onAuxiliary >= 0) return onAuxiliary;
    }
    return this.controller(v);
  }

  /** The agent phrase ("door de politie") of verb v, or -1. */
  private agentOf(v: number): number {
    const { view, data } = this;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.OBL_AGENT || (view.rel[c] === Rel.OBL && data.agentPrepositions.has(view.caseOf(c)))) return c;
    }
    return -1;
  }

  /** Of the subjects a verb has (a quote's subject is often misattached to "zei"), the one nearest to it; -1. */
  private nearestSubject(v: number): number {
    const { view } = this;
    let best = -1;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.NSUBJ && (best < 0 || Math.abs(c - v) < Math.abs(best - v))) best = c;
    }
    return best;
  }

  /**
   * The subject a verb without one shares with the verb it depends on: an infinitive or that-less complement
   * ("Peking zegt … te respecteren", "laten varen"), or a conjunct ("belde en bezocht").
   */
  private controller(i: number): number {
    const { view } = this;
    let v = i;
    for (let depth = 0; depth < CONTROL_DEPTH; depth++) {
      const rel = view.rel[v];
      const head = view.head[v];
      if (head < 0) return -1;
      // "as the leaders of Turkey and Germany met" with the finite verb hung on its subject as a modifier.
      if (rel === Rel.ACL && view.child(v, Rel.MARK) < 0 && this.hasTag(v, this.data.finitePastTags)) return view.isVerb(head) ? -1 : head;
      const mark = view.child(v, Rel.MARK);
      // "om nooit geweld te gebruiken": the infinitive marker may be the second of two markers.
      const marked = this.hasInfinitiveMarker(v);
      const infinitive = mark < 0 || marked;
      // "after accusing China", "retaliated, slapping tariffs on …": a gerund adjunct has its clause's subject.
      const gerund = rel === Rel.ADVCL && this.isGerund(v);
      const adjunct = (rel === Rel.ADVCL || rel === Rel.ACL) && (marked || gerund);
      if (!(rel === Rel.XCOMP || (rel === Rel.CCOMP && infinitive) || adjunct || (rel === Rel.CONJ && view.isVerb(head)))) {
        return -1;
      }
      // "cited security reasons to block the crowd", "took steps to disarm": an infinitive on the object is done by
      // the subject of the object's verb.
      if (rel === Rel.ACL && marked && view.rel[head] === Rel.OBJ && view.head[head] >= 0 && view.isVerb(view.head[head])) {
        const subject = view.child(view.head[head], Rel.NSUBJ);
        return subject >= 0 ? this.antecedent(view.head[head], subject) : -1;
      }
      // "accused China of seeking", "praised Kim for taking steps": the object does what its gerund says.
      const object = gerund && mark >= 0 && this.data.objectControlMarkers.has(view.key(mark)) ? view.child(head, Rel.OBJ) : -1;
      if (object >= 0 && object < v) return this.antecedent(head, object);
      const subject = view.child(head, Rel.NSUBJ);
      if (subject >= 0) return this.politicalCoreArgument(head, this.antecedent(head, subject));
      // "Hij wordt ervan verdacht … te hebben bedreigd": the passive subject controls the infinitive (an xcomp, or a
      // perfect te-infinitive labelled advcl: a purpose, "were designed to hit", has no perfect).
      // So does the subject of a passive for its gerund adjunct ("were injured after being attacked", "was arrested
      // after attacking"), unless it is a thing: "the challenge has been underlined by Tories joining a protest".
      const passiveSubject = rel === Rel.XCOMP || gerund || (marked && view.child(v, Rel.AUX) >= 0) ? view.child(head, Rel.NSUBJ_PASS) : -1;
      if (passiveSubject >= 0 && (!gerund || this.parties.resolve(passiveSubject).political)) return this.antecedent(head, passiveSubject);
      // "made their voices heard, condemning …": a gerund on a complement without a subject of its own is the
      // adjunct of the clause that complement belongs to.
      if (gerund && view.rel[head] !== Rel.XCOMP) return -1;
      v = head;
    }
    return -1;
  }

  /** The coordinated possessive complements of a common noun ("leaders of Turkey and Germany"); [] when it has none. */
  private coordinatedOwners(t: number): number[] {
    const { view } = this;
    if (view.upos(t) !== 'NOUN') return [];
    for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.NMOD || !this.data.possessivePrepositions.has(view.caseOf(c))) continue;
      const members = view.conjuncts(c);
      return members.length >= 2 && members.every((m) => this.parties.resolve(m).political) ? members : [];
    }
    return [];
  }

  /** A gerund or present participle without a subject of its own ("accusing", tag VBG), by the language's tags. */
  private isGerund(v: number): boolean {
    const { view } = this;
    if (view.child(v, Rel.NSUBJ) >= 0 || view.child(v, Rel.NSUBJ_PASS) >= 0) return false;
    // "being attacked", "having met": the gerund is the auxiliary's.
    const auxiliary = view.child(v, Rel.AUX_PASS) >= 0 ? view.child(v, Rel.AUX_PASS) : view.child(v, Rel.AUX);
    return this.hasGerundTag(v) || (auxiliary >= 0 && this.hasGerundTag(auxiliary));
  }

  private hasGerundTag(t: number): boolean {
    return this.hasTag(t, this.data.gerundTags);
  }

  /** Whether token t's fine-grained tag (lower case) is one of `tags`. */
  private hasTag(t: number, tags: ReadonlySet<string>): boolean {
    return tags.has(this.view.doc.strings.get(this.view.doc.xpos[t]).toLowerCase());
  }

  /** Whether a verb has the infinitive marker ("te", "to") among its markers. */
  private hasInfinitiveMarker(v: number): boolean {
    const { view } = this;
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.MARK && view.key(c) === this.data.infinitiveMarker) return true;
    }
    return false;
  }

  /**
   * A verb-second clause with the object first ("Dat uitgangspunt benadrukte Peking door …") is often parsed with
   * subject and object swapped: when the subject is no actor and the object is a named one, the object acts.
   */
  private politicalCoreArgument(verb: number, subject: number): number {
    const { view } = this;
    if (this.parties.resolve(subject).political) return subject;
    const object = view.child(verb, Rel.OBJ);
    if (object >= 0 && object > verb && subject < verb && view.upos(object) === 'PROPN' && this.parties.resolve(object).political) return object;
    return subject;
  }

  /** A relative pronoun as an argument of a relative clause stands for the noun the clause modifies. */
  private antecedent(verb: number, t: number): number {
    const { view } = this;
    if (view.upos(t) !== 'PRON' || !this.data.relativePronouns.has(view.key(t))) return t;
    // "conservatieven die pro-Remain zijn en die deelnemen aan …": a conjunct relative clause shares the noun.
    let clause = verb;
    for (let steps = 0; view.rel[clause] === Rel.CONJ && view.head[clause] >= 0 && steps < 4; steps++) clause = view.head[clause];
    const rel = view.rel[clause];
    let noun = view.head[clause];
    if (!(rel === Rel.ACL_RELCL || (clause !== verb && (rel === Rel.AMOD || rel === Rel.ACL) && noun >= 0 && noun < t))) return this.sharedAntecedent(t);
    // "Narcis Termes, een elektricien die …": the clause describes the person the apposition is about.
    if (view.rel[noun] === Rel.APPOS && view.head[noun] >= 0 && !this.parties.resolve(noun).political) noun = view.head[noun];
    return noun;
  }

  /**
   * "conservatieven die pro-Remain zijn en die deelnemen aan …" with the second relative clause hung elsewhere: a
   * relative pronoun right after a conjunction shares the noun of the relative clause before it; else t.
   */
  private sharedAntecedent(t: number): number {
    const { view } = this;
    // "Trump, who last year threatened …" with the relative clause parsed as the main clause: the name before the comma.
    const before = t - 2;
    const nominalBefore = before >= 0 && view.sentence[before] === view.sentence[t] && (view.upos(before) === 'PROPN' || view.upos(before) === 'NOUN');
    if (nominalBefore && view.form(t - 1) === ',') {
      return this.parties.resolve(before).political ? before : t;
    }
    if (t === 0 || view.upos(t - 1) !== 'CCONJ') return t;
    const first = view.doc.sentenceStarts[view.sentence[t]];
    for (let p = t - 2; p >= first; p--) {
      if (view.upos(p) !== 'PRON' || view.key(p) !== view.key(t)) continue;
      const clause = view.head[p];
      const rel = clause >= 0 ? view.rel[clause] : -1;
      const noun = clause >= 0 ? view.head[clause] : -1;
      return (rel === Rel.ACL_RELCL || rel === Rel.AMOD || rel === Rel.ACL) && noun >= 0 && noun < p ? noun : t;
    }
    return t;
  }

  /** "elkaar", "each other" (whose head word may be tagged as an adjective after "each"). */
  private isReciprocal(t: number): boolean {
    const { view, data } = this;
    if (!data.reciprocals.has(view.key(t))) return false;
    return view.upos(t) === 'PRON' || (t > 0 && data.reciprocals.has(view.key(t - 1)));
  }

  private isReflexive(t: number): boolean {
    return this.view.upos(t) === 'PRON' && this.data.reflexives.has(this.view.key(t));
  }
}
