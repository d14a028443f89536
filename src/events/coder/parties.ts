/**
 * Parties of events: the actor an argument of a trigger refers to. An argument resolves through the linker's
 * mentions (the one covering its head, else one in its name-like modifiers: apposition, flat name, compound), else
 * through the knowledge base's agent nouns ("de demonstranten", "troops") with the country of a modifying
 * adjective or possessor ("de Chinese topdiplomaat"). A party is political when it is a linked actor or an agent
 * noun with a sector, a name the linker could not resolve, or a personal pronoun (a third-person one resolved to
 * the latest actor mentioned before it when there is one); only those can be the source of an event.
 */
import type { ActorRef } from '../../doc/article.js';
import type { DocActor } from '../../doc/doc.js';
import { knowledgeBase, type KnowledgeBase } from '../../kb/index.js';
import type { CoderLanguage } from './language.js';
import { Rel, type ParseView } from './parse-view.js';

export interface Party {
  readonly ref: ActorRef;
  /** The argument's head token. */
  readonly token: number;
  /** What identifies the party within the article: the actor id, else its lower-cased text. */
  readonly key: string;
  readonly political: boolean;
  /** Resolved through the knowledge base (a linked actor, a country, an agent noun of the state or a group). */
  readonly known: boolean;
  /** The argument is a thing that stands for its owner ("het beleid van Erdogan"). */
  readonly owned?: boolean;
}

/** Most tokens the text of an unresolved party may have. */
const MAX_PARTY_TOKENS = 8;

export class PartyResolver {
  private readonly countryOfWord = new Map<string, string>();
  private readonly resolved = new Map<number, Party>();

  constructor(
    private readonly view: ParseView,
    private readonly data: CoderLanguage,
    private readonly language: string,
    private readonly published: string | null,
    private readonly kb: KnowledgeBase = knowledgeBase(),
  ) {}

  /** The party an argument headed by token `head` refers to (worked out once per token). */
  resolve(head: number): Party {
    let party = this.resolved.get(head);
    if (party === undefined) {
      party = this.resolveAnew(head);
      this.resolved.set(head, party);
    }
    return party;
  }

  private resolveAnew(head: number): Party {
    const { view } = this;
    const doc = view.doc;
    // A time expression is when, not who ("condemned … on Thursday", "extradited Monday").
    if (view.timexAt[head] >= 0) {
      const text = doc.tokenText(head);
      return { ref: { text, country: '', sector: '' }, token: head, key: text.toLowerCase(), political: false, known: false };
    }
    const mention = this.mentionOf(head);
    if (mention >= 0) {
      const m = doc.mentions[mention];
      const actor = doc.actors[m.actor];
      return {
        ref: { actor: actor.id, text: doc.text.slice(m.start, m.end), country: actor.country, sector: actor.sector },
        token: head,
        key: actor.id,
        political: true,
        known: isKnown(actor),
      };
    }
    if (view.upos(head) === 'PRON') {
      const key = view.key(head);
      if (this.data.thirdPersonPronouns.has(key)) return this.pronoun(head);
      if (this.data.speakerPronouns.has(key)) {
        const text = doc.tokenText(head);
        // "'I am asking all of you …', Widodo told the military": in a direct quote, the speaker.
        const speaker = this.data.firstPersonPronouns.has(key) ? this.quoteSpeaker(head) : undefined;
        if (speaker !== undefined) {
          return { ref: { actor: speaker.id, text, country: speaker.country, sector: speaker.sector }, token: head, key: speaker.id, political: true, known: isKnown(speaker) };
        }
        // "zei tegen de aanwezige militairen: 'Ik doe een beroep op jullie …'": whom the quote is told to.
        const addressee = this.data.secondPersonPronouns.has(key) ? this.quoteAddressee(head) : -1;
        if (addressee >= 0) {
          const party = this.resolve(addressee);
          return party.ref.actor !== undefined ? { ...party, token: head, ref: { ...party.ref, text } } : { ...party, token: head };
        }
        return { ref: { text, country: '', sector: '' }, token: head, key: text.toLowerCase(), political: true, known: false };
      }
    }
    if (view.upos(head) === 'PROPN') {
      // A country the linker took for a place ("de invasie in Oekraïne") is still a party here.
      const country = this.countryOfName(head);
      if (country !== '') return this.countryParty(country, head, this.phraseText(head));
    }
    const noun = view.upos(head) === 'NOUN' ? this.agentNoun(head) : undefined;
    if (noun === undefined) {
      // A country by its adjective: "Russische beschietingen", "Chinese steun aan Rusland".
      const adjective = view.upos(head) === 'ADJ' && this.countryAdjective(head) !== '' ? head : this.countryModifier(head);
      if (adjective >= 0) return this.countryParty(this.countryAdjective(adjective), head, doc.tokenText(adjective));
    }
    const complement = noun !== undefined ? this.namedComplement(head) : undefined;
    const text = complement?.text ?? this.phraseText(head);
    const country = this.countryOfModifiers(head) || (complement?.country ?? '');
    // A thing of someone's stands for its owner: "de bezettingsmacht van de VS", "de verdediging van Sajpov".
    if (noun === undefined && view.upos(head) === 'NOUN' && !this.isPersonNoun(head)) {
      const owner = this.ownerOf(head);
      if (owner !== undefined) return owner;
    }
    // Private people are civilians ("een 32-jarige man", "demonstranten").
    // "iedereen" is listed as a person word too: everyone addressed by an appeal.
    const sector = noun?.sector ?? (((view.upos(head) === 'NOUN' || view.upos(head) === 'PRON') && this.isPersonNoun(head)) || this.isNominalisedPerson(head) ? 'CVL' : '');
    // A name the linker could not resolve still names someone ("Flake", "Narcis Termes").
    const named = view.upos(head) === 'PROPN' || view.doc.entityIob[head] !== 0 || this.hasNameApposition(head);
    // An agent noun of the state or a group ("de politie", "troepen") is as good as a known actor.
    const agent = noun !== undefined && sector !== '' && sector !== 'CVL';
    // An agent noun without a sector of its own still names a party: "enkele westerse landen", "de woordvoerder".
    const political = sector !== '' || named || noun !== undefined;
    return { ref: { text, country, sector }, token: head, key: text.toLowerCase(), political, known: agent };
  }

