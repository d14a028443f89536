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
  /**
   * The clause tells the event: a verb, or a nominal that is its clause's predicate ("hadden contact"), light verb
   * object or setting. A nominal that only modifies a clause ("sinds de invasie") does not take the clause's date.
   */
  clauseEvent: boolean;
}

/** How far up a missing subject is looked for. */
const CONTROL_DEPTH = 3;

export class ArgumentFinder {
  constructor(
    private readonly view: ParseView,
    private readonly data: CoderLanguage,
    private readonly parties: PartyResolver,
  ) {}

  find(i: number, entry: TriggerEntry): EventArguments {
    const args: EventArguments = { source: [], target: [], location: [], reciprocal: false, between: false, clauseVerb: -1, borrowed: false, clauseEvent: entry.pos === 'verb' };
    const slots = entry.pos === 'verb' ? this.verbSlots(i) : this.nounSlots(i);
    for (const [slot, heads] of slots) {
      // 'agent': a nominal's country adjective or predicate subject, in the possessor's role (else the source).
      const role: ArgumentRole | undefined = entry.roles.get(slot) ?? (slot === 'agent' ? (entry.roles.get('possessor') ?? 'source') : undefined);
      if (role === undefined) continue;
      for (const head of heads) {
        if (this.isReciprocal(head)) {
          args.reciprocal = true;
          continue;
        }
        if (this.isReflexive(head)) continue;
        if (role === 'source' && slot.startsWith('prep:') && this.data.betweenPrepositions.has(slot.slice(5))) args.between = true;
        const list = args[role];
        const group = slot === 'subject' ? this.subjectGroup(i, head) : this.view.conjuncts(head);
        for (const t of group) if (!list.includes(t)) list.push(t);
      }
    }
    const between = args.reciprocal || args.between || (SYMMETRIC_TYPES.has(entry.type) && args.source.length >= 2);
    if (!between && !args.target.some((t) => this.parties.resolve(t).political)) {
      const fallback = this.prepositionalTarget(i, args);
      if (fallback >= 0) args.target.splice(0, args.target.length, ...this.view.conjuncts(fallback));
    }
    if (entry.pos === 'verb') {
      args.clauseVerb = i;
      if (args.source.length === 0 && entry.roles.get('subject') === 'source') {
        const subject = this.controller(i);
        if (subject >= 0) {
          args.source.push(...this.subjectGroup(this.view.head[subject], subject));
          args.borrowed = true;
        }
      }
      if (!args.reciprocal) args.reciprocal = this.hasReciprocal(i);
    } else {
      this.governingClause(i, entry, args);
    }
    return args;
  }

