/**
 * A read-only view of one Doc's dependency parse made for the coder: children lists in flat typed arrays, each
 * relation reduced to a small code, lemma keys (compound and particle marks taken out) memoised per lemma id, and
 * per token the actor mention and time expression that cover it. Built once per document, no object per token.
 * The view's heads and relations carry grammatical repairs of parses that break a rule of the grammar (a verbless
 * main clause, a conjunct hung as another argument, a subject on a nominal, "om … te" read as a preposition, a
 * copula on a passive participle, parataxis between nominals); the Doc keeps the parser's own.
 */
import type { Doc } from '../../doc/doc.js';

/** The relations the coder tells apart; every other relation is OTHER. */
export const enum Rel {
  OTHER,
  ROOT,
  NSUBJ,
  NSUBJ_PASS,
  OBJ,
  IOBJ,
  OBL,
  OBL_AGENT,
  NMOD,
  NMOD_POSS,
  AMOD,
  CONJ,
  XCOMP,
  CCOMP,
  ADVCL,
  ACL,
  ACL_RELCL,
  PARATAXIS,
  MARK,
  CASE,
  AUX,
  AUX_PASS,
  COP,
  ADVMOD,
  APPOS,
  FLAT,
  COMPOUND,
  PRT,
  EXPL,
  DET,
  FIXED,
  CC,
}

const RELATIONS: Readonly<Record<string, Rel>> = {
  root: Rel.ROOT,
  nsubj: Rel.NSUBJ,
  'nsubj:pass': Rel.NSUBJ_PASS,
  'csubj:pass': Rel.NSUBJ_PASS,
  obj: Rel.OBJ,
  iobj: Rel.IOBJ,
  obl: Rel.OBL,
  'obl:arg': Rel.OBL,
  'obl:tmod': Rel.OBL,
  'obl:npmod': Rel.OBL,
  'obl:agent': Rel.OBL_AGENT,
  nmod: Rel.NMOD,
  'nmod:poss': Rel.NMOD_POSS,
  amod: Rel.AMOD,
  conj: Rel.CONJ,
  xcomp: Rel.XCOMP,
  ccomp: Rel.CCOMP,
  advcl: Rel.ADVCL,
  acl: Rel.ACL,
  'acl:relcl': Rel.ACL_RELCL,
  parataxis: Rel.PARATAXIS,
  mark: Rel.MARK,
  case: Rel.CASE,
  aux: Rel.AUX,
  'aux:pass': Rel.AUX_PASS,
  cop: Rel.COP,
  advmod: Rel.ADVMOD,
  appos: Rel.APPOS,
  flat: Rel.FLAT,
  'flat:name': Rel.FLAT,
  compound: Rel.COMPOUND,
  'compound:prt': Rel.PRT,
  expl: Rel.EXPL,
  'expl:pv': Rel.EXPL,
  'expl:pass': Rel.EXPL,
  det: Rel.DET,
  'det:poss': Rel.NMOD_POSS,
  fixed: Rel.FIXED,
  cc: Rel.CC,
  'cc:preconj': Rel.CC,
};

/** Relations of a nominal argument of a verb. */
const NOMINAL_ARGUMENTS: ReadonlySet<Rel> = new Set([Rel.NSUBJ, Rel.NSUBJ_PASS, Rel.OBJ, Rel.IOBJ]);

/** Relations of a nominal hung on a verb. */
const NOMINAL_ATTACHMENTS: ReadonlySet<Rel> = new Set([Rel.OBJ, Rel.IOBJ, Rel.OBL]);
/** Relations that only a clause's head takes. */
const CLAUSE_WORDS: ReadonlySet<Rel> = new Set([Rel.NSUBJ, Rel.NSUBJ_PASS, Rel.AUX, Rel.AUX_PASS]);

/** The words of a language the repairs read; a language without them gets none of those repairs. */
export interface RepairWords {
  /** Purpose complementizers ("om"). */
  readonly purposeMarkers: ReadonlySet<string>;
  /** The infinitive marker ("te"). */
  readonly infinitiveMarker: string;
  /** Prepositions of a passive's agent ("door", "by"). */
  readonly agentPrepositions: ReadonlySet<string>;
  /** Whether a lower-cased form is a listed strong or irregular past form of a verb ("beklonken"). */
  isListedPast(form: string): boolean;
  /** Personal pronouns, whose form shows whether they are the subject ("ik", "hij"). */
  readonly speakerPronouns: ReadonlySet<string>;
  readonly thirdPersonPronouns: ReadonlySet<string>;
}
const NO_REPAIR_WORDS: RepairWords = {
  purposeMarkers: new Set(),
  infinitiveMarker: '',
  agentPrepositions: new Set(),
  isListedPast: () => false,
  speakerPronouns: new Set(),
  thirdPersonPronouns: new Set(),
};

