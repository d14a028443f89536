/**
 * Who speaks: the actor behind the subject of a speech verb, the object of "volgens"/"according to", or the name
 * after "aldus". A pronoun ("zei hij", "she said") refers back to the nearest actor mention of its kind before it
 * that is not itself inside a quotation.
 */
import type { Doc } from '../doc/doc.js';
import { knowledgeBase } from '../kb/index.js';
import type { CueHit } from './cues.js';
import type { PronounKind, QuoteLanguage } from './language-data.js';

/** Farthest a speaker is looked for from its cue when the parse does not give it, in tokens. */
const SPEAKER_REACH = 8;
/** Farthest after a speech verb its speaker may stand when the parse gives no subject ("said Senator John McCain"). */
const INVERSION_REACH = 4;
/** Relations of the verb's addressee or object, who is not the speaker ("told Reuters"). */
const OBJECT_RELATIONS: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl']);
const RELATIVE_CLAUSES: ReadonlySet<string> = new Set(['acl:relcl', 'acl']);
/** Relations of a verb without a subject of its own that shares the subject of its head. */
const SUBJECT_SHARING: ReadonlySet<string> = new Set(['conj', 'advcl', 'xcomp']);
/** Sentences back that a subject is preferred as a pronoun's antecedent over a nearer non-subject. */
const SUBJECT_REACH = 3;
/** Relations that lead from a speaker's phrase to a name that is not the speaker's own. */
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['nmod:poss', 'nmod', 'obl', 'acl', 'acl:relcl']);

/** The per-Doc lookups of speakers: which mention covers each token, and which mentions are of people. */
export class SpeakerResolver {
  /** Per token: index (in doc.mentions) of the mention that covers it, or -1. */
  private readonly mentionAt: Int32Array;
  /** Per mention: 0 not yet known, 1 a person, 2 not. */
  private readonly personMention: Uint8Array;

  constructor(
    private readonly doc: Doc,
    private readonly data: QuoteLanguage,
    private readonly inQuote: Uint8Array,
  ) {
    this.mentionAt = new Int32Array(doc.length).fill(-1);
    let t = 0;
    doc.mentions.forEach((mention, k) => {
      while (t > 0 && doc.ends[t - 1] > mention.start) t--;
      while (t < doc.length && doc.ends[t] <= mention.start) t++;
      for (let i = t; i < doc.length && doc.starts[i] < mention.end; i++) this.mentionAt[i] = k;
    });
    this.personMention = new Uint8Array(doc.mentions.length);
  }

  /** The actor id of the speaker a cue introduces, when it can be found. */
  speakerOf(cue: CueHit): string | undefined {
    const token = this.speakerToken(cue);
    return token < 0 ? undefined : this.actorOf(token);
  }

  /** The actor id a token refers to: its mention's, a pronoun's antecedent's, or that of a name inside its phrase. */
  actorOf(token: number): string | undefined {
    const doc = this.doc;
    const mention = this.mentionAt[token];
    if (mention >= 0) return doc.actors[doc.mentions[mention].actor].id;
    const pronoun = this.data.pronouns.get(doc.tokenText(token).toLowerCase());
    if (pronoun) return this.antecedent(pronoun, doc.starts[token]);
    const named = this.nameUnder(token);
    if (named >= 0) return doc.actors[doc.mentions[this.mentionAt[named]].actor].id;
    // "de minister" with no name or country: the person last spoken of, as with "hij".
    return this.isPersonNoun(token) ? this.antecedent('person', doc.starts[token]) : undefined;
  }

  private isPersonNoun(token: number): boolean {
    const doc = this.doc;
    if (doc.strings.get(doc.upos[token]) !== 'NOUN') return false;
    const kb = knowledgeBase();
    const noun = kb.agentNoun(doc.tokenText(token).toLowerCase(), doc.language) ?? kb.agentNoun(doc.strings.get(doc.lemma[token]), doc.language);
    return noun?.person ?? false;
  }