  /**
   * A target the dictionary's slots miss, when no slot gave an actor: the object of an infinitive the trigger
   * governs, or the first actor in a prepositional complement of the trigger or of its object ("restored full
   * diplomatic ties with Gondor", "steun aan Rusland").
   */
  private prepositionalTarget(i: number, args: EventArguments): number {
    const { view, data } = this;
    // "dreigde om Noord-Korea te vernietigen": the object of the infinitive the trigger governs.
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.XCOMP && view.rel[c] !== Rel.ADVCL) continue;
      const mark = view.child(c, Rel.MARK);
      const object = mark >= 0 ? view.child(c, Rel.OBJ) : -1;
      if (object >= 0 && !args.source.includes(object) && this.parties.resolve(object).political) return object;
    }
    const object = view.child(i, Rel.OBJ);
    for (const host of object >= 0 ? [i, object] : [i]) {
      for (let k = view.childStart[host]; k < view.childStart[host + 1]; k++) {
        const c = view.childList[k];
        const rel = view.rel[c];
        if (rel !== Rel.OBL && rel !== Rel.NMOD) continue;
        if (!data.targetPrepositions.has(view.caseOf(c)) || args.source.includes(c) || data.agentPrepositions.has(view.caseOf(c))) continue;
        if (this.parties.resolve(c).political) return c;
      }
    }
    return -1;
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
    const passive = view.child(i, Rel.NSUBJ_PASS) >= 0 || view.child(i, Rel.AUX_PASS) >= 0;
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      const t = this.antecedent(i, c);
      switch (view.rel[c]) {
        case Rel.NSUBJ:
          add('subject', t);
          break;
        case Rel.NSUBJ_PASS:
          add('object', t);
          break;
        case Rel.OBJ:
          add('object', t);
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
          if (prep === '') break;
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
    this.secondSubjectAsObject(slots);
    this.objectAsConjunct(i, slots);
    if (!passive) this.subjectMislabelledObject(i, slots);
    this.splitRunTogetherNames(slots);
    return slots;
  }

  /**
   * The subject of a that-clause; failing one, its first nominal argument before the verb (a verb-final clause
   * puts the subject first: "dat Chinese steun … gevolgen zal hebben").
   */
  private clauseSubject(verb: number): number {
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

  /** Two subjects of one verb ("politie arresteert Dyteon Simpson" misparsed): the later one is the object. */
  private secondSubjectAsObject(slots: Map<Slot, number[]>): void {
    const subjects = slots.get('subject');
    if (!subjects || subjects.length < 2 || slots.has('object')) return;
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
    const objects = slots.get('object');
    if (slots.has('subject') || !objects || objects[0] > verb) return;
    const mark = view.child(verb, Rel.MARK);
    const finite = view.child(verb, Rel.AUX) >= 0 || (mark >= 0 && this.data.complementizers.has(view.key(mark)));
    if (!finite || this.view.upos(objects[0]) === 'PRON') return;
    slots.set('subject', [objects[0]]);
    if (objects.length === 1) slots.delete('object');
    else slots.set('object', objects.slice(1));
  }

  /**
   * Two names run together as one subject ("… heeft Xi Biden de les gelezen": the parser joins the indirect object
   * to the subject as a flat name): a flat part that is a mention of another actor is the indirect object.
   */
  private splitRunTogetherNames(slots: Map<Slot, number[]>): void {
    const { view } = this;
    const subjects = slots.get('subject');
    if (!subjects || slots.has('indirect-object')) return;
    for (const s of subjects) {
      const own = view.mentionAt[s];
      if (own < 0) continue;
      for (let k = view.childStart[s]; k < view.childStart[s + 1]; k++) {
        const c = view.childList[k];
        const m = view.mentionAt[c];
        if (view.rel[c] !== Rel.FLAT || m < 0 || m === own) continue;
        if (view.doc.mentions[m].actor === view.doc.mentions[own].actor) continue;
        slots.set('indirect-object', [c]);
        return;
      }
    }
  }

  /** The slots of a nominal trigger. */
  private nounSlots(i: number): Map<Slot, number[]> {
    const { view } = this;
    const slots = new Map<Slot, number[]>();
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      switch (view.rel[c]) {
        case Rel.NMOD_POSS:
          slots.set('possessor', [c]);
          break;
        case Rel.NSUBJ:
          // A nominal predicate's subject: "Biden en Xi hadden … contact" parsed with the noun as head.
          slots.set('agent', [c]);
          break;
        case Rel.AMOD:
          if (view.mentionAt[c] >= 0 || this.parties.countryAdjective(c) !== '') slots.set('agent', [c]);
          break;
        case Rel.NMOD: {
          const prep = view.caseOf(c);
          if (prep !== '') slots.set(`prep:${prep}`, [...(slots.get(`prep:${prep}`) ?? []), c]);
          break;
        }
      }
    }
    return slots;
  }

  /**
   * A nominal without a source of its own borrows one: the subject of the light verb it is the object of ("een
   * gesprek voeren", "contact hebben"), or for a meeting, the subject of the clause it is the setting of ("tijdens
   * een overleg").
   */
  private governingClause(i: number, entry: TriggerEntry, args: EventArguments): void {
    const { view, data } = this;
    const head = view.head[i];
    if (head < 0) return;
    const rel = view.rel[i];
    if (rel === Rel.OBJ && view.isVerb(head) && data.supportVerbs.has(this.verbKey(head))) {
      args.clauseVerb = head;
      args.clauseEvent = true;
      if (args.source.length === 0) {
        let subject = this.subjectOf(head);
        // A light verb the parser left without a subject: the actor named just before it ("Trump had een …").
        if (subject < 0) subject = this.actorBefore(head);
        if (subject >= 0) {
          args.source.push(...(view.head[subject] >= 0 ? this.subjectGroup(view.head[subject], subject) : view.conjuncts(subject)));
          args.borrowed = true;
        }
      }
      return;
    }
    let verb = head;
    for (let steps = 0; verb >= 0 && !view.isVerb(verb) && steps < 3; steps++) verb = view.head[verb];
    if (verb < 0 || !view.isVerb(verb)) return;
    args.clauseVerb = verb;
    if (args.source.length > 0 || entry.type !== 'CONSULT') return;
    if (!this.isSetting(i)) return;
    args.clauseEvent = true;
    // The setting's clause: its subject, else (a subject that is no actor) the subject of the clause above.
    for (let v = verb, steps = 0; v >= 0 && steps < 2; v = view.head[v], steps++) {
      const subject = this.subjectOf(v);
      if (subject >= 0 && this.parties.resolve(subject).political) {
        args.source.push(...this.subjectGroup(view.head[subject], subject));
        args.borrowed = true;
        return;
      }
      if (!(view.rel[v] === Rel.PARATAXIS || view.rel[v] === Rel.CONJ || view.rel[v] === Rel.ADVCL)) return;
    }
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
      if (tag === 'ADP') return data.participationPrepositions.has(view.key(t));
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

  /** The head of the nearest actor mention before token t in its sentence, or -1. */
  private actorBefore(t: number): number {
    const { view } = this;
    const first = view.doc.sentenceStarts[view.sentence[t]];
    for (let k = t - 1; k >= first; k--) {
      if (view.mentionAt[k] < 0) continue;
      // The mention's head: the token of the mention whose head lies outside it.
      let h = k;
      while (view.head[h] >= 0 && view.mentionAt[view.head[h]] === view.mentionAt[k]) h = view.head[h];
      return h;
    }
    return -1;
  }

  /** A verb's lemma key with its separable particle joined in front. */
  private verbKey(v: number): string {
    const particle = this.view.child(v, Rel.PRT);
    return particle >= 0 ? this.view.key(particle) + this.view.key(v) : this.view.key(v);
  }

  /** The subject of verb v: its own (the "door" phrase of a passive excluded), else its controller's. */
  subjectOf(v: number): number {
    const { view } = this;
    const own = view.child(v, Rel.NSUBJ);
    if (own >= 0) return this.antecedent(v, own);
    for (let k = view.childStart[v]; k < view.childStart[v + 1]; k++) {
      const c = view.childList[k];
      const onAuxiliary = view.rel[c] === Rel.AUX ? view.child(c, Rel.NSUBJ) : -1;
      if (onAuxiliary >= 0) return onAuxiliary;
    }
    return this.controller(v);
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
      const mark = view.child(v, Rel.MARK);
      const infinitive = mark < 0 || view.key(mark) === this.data.infinitiveMarker;
      if (!(rel === Rel.XCOMP || (rel === Rel.CCOMP && infinitive) || (rel === Rel.ADVCL && mark >= 0 && view.key(mark) === this.data.infinitiveMarker) || (rel === Rel.CONJ && view.isVerb(head)))) {
        return -1;
      }
      const subject = view.child(head, Rel.NSUBJ);
      if (subject >= 0) return this.politicalCoreArgument(head, this.antecedent(head, subject));
      v = head;
    }
    return -1;
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
    if (view.rel[verb] === Rel.ACL_RELCL && view.upos(t) === 'PRON' && this.data.relativePronouns.has(view.key(t))) return view.head[verb];
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