/** Relations that open a clause of their own: a climb from a word to its clause stops below them. */
export function opensClause(rel: Rel): boolean {
  return rel === Rel.ROOT || rel === Rel.XCOMP || rel === Rel.CCOMP || rel === Rel.ADVCL || rel === Rel.ACL || rel === Rel.ACL_RELCL || rel === Rel.PARATAXIS;
}

export class ParseView {
  readonly length: number;
  readonly head: Int32Array;
  readonly rel: Uint8Array;
  /** Children of token i are childList[childStart[i] .. childStart[i + 1]), in text order. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Index into doc.mentions of the mention covering the token, or -1. */
  readonly mentionAt: Int32Array;
  /** Index into doc.timexes of the time expression covering the token, or -1. */
  readonly timexAt: Int32Array;
  readonly sentence: Int32Array;
  /** Tokens a repair made the verb of their clause (tagged otherwise). */
  private readonly promoted: Uint8Array;
  private readonly keys = new Map<number, string>();
  private readonly uposOf = new Map<number, string>();

  constructor(
    readonly doc: Doc,
    grammar: RepairWords = NO_REPAIR_WORDS,
  ) {
    const n = doc.length;
    this.length = n;
    // A copy: the coder reads the parse with its repairs, the Doc keeps the parser's own.
    this.head = Int32Array.from(doc.head);
    this.rel = new Uint8Array(n);
    this.promoted = new Uint8Array(n);
    const relOf = new Map<number, Rel>();
    for (let i = 0; i < n; i++) {
      const id = doc.dep[i];
      let rel = relOf.get(id);
      if (rel === undefined) {
        rel = RELATIONS[doc.strings.get(id)] ?? Rel.OTHER;
        relOf.set(id, rel);
      }
      this.rel[i] = rel;
    }
    this.mentionAt = coverage(doc, doc.mentions);
    this.timexAt = coverage(doc, doc.timexes);
    this.verblessClauses(grammar);
    this.joinStrayConjuncts();
    this.nominalAppositions();
    this.liftClauseWordsFromNominals();
    this.purposeInfinitives(grammar);
    this.passiveCopulas(grammar);
    this.secondSubjects(grammar);
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h >= 0 && h < n) counts[h + 1]++;
    }
    for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
    this.childStart = counts;
    this.childList = new Int32Array(counts[n]);
    const fill = counts.slice(0, n);
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h >= 0 && h < n) this.childList[fill[h]++] = i;
    }
    this.sentence = new Int32Array(n);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const end = s + 1 < doc.sentenceCount ? doc.sentenceStarts[s + 1] : n;
      this.sentence.fill(s, doc.sentenceStarts[s], end);
    }
  }

  /**
   * A sentence has a finite verb: one tagged without any whose word after its root is a listed past form of a verb
   * ("Xi en Poetin beklonken vorige maand een partnerschap" with the verb tagged as an adjective) has that verb as
   * its root, the root before it as its subject and the first nominal conjunct after it as its object.
   */
  private verblessClauses(grammar: RepairWords): void {
    const { head, rel, doc } = this;
    for (let s = 0; s < doc.sentenceCount; s++) {
      const start = doc.sentenceStarts[s];
      const end = s + 1 < doc.sentenceCount ? doc.sentenceStarts[s + 1] : this.length;
      let root = -1;
      let verb = -1;
      let verbless = true;
      for (let t = start; t < end; t++) {
        if (this.isVerb(t) && !this.inSubordinateClause(t)) verbless = false;
        if (head[t] < 0 && root < 0) root = t;
      }
      if (!verbless || root < 0 || !this.isNominalTag(root)) continue;
      for (let t = root + 1; t < end && verb < 0; t++) if (this.upos(t) === 'ADJ' && grammar.isListedPast(this.form(t))) verb = t;
      if (verb < 0) continue;
      this.promoted[verb] = 1;
      head[verb] = -1;
      rel[verb] = Rel.ROOT;
      // The root's loose dependents after the verb are the verb's: a time phrase as its adjunct, the first other
      // nominal not joined by a conjunction as its object (also when hung on that time phrase).
      let object = -1;
      const times: number[] = [];
      for (let t = verb + 1; t < end; t++) {
        const loose = rel[t] === Rel.CONJ || rel[t] === Rel.PARATAXIS || rel[t] === Rel.NMOD;
        if (head[t] !== root && !(loose && times.includes(head[t]))) continue;
        if (loose && this.timexAt[t] >= 0) {
          times.push(t);
          rel[t] = Rel.OBL;
        } else if (object < 0 && loose && this.isNominalTag(t) && !this.hasChildWith(t, Rel.CC, start, end) && !this.hasChildWith(t, Rel.CASE, start, end)) {
          object = t;
          rel[t] = Rel.OBJ;
        }
        head[t] = verb;
      }
      head[root] = verb;
      rel[root] = Rel.NSUBJ;
    }
  }

  /** Whether a token lies in a clause below the sentence's root clause ("die … overstijgt"). */
  private inSubordinateClause(t: number): boolean {
    for (let k = t, steps = 0; k >= 0 && steps < 64; k = this.head[k], steps++) if (this.rel[k] !== Rel.ROOT && opensClause(this.rel[k])) return true;
    return false;
  }

  /** Whether token i has a dependent with relation r among tokens [start, end) (before the child lists exist). */
  private hasChildWith(i: number, r: Rel, start: number, end: number): boolean {
    for (let t = start; t < end; t++) if (this.head[t] === i && this.rel[t] === r) return true;
    return false;
  }

  /**
   * A conjunction joins what stands on either side of it: a nominal that carries its own conjunction ("Sullivan en
   * de Chinese topdiplomaat Yang") but hangs beside the nominal before that conjunction as another argument of the
   * same head (subject and object of one verb) is a conjunct of that nominal.
   */
  private joinStrayConjuncts(): void {
    const { head, rel, length } = this;
    for (let cc = 1; cc < length; cc++) {
      if (rel[cc] !== Rel.CC) continue;
      const c = head[cc];
      if (c <= cc || !this.isNominalTag(c)) continue;
      // "De VS en de EU hebben gewaarschuwd" with "EU" an oblique: one without a preposition is no oblique.
      const caseless = rel[c] === Rel.OBL && !this.hasCaseBetween(cc, c);
      if (!NOMINAL_ARGUMENTS.has(rel[c]) && !caseless) continue;
      // The phrase before the conjunction: climb from its last word to the sibling of c.
      let left = cc - 1;
      for (let steps = 0; left >= 0 && head[left] !== head[c] && steps < 64; steps++) left = head[left];
      if (left < 0 || left >= cc || head[left] !== head[c] || !NOMINAL_ARGUMENTS.has(rel[left]) || !this.isNominalTag(left)) continue;
      head[c] = left;
      rel[c] = Rel.CONJ;
    }
  }

  /** Whether a case marker of nominal c stands between token from and c. */
  private hasCaseBetween(from: number, c: number): boolean {
    for (let t = from + 1; t < c; t++) if (this.head[t] === c && this.rel[t] === Rel.CASE) return true;
    return false;
  }

  /**
   * Only a verb or a predicate with a copula has a subject and auxiliaries: those the parser hung on a nominal
   * argument of a verb ("De politie heeft … een man aangehouden" with "man" as their head) belong to that verb, when
   * it has none of its own.
   */
  private liftClauseWordsFromNominals(): void {
    const { head, rel, length } = this;
    const predicate = new Uint8Array(length);
    const subject = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const h = head[i];
      if (h < 0) continue;
      if (rel[i] === Rel.COP) predicate[h] = 1;
      if (rel[i] === Rel.NSUBJ || rel[i] === Rel.NSUBJ_PASS) subject[h] = 1;
    }
    for (let i = 0; i < length; i++) {
      const h = head[i];
      if (h < 0 || !CLAUSE_WORDS.has(rel[i]) || predicate[h] || !this.isNominalTag(h) || !NOMINAL_ATTACHMENTS.has(rel[h])) continue;
      const verb = head[h];
      if (verb < 0 || this.upos(verb) !== 'VERB' || subject[verb]) continue;
      head[i] = verb;
    }
  }

  /**
   * "dreigde om Noord-Korea te vernietigen": a purpose word before a te-infinitive introduces that infinitive, and
   * the nominal between them is its object, not a prepositional phrase of the purpose word.
   */
  private purposeInfinitives(grammar: RepairWords): void {
    const { head, rel, length, doc } = this;
    if (grammar.purposeMarkers.size === 0) return;
    for (let m = 0; m < length; m++) {
      const nominal = head[m];
      if (rel[m] !== Rel.CASE || nominal <= m || !this.isNominalTag(nominal) || !grammar.purposeMarkers.has(this.key(m))) continue;
      // The infinitive marker ahead in the same stretch of words, before any punctuation or other verb.
      let verb = -1;
      for (let t = m + 1; t < length && t < m + 12 && doc.sentenceOf(t) === doc.sentenceOf(m); t++) {
        const tag = this.upos(t);
        if (tag === 'PUNCT' || tag === 'SCONJ') break;
        if (this.key(t) === grammar.infinitiveMarker) {
          const v = head[t];
          if (v > t && this.upos(v) === 'VERB') verb = v;
          break;
        }
        if (tag === 'VERB' || tag === 'AUX') break;
      }
      if (verb < 0) continue;
      head[m] = verb;
      rel[m] = Rel.MARK;
      if (head[nominal] === verb) continue;
      head[nominal] = verb;
      rel[nominal] = Rel.OBJ;
    }
  }

  /**
   * A copula links a non-verbal predicate: "zijn" labelled cop on a participle with an agent phrase ("dat hij door
   * hen bedreigd was") is the auxiliary of a passive.
   */
  private passiveCopulas(grammar: RepairWords): void {
    const { head, rel, length } = this;
    if (grammar.agentPrepositions.size === 0) return;
    const agent = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      if (rel[i] !== Rel.CASE || !grammar.agentPrepositions.has(this.key(i))) continue;
      const nominal = head[i];
      if (nominal >= 0 && rel[nominal] === Rel.OBL && head[nominal] >= 0) agent[head[nominal]] = 1;
    }
    for (let i = 0; i < length; i++) {
      const h = head[i];
      if (rel[i] === Rel.COP && h >= 0 && agent[h] && this.upos(h) === 'VERB') rel[i] = Rel.AUX_PASS;
    }
  }

  /**
   * A clause has one subject: of two subjects of one verb on either side of it ("De politie vraagt iedereen …" with
   * "iedereen" labelled a subject), the one after the verb is its object, unless it is a personal pronoun, whose
   * form may make it the subject ("De Raad roep ik op …").
   */
  private secondSubjects(grammar: RepairWords): void {
    const { head, rel, length } = this;
    const before = new Int32Array(length).fill(-1);
    for (let i = 0; i < length; i++) if (rel[i] === Rel.NSUBJ && head[i] > i) before[head[i]] = i;
    for (let i = 0; i < length; i++) {
      const verb = head[i];
      if (rel[i] !== Rel.NSUBJ || verb < 0 || verb > i || before[verb] < 0 || this.upos(verb) !== 'VERB') continue;
      const key = this.key(i);
      if (!grammar.speakerPronouns.has(key) && !grammar.thirdPersonPronouns.has(key)) rel[i] = Rel.OBJ;
    }
  }

  /**
   * Parataxis joins clauses: a noun phrase set beside a nominal that way ("Narcis Termes, 68, een elektricien die …")
   * is an apposition of it.
   */
  private nominalAppositions(): void {
    const { head, rel, length } = this;
    for (let i = 0; i < length; i++) {
      const h = head[i];
      if (rel[i] === Rel.PARATAXIS && h >= 0 && h < i && this.isNominalTag(i) && this.isNominalTag(h)) rel[i] = Rel.APPOS;
    }
  }

  private isNominalTag(i: number): boolean {
    const tag = this.upos(i);
    return tag === 'NOUN' || tag === 'PROPN';
  }

  /** The lemma as a lookup key: lower case, compound marks ("staat_media") taken out. */
  key(i: number): string {
    const id = this.doc.lemma[i];
    let key = this.keys.get(id);
    if (key === undefined) {
      key = this.doc.strings.get(id).toLowerCase().replaceAll('_', '');
      this.keys.set(id, key);
    }
    return key;
  }

  /**
   * A verb's lemma key with its separable particle joined in front ("riep … op" → "oproepen"), unless the lemmatizer
   * already put it there ("bereiden" with lemma "voor_bereiden" → "voorbereiden").
   */
  separableKey(v: number): string {
    const particle = this.child(v, Rel.PRT);
    const key = this.key(v);
    if (particle < 0) return key;
    const prefix = this.key(particle);
    return key.startsWith(prefix) ? key : prefix + key;
  }

  /** The last part of a compound lemma ("telefoon_gesprek" → "gesprek"), or '' for a simple word. */
  compoundHead(i: number): string {
    const lemma = this.doc.strings.get(this.doc.lemma[i]);
    const cut = lemma.lastIndexOf('_');
    return cut < 0 ? '' : lemma.slice(cut + 1).toLowerCase();
  }

  form(i: number): string {
    return this.doc.tokenText(i).toLowerCase();
  }

  upos(i: number): string {
    if (this.promoted[i]) return 'VERB';
    const id = this.doc.upos[i];
    let tag = this.uposOf.get(id);
    if (tag === undefined) {
      tag = this.doc.strings.get(id);
      this.uposOf.set(id, tag);
    }
    return tag;
  }

  isVerb(i: number): boolean {
    const tag = this.upos(i);
    return tag === 'VERB' || tag === 'AUX';
  }

  /** The first child of i with relation rel, or -1. */
  child(i: number, rel: Rel): number {
    for (let k = this.childStart[i]; k < this.childStart[i + 1]; k++) if (this.rel[this.childList[k]] === rel) return this.childList[k];
    return -1;
  }

  /** The key of the case marker (preposition) of a nominal, '' when it has none. Two-word ones give their first word. */
  caseOf(i: number): string {
    const c = this.child(i, Rel.CASE);
    return c < 0 ? '' : this.key(c);
  }

  /** Whether j lies in the subtree of i (j == i included). */
  dominates(i: number, j: number): boolean {
    for (let k = j, steps = 0; k >= 0 && steps < 64; k = this.head[k], steps++) if (k === i) return true;
    return false;
  }

  /**
   * i and the tokens coordinated with it ("Biden en Xi", "zowel China als Rusland", "Frankrijk, Duitsland en
   * Italië"), in text order. A conjunct chain without any conjunction is a misparse, not a coordination: i alone.
   */
  conjuncts(i: number): number[] {
    const all: number[] = [];
    const stack = [i];
    let joined = false;
    while (stack.length > 0) {
      const t = stack.pop()!;
      all.push(t);
      for (let k = this.childStart[t]; k < this.childStart[t + 1]; k++) {
        const c = this.childList[k];
        if (this.rel[c] !== Rel.CONJ || !this.setOff(c)) continue;
        if (this.child(c, Rel.CC) >= 0 || this.child(c, Rel.MARK) >= 0) joined = true;
        stack.push(c);
      }
    }
    if (!joined) return [i];
    return all.sort((a, b) => a - b);
  }

  /**
   * Whether a conjunct is set off from what precedes it by a conjunction or a comma of its own: "tussen Xi en Biden
   * op Twitter" with "op Twitter" labelled conj is no third party.
   */
  private setOff(c: number): boolean {
    if (this.child(c, Rel.CC) >= 0 || this.child(c, Rel.MARK) >= 0) return true;
    const first = this.extent(c)[0];
    return first > 0 && (this.upos(first - 1) === 'PUNCT' || this.upos(first - 1) === 'CCONJ' || this.upos(first) === 'PUNCT' || this.upos(first) === 'CCONJ');
  }

  /** The conjuncts of i that hang on it without any conjunction in their chain (a misparsed second argument). */
  looseConjunct(i: number): number {
    if (this.conjuncts(i).length > 1) return -1;
    return this.child(i, Rel.CONJ);
  }

  /**
   * For a word inside a multiword preposition ("verzoek" of "op verzoek van de Franse autoriteiten", parsed as one
   * case marker with fixed parts), the nominal the preposition marks; -1 for any other token.
   */
  fixedNominal(i: number): number {
    const marker = this.head[i];
    if (this.rel[i] !== Rel.FIXED || marker < 0 || this.rel[marker] !== Rel.CASE) return -1;
    return this.head[marker];
  }

  /** The first and last token of i's subtree. */
  extent(i: number): [number, number] {
    let first = i;
    let last = i;
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < first) first = t;
      if (t > last) last = t;
      for (let k = this.childStart[t]; k < this.childStart[t + 1]; k++) stack.push(this.childList[k]);
    }
    return [first, last];
  }
}

/** Per token, the index of the span (sorted by start, character offsets) that covers it, or -1. */
function coverage(doc: Doc, spans: readonly { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(doc.length).fill(-1);
  let t = 0;
  for (let s = 0; s < spans.length; s++) {
    const { start, end } = spans[s];
    while (t < doc.length && doc.ends[t] <= start) t++;
    for (let u = t; u < doc.length && doc.starts[u] < end; u++) if (at[u] < 0) at[u] = s;
  }
  return at;
}