  /** The actor id of the person token t refers to: a person's name or agent phrase, or a pronoun for one. */
  personOf(token: number): string | undefined {
    const doc = this.doc;
    let mention = this.mentionAt[token];
    if (mention < 0) {
      const pronoun = this.data.pronouns.get(doc.tokenText(token).toLowerCase());
      if (pronoun !== undefined) return pronoun === 'body' ? undefined : this.antecedent('person', doc.starts[token]);
      const named = this.nameUnder(token);
      if (named >= 0) mention = this.mentionAt[named];
    }
    return mention >= 0 && this.isPerson(mention) ? doc.actors[doc.mentions[mention].actor].id : undefined;
  }

  /** The token that names the speaker of a cue, or -1. */
  private speakerToken(cue: CueHit): number {
    const doc = this.doc;
    const [first, end] = this.sentenceRange(cue.token);
    if (cue.entry.kind === 'verb') {
      const subject = this.subjectOf(cue.token, first, end);
      // A relative pronoun stands for the noun its clause modifies ("Ivanov, die … heeft gezegd").
      if (subject >= 0 && this.isRelativeSubject(subject, cue.token)) return doc.head[cue.token];
      if (subject >= 0) return subject;
      // No subject in the parse: a name right after the verb that is not its object ("zei de minister", "said
      // Smith"), else the subject of the clause before it.
      const from = Math.max(cue.token, cue.second) + 1;
      const after = this.nearestSpeaker(from, Math.min(end, from + INVERSION_REACH), 1);
      if (after >= 0 && !OBJECT_RELATIONS.has(doc.strings.get(doc.dep[after]))) return after;
      for (let t = cue.token - 1; t >= first && !this.inQuote[t]; t--) {
        if (doc.strings.get(doc.dep[t]) === 'nsubj' && (this.mentionAt[t] >= 0 || this.isPronoun(t))) return t;
      }
      return -1;
    }
    // "volgens X", "according to X", "aldus X": the speaker follows.
    const from = Math.max(cue.token, cue.second) + 1;
    return this.nearestSpeaker(from, Math.min(end, from + SPEAKER_REACH), 1);
  }

  /**
   * The subject of verb v; for a verb without one, that of the verb it is coordinated with or depends on as a
   * participle or infinitive ("Trump said …, saying “…”").
   */
  private subjectOf(v: number, first: number, end: number): number {
    const doc = this.doc;
    for (let hops = 0; hops < 3 && v >= 0; hops++) {
      for (let t = first; t < end; t++) {
        if (doc.head[t] === v && doc.strings.get(doc.dep[t]) === 'nsubj') return t;
      }
      if (!SUBJECT_SHARING.has(doc.strings.get(doc.dep[v]))) return -1;
      v = doc.head[v];
    }
    return -1;
  }

  /** The first token from `from` towards `to` (exclusive, step ±1) outside quotes that is a mention or a pronoun. */
  private nearestSpeaker(from: number, to: number, step: number): number {
    for (let t = from; t !== to; t += step) {
      if (this.inQuote[t]) return -1;
      if (this.mentionAt[t] >= 0 || this.isPronoun(t)) return t;
    }
    return -1;
  }

  private isRelativeSubject(subject: number, verb: number): boolean {
    const doc = this.doc;
    return (
      doc.head[verb] >= 0 &&
      RELATIVE_CLAUSES.has(doc.strings.get(doc.dep[verb])) &&
      doc.strings.get(doc.upos[subject]) === 'PRON' &&
      this.mentionAt[subject] < 0 &&
      !this.isPronoun(subject)
    );
  }

  private isPronoun(t: number): boolean {
    return this.data.pronouns.has(this.doc.tokenText(t).toLowerCase());
  }