  /** The actor who speaks the direct quote around token t, or undefined. */
  private quoteSpeaker(t: number): DocActor | undefined {
    const doc = this.view.doc;
    const at = doc.starts[t];
    const quote = doc.quotes.find((q) => q.kind === 'direct' && q.speaker !== undefined && at >= q.start && at < q.end);
    return quote === undefined ? undefined : doc.actors.find((a) => a.id === quote.speaker);
  }

  /**
   * Whom the direct quote around token t is told to: the indirect object, or a phrase with an addressee preposition,
   * of its speech verb (the nearest word outside the quote, in its sentence, of the quote's cue); -1 for none.
   */
  private quoteAddressee(t: number): number {
    const { view } = this;
    const doc = view.doc;
    const at = doc.starts[t];
    const quote = doc.quotes.find((q) => q.kind === 'direct' && q.cue !== undefined && at >= q.start && at < q.end);
    if (quote === undefined || quote.cue === undefined) return -1;
    const cue = quote.cue.toLowerCase().split(' ')[0];
    const sentence = view.sentence[t];
    let verb = -1;
    for (let k = doc.sentenceStarts[sentence]; k < view.length && view.sentence[k] === sentence; k++) {
      const outside = doc.ends[k] <= quote.start || doc.starts[k] >= quote.end;
      if (outside && view.form(k) === cue && (verb < 0 || Math.abs(k - t) < Math.abs(verb - t))) verb = k;
    }
    if (verb < 0) return -1;
    for (let k = view.childStart[verb]; k < view.childStart[verb + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      if (rel === Rel.IOBJ || ((rel === Rel.OBL || rel === Rel.NMOD) && this.data.addresseePrepositions.has(view.caseOf(c)))) return c;
    }
    return -1;
  }

  /** "de heer Mawdsley", "senator Feinstein": a title with a name in apposition names someone. */
  private hasNameApposition(head: number): boolean {
    const { view } = this;
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      if ((view.rel[c] === Rel.APPOS || view.rel[c] === Rel.FLAT) && c === head + 1 && view.upos(c) === 'PROPN') return true;
    }
    return false;
  }