  /** The nearest actor mention before `before` (a character offset), outside quotations, that fits the pronoun. */
  private antecedent(kind: PronounKind, before: number): string | undefined {
    const doc = this.doc;
    const mentions = doc.mentions;
    let k = mentions.length - 1;
    while (k >= 0 && mentions[k].start >= before) k--;
    const reach = doc.sentenceOf(this.tokenAt(before)) - SUBJECT_REACH;
    let nearest = -1;
    for (; k >= 0; k--) {
      const t = this.tokenAt(mentions[k].start);
      if (this.inQuote[t] || !(kind === 'any' || this.isPerson(k) === (kind === 'person'))) continue;
      if (nearest < 0) nearest = k;
      // Subjects are what a pronoun most often picks up again ("De minister benadrukte bijeenkomsten met Moon … Hij").
      if (this.isSubjectMention(k, t)) return doc.actors[mentions[k].actor].id;
      if (doc.sentenceOf(t) < reach) break;
    }
    return nearest < 0 ? undefined : doc.actors[mentions[nearest].actor].id;
  }

  /** Whether a token of mention k (from token t) is the subject of its clause. */
  private isSubjectMention(k: number, t: number): boolean {
    const doc = this.doc;
    for (let i = t; i < doc.length && doc.starts[i] < doc.mentions[k].end; i++) {
      if (doc.strings.get(doc.dep[i]).startsWith('nsubj')) return true;
    }
    return false;
  }

  /**
   * A person: the KB's person, a name the recognizer tagged PER, or one with an agent noun for an individual in or
   * right before it ("de Chinese ambassadeur", "Kamerlid Omtzigt").
   */
  private isPerson(k: number): boolean {
    let known = this.personMention[k];
    if (known === 0) {
      known = this.findPerson(k) ? 1 : 2;
      this.personMention[k] = known;
    }
    return known === 1;
  }

  private findPerson(k: number): boolean {
    const doc = this.doc;
    const mention = doc.mentions[k];
    const kb = knowledgeBase();
    const actor = doc.actors[mention.actor];
    const known = kb.get(actor.id);
    if (known) return known.kind === 'person';
    // The mention's words and a title right before it ("Kamerlid Omtzigt").
    for (let t = Math.max(0, this.tokenAt(mention.start) - 1); t < doc.length && doc.starts[t] < mention.end; t++) {
      if (doc.strings.get(doc.entityType[t]) === 'PER') return true;
      const noun = kb.agentNoun(doc.tokenText(t).toLowerCase(), doc.language) ?? kb.agentNoun(doc.strings.get(doc.lemma[t]), doc.language);
      if (noun?.person) return true;
    }
    return false;
  }

  /**
   * The mention token closest below `head` in the parse ("Jake Sullivan" under "veiligheidsadviseur"); a possessor or
   * a prepositional modifier ("Bidens", "van de regering") counts as farther away than an apposition or a name part.
   */
  private nameUnder(head: number): number {
    const doc = this.doc;
    const [first, end] = this.sentenceRange(head);
    let best = -1;
    let bestDistance = Infinity;
    for (let t = first; t < end; t++) {
      if (this.mentionAt[t] < 0 || this.inQuote[t]) continue;
      let distance = 0;
      let at = t;
      for (let hops = 0; at >= 0 && at !== head && hops < 16; hops++) {
        distance += MODIFIER_RELATIONS.has(doc.strings.get(doc.dep[at])) ? 3 : 1;
        at = doc.head[at];
      }
      if (at === head && distance < bestDistance) [best, bestDistance] = [t, distance];
    }
    return best;
  }

  /** The token that starts at or covers character offset `at` (binary search). */
  private tokenAt(at: number): number {
    const ends = this.doc.ends;
    let lo = 0;
    let hi = this.doc.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sentenceRange(i: number): [number, number] {
    const doc = this.doc;
    const s = doc.sentenceOf(i);
    return [doc.sentenceStarts[s], doc.sentenceEnd(s)];
  }
}