  /** The political party in a possessive complement or possessor of head ("van de VS", "haar plannen"), or undefined. */
  private ownerOf(head: number): Party | undefined {
    const { view } = this;
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      const possessive = view.rel[c] === Rel.NMOD_POSS || (view.rel[c] === Rel.NMOD && this.data.possessivePrepositions.has(view.caseOf(c)));
      if (!possessive) continue;
      const owner = this.resolve(c);
      // A possessive pronoun only when it was resolved: "hun huizen" of no one known is just houses; a name is someone
      // ("the House's decision").
      if (owner.political && (view.rel[c] !== Rel.NMOD_POSS || owner.ref.actor !== undefined || owner.known || view.upos(c) === 'PROPN')) return { ...owner, token: head, owned: true };
    }
    return undefined;
  }

  /** A participle or adjective used as a person noun, with its determiner: "de genomineerde", "de verdachte". */
  private isNominalisedPerson(head: number): boolean {
    const { view, data } = this;
    const tag = view.upos(head);
    return (tag === 'VERB' || tag === 'ADJ') && view.child(head, Rel.DET) >= 0 && data.personNouns.has(view.form(head));
  }

  private isPersonNoun(head: number): boolean {
    const { view, data } = this;
    return data.personNouns.has(view.key(head)) || data.personNouns.has(view.compoundHead(head));
  }

  /** The agent noun of a word or of the last part of its compound ("pro_onafhankelijkheid_activist"). */
  private agentNoun(head: number) {
    const noun = this.kb.agentNoun(this.view.key(head), this.language);
    if (noun !== undefined) return noun;
    const last = this.view.compoundHead(head);
    // The word as written when its lemma is not the listed one ("autoriteiten", listed as a plural-only noun).
    return (last === '' ? undefined : this.kb.agentNoun(last, this.language)) ?? this.kb.agentNoun(this.view.form(head), this.language);
  }

  /**
   * The names a plural pronoun stands for when its antecedent, the latest mention before it in its or the previous
   * sentence, is one of coordinated names ("the meeting between Trump and Kim …, when they agreed"); else none.
   */
  groupAntecedents(head: number): number[] {
    const { view } = this;
    if (!this.data.pluralPronouns.has(view.key(head))) return [];
    const from = view.doc.sentenceStarts[Math.max(0, view.sentence[head] - 1)];
    for (let t = head - 1; t >= from; t--) {
      const mention = view.mentionAt[t];
      if (mention < 0) continue;
      let top = t;
      while (view.head[top] >= 0 && view.mentionAt[view.head[top]] === mention) top = view.head[top];
      const group = view.conjuncts(view.rel[top] === Rel.CONJ ? view.head[top] : top).filter((c) => view.mentionAt[c] >= 0);
      return group.length >= 2 ? group : [];
    }
    return [];
  }

  /** A personal pronoun: the actor of the latest mention before it in its or the previous sentence, else itself. */
  private pronoun(head: number): Party {
    const { view } = this;
    const doc = view.doc;
    const text = doc.tokenText(head);
    // "De politie beriep zich op …, toen ze …": the subject of a side clause is the main clause's subject.
    const main = this.mainClauseSubject(head);
    if (main >= 0) {
      // A linked actor keeps the pronoun as its words; an agent noun ("de politie") is only known by its own.
      const antecedent = this.resolve(main);
      return antecedent.ref.actor !== undefined ? { ...antecedent, token: head, ref: { ...antecedent.ref, text } } : { ...antecedent, token: head };
    }
    const from = doc.sentenceStarts[Math.max(0, view.sentence[head] - 1)];
    // A possessive ("zijn laatste bezoek") refers to a subject before it first, else to the nearest actor.
    const possessive = view.rel[head] === Rel.NMOD_POSS;
    // "riepen demonstranten … tijdens hun demonstratie": first the subject of its own clause, actor or agent noun.
    const subject = possessive ? this.clauseSubjectBefore(head) : -1;
    if (subject >= 0) {
      const antecedent = this.resolve(subject);
      if (antecedent.political) return { ...antecedent, token: head, ref: { ...antecedent.ref, text: antecedent.ref.actor !== undefined ? text : antecedent.ref.text } };
    }
    // Else the nearest subject before it in its sentence, an agent or person noun the linker does not know
    // ("riepen demonstranten …, tijdens hun demonstratie") unless a subject actor stands nearer.
    const nounSubject = possessive ? this.nounSubjectBefore(head) : -1;
    for (const subjectsOnly of possessive ? [true, false] : [false]) {
      for (let t = head - 1; t >= from; t--) {
        if (t === nounSubject) {
          const antecedent = this.resolve(t);
          return { ...antecedent, token: head };
        }
        const m = view.mentionAt[t];
        if (m < 0 || this.isCoArgumentSubject(t, head) || (subjectsOnly && !this.isSubjectMention(t))) continue;
        const actor = doc.actors[doc.mentions[m].actor];
        return { ref: { actor: actor.id, text, country: actor.country, sector: actor.sector }, token: head, key: actor.id, political: true, known: isKnown(actor) };
      }
    }
    // Unresolved (an article's first sentence, a quote), the pronoun still stands for someone acting.
    return { ref: { text, country: '', sector: '' }, token: head, key: text.toLowerCase(), political: true, known: false };
  }

  /** The nearest subject before token t in its sentence that is a common noun naming a party (no mention), or -1. */
  private nounSubjectBefore(t: number): number {
    const { view } = this;
    const first = view.doc.sentenceStarts[view.sentence[t]];
    for (let k = t - 1; k >= first; k--) {
      if (view.rel[k] !== Rel.NSUBJ || view.upos(k) !== 'NOUN' || view.mentionAt[k] >= 0) continue;
      return this.resolve(k).political ? k : -1;
    }
    return -1;
  }

  /** The common-noun subject ("demonstranten") before token t of the clause t's phrase belongs to, or -1. */
  private clauseSubjectBefore(t: number): number {
    const { view } = this;
    let verb = view.head[t];
    for (let steps = 0; verb >= 0 && !view.isVerb(verb) && steps < 4; steps++) verb = view.head[verb];
    if (verb < 0 || !view.isVerb(verb)) return -1;
    const subject = view.child(verb, Rel.NSUBJ);
    return subject >= 0 && subject < t && view.upos(subject) === 'NOUN' ? subject : -1;
  }

  /** Whether the mention at token t is a subject (its head token, climbing within the mention, is one). */
  private isSubjectMention(t: number): boolean {
    const { view } = this;
    let h = t;
    while (view.head[h] >= 0 && view.mentionAt[view.head[h]] === view.mentionAt[t]) h = view.head[h];
    return view.rel[h] === Rel.NSUBJ || view.rel[h] === Rel.NSUBJ_PASS;
  }

  /** For a subject pronoun of a side clause, the known or named subject of the clause it hangs on (before it), else -1. */
  mainClauseSubject(pronoun: number): number {
    const { view } = this;
    if (view.rel[pronoun] !== Rel.NSUBJ) return -1;
    const clause = view.head[pronoun];
    const rel = clause >= 0 ? view.rel[clause] : Rel.OTHER;
    if (rel !== Rel.ADVCL && rel !== Rel.CCOMP && rel !== Rel.CONJ) return -1;
    const subject = view.child(view.head[clause], Rel.NSUBJ);
    if (subject < 0 || subject > pronoun || view.upos(subject) === 'PRON') return -1;
    return this.resolve(subject).known || view.upos(subject) === 'PROPN' ? subject : -1;
  }

  /**
   * Whether the mention at token t is the subject of the clause a pronoun object belongs to: "Noord-Korea betichtte
   * hem" cannot mean Noord-Korea by "hem" (a reflexive would say so).
   */
  private isCoArgumentSubject(t: number, pronoun: number): boolean {
    const { view } = this;
    const rel = view.rel[pronoun];
    if (rel !== Rel.OBJ && rel !== Rel.IOBJ && rel !== Rel.OBL) return false;
    let h = t;
    while (view.head[h] >= 0 && view.mentionAt[view.head[h]] === view.mentionAt[t]) h = view.head[h];
    return view.head[h] === view.head[pronoun] && (view.rel[h] === Rel.NSUBJ || view.rel[h] === Rel.NSUBJ_PASS);
  }

  /** A country as a party, with the article's actor of that country when there is one. */
  private countryParty(country: string, head: number, text: string): Party {
    const actor = this.view.doc.actors.find((a) => a.id === country);
    return {
      ref: { ...(actor !== undefined && { actor: actor.id }), text, country, sector: '' },
      token: head,
      key: actor?.id ?? country,
      political: true,
      known: true,
    };
  }

  /** The country a name (with its flat parts) is in the knowledge base, '' when it is not a country. */
  private countryOfName(head: number): string {
    const text = this.phraseText(head);
    let country = this.countryOfWord.get(text);
    if (country === undefined) {
      const candidate = this.kb.lookup(text, { language: this.language, limit: 1, phrases: false })[0];
      country = candidate !== undefined && candidate.kind === 'country' ? candidate.country : '';
      this.countryOfWord.set(text, country);
    }
    return country;
  }

  /** An adjective modifier of head that names a country, or -1. */
  private countryModifier(head: number): number {
    const { view } = this;
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] === Rel.AMOD && view.upos(c) === 'ADJ' && this.countryAdjective(c) !== '') return c;
    }
    return -1;
  }

  /** The country an adjective ("Russische", "Chinese") or a possessor names, '' when none. */
  countryOfModifiers(head: number): string {
    const { view } = this;
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      if (rel === Rel.AMOD || rel === Rel.NMOD_POSS || rel === Rel.COMPOUND) {
        const mention = view.mentionAt[c];
        if (mention >= 0) return view.doc.actors[view.doc.mentions[mention].actor].country;
        if (rel === Rel.AMOD) {
          const country = this.countryAdjective(c);
          if (country !== '') return country;
        }
      }
    }
    return '';
  }

  /** The country a word names as an adjective or name ("Russische" → RUS), '' when it names none. */
  countryAdjective(token: number): string {
    const word = this.view.doc.tokenText(token);
    let country = this.countryOfWord.get(word);
    if (country === undefined) {
      const candidate = this.kb.lookup(word, { language: this.language, limit: 1, phrases: false, ...(this.published && { date: this.published }) })[0];
      country = candidate !== undefined && candidate.kind === 'country' ? candidate.country : '';
      this.countryOfWord.set(word, country);
    }
    return country;
  }

  /** The country of a place name, through the linker's mentions or the knowledge base; '' when unknown. */
  countryOfPlace(head: number): string {
    const mention = this.mentionOf(head);
    if (mention >= 0) return this.view.doc.actors[this.view.doc.mentions[mention].actor].country;
    const text = this.phraseText(head);
    const candidate = this.kb.lookup(text, { language: this.language, limit: 1, phrases: false })[0];
    return candidate?.country ?? '';
  }

  /** The mention covering the head, else the first in its appositions, flat names and compounds; -1 for none. */
  private mentionOf(head: number): number {
    const { view } = this;
    if (view.mentionAt[head] >= 0) return view.mentionAt[head];
    const stack = [head];
    while (stack.length > 0) {
      const t = stack.pop()!;
      for (let k = view.childStart[t + 1] - 1; k >= view.childStart[t]; k--) {
        const c = view.childList[k];
        const rel = view.rel[c];
        if (rel !== Rel.APPOS && rel !== Rel.FLAT && rel !== Rel.COMPOUND) continue;
        if (view.mentionAt[c] >= 0) return view.mentionAt[c];
        stack.push(c);
      }
    }
    // "minister van buitenlandse zaken Walid Al-Muallem": the name hung as an apposition on the title's complement.
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.NMOD || view.mentionAt[c] >= 0) continue;
      const name = view.child(c, Rel.APPOS);
      if (name > c && view.mentionAt[name] >= 0) return view.mentionAt[name];
    }
    return -1;
  }

  /** The words of an argument: its head with determiners, adjectives, names and possessors around it. */
  phraseText(head: number): string {
    const [first, last] = this.phraseBounds(head);
    const doc = this.view.doc;
    return doc.text.slice(doc.starts[first], doc.ends[last]);
  }

  /** The first and last token of an argument's words (see `phraseText`). */
  private phraseBounds(head: number): [number, number] {
    const { view } = this;
    let first = head;
    let last = head;
    const stack = [head];
    while (stack.length > 0) {
      const t = stack.pop()!;
      for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
        const c = view.childList[k];
        const rel = view.rel[c];
        if (rel !== Rel.AMOD && rel !== Rel.FLAT && rel !== Rel.COMPOUND && rel !== Rel.APPOS && rel !== Rel.NMOD_POSS && rel !== Rel.DET) continue;
        if (Math.abs(c - head) > MAX_PARTY_TOKENS) continue;
        if (c < first) first = c;
        if (c > last) last = c;
        stack.push(c);
      }
    }
    return [first, last];
  }

  /**
   * An agent noun's named complement ("the leaders of Gondor", "soldiers from Russia"): the noun with it as the
   * party's text and the name's country as its country; undefined when it has none.
   */
  private namedComplement(head: number): { text: string; country: string } | undefined {
    const { view } = this;
    for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
      const c = view.childList[k];
      if (view.rel[c] !== Rel.NMOD || view.upos(c) !== 'PROPN' || !this.data.possessivePrepositions.has(view.caseOf(c))) continue;
      const [first] = this.phraseBounds(head);
      const [, last] = this.phraseBounds(c);
      if (last - head > MAX_PARTY_TOKENS) return undefined;
      const mention = this.mentionOf(c);
      const country = mention >= 0 ? view.doc.actors[view.doc.mentions[mention].actor].country : this.countryOfName(c);
      return { text: view.doc.text.slice(view.doc.starts[first], view.doc.ends[last]), country };
    }
    return undefined;
  }
}

/** A name the linker found nothing about (no country, sector or entry) is someone, not an actor the base knows. */
function isKnown(actor: DocActor): boolean {
  return actor.country !== '' || actor.sector !== '' || actor.wikidata !== undefined;
}
