/**
 * A read-only view of one Doc's dependency parse made for the coder: children lists in flat typed arrays, each
 * relation reduced to a small code, lemma keys (compound and particle marks taken out) memoised per lemma id, and
 * per token the actor mention and time expression that cover it. Built once per document, no object per token.
 * The view's heads and relations carry grammatical repairs of parses that break a rule of the grammar (a verbless
 * main clause, a conjunct hung as another argument, a subject on a nominal, "om … te" read as a preposition, a
 * copula on a passive participle, parataxis between nominals, two subjects of one verb, a preposition heading its
 * nominal, a subject clause set off by a comma, an object before another verb's auxiliary, a direct quote's words
 * on the speech verb, two phrases before a verb-second verb); the Doc keeps the parser's own.
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
  CSUBJ,
}

const RELATIONS: Readonly<Record<string, Rel>> = {
  root: Rel.ROOT,
  nsubj: Rel.NSUBJ,
  'nsubj:pass': Rel.NSUBJ_PASS,
  'csubj:pass': Rel.NSUBJ_PASS,
  csubj: Rel.CSUBJ,
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

/** Double quotation marks (char codes), which open and close a direct quote (single ones also mark words and elisions). */
const QUOTE_MARKS: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);

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
  /** Endings of a name in the genitive ("s" of Dutch "Bidens"). */
  readonly genitiveEndings: ReadonlySet<string>;
}
const NO_REPAIR_WORDS: RepairWords = {
  purposeMarkers: new Set(),
  infinitiveMarker: '',
  agentPrepositions: new Set(),
  isListedPast: () => false,
  speakerPronouns: new Set(),
  thirdPersonPronouns: new Set(),
  genitiveEndings: new Set(),
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
  /** Each token's tag and lemma key (see key), read once: the repairs and the coder ask for them many times. */
  private readonly tags: string[];
  private readonly lemmaKeys: string[];

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
    this.tags = new Array<string>(n);
    this.lemmaKeys = new Array<string>(n);
    const tagOf = new Map<number, string>();
    const keyOf = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const tagId = doc.upos[i];
      let tag = tagOf.get(tagId);
      if (tag === undefined) tagOf.set(tagId, (tag = doc.strings.get(tagId)));
      this.tags[i] = tag;
      const lemmaId = doc.lemma[i];
      let key = keyOf.get(lemmaId);
      if (key === undefined) keyOf.set(lemmaId, (key = doc.strings.get(lemmaId).toLowerCase().replaceAll('_', '')));
      this.lemmaKeys[i] = key;
    }
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
    this.genitiveNames(grammar);
    this.secondSubjects(grammar);
    this.relativeClausesOnVerbs();
    this.prepositionsAsHeads();
    this.clausesSetOff();
    this.subjectsBeforeAuxiliaries();
    this.quotedClauses();
    this.verbSecondPrefields();
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
      const end = doc.sentenceEnd(s);
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
      const end = doc.sentenceEnd(s);
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
      const caseless = rel[c] === Rel.OBL && !this.hasChildWith(c, Rel.CASE, cc + 1, c);
      if (!NOMINAL_ARGUMENTS.has(rel[c]) && !caseless) continue;
      // The phrase before the conjunction: climb from its last word to the sibling of c.
      let left = cc - 1;
      for (let steps = 0; left >= 0 && head[left] !== head[c] && steps < 64; steps++) left = head[left];
      if (left < 0 || left >= cc || head[left] !== head[c] || !NOMINAL_ARGUMENTS.has(rel[left]) || !this.isNominalTag(left)) continue;
      head[c] = left;
      rel[c] = Rel.CONJ;
    }
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
   * form may make it the subject ("De Raad roep ik op …"), or the verb opens its clause after a comma or quote
   * ("'Wij gaan winnen', zei Macron", with the quote's subject hung on "zei"), or the word before the verb is no
   * full noun phrase (a bare noun, as "Bijgevolg stelde Griekenland …" with the adverb tagged a noun).
   */
  private secondSubjects(grammar: RepairWords): void {
    const { head, rel, length } = this;
    const before = new Int32Array(length).fill(-1);
    for (let i = 0; i < length; i++) if (rel[i] === Rel.NSUBJ && head[i] > i) before[head[i]] = i;
    for (let i = 0; i < length; i++) {
      const verb = head[i];
      if (rel[i] !== Rel.NSUBJ || verb < 0 || verb > i || before[verb] < 0 || this.upos(verb) !== 'VERB') continue;
      if (verb > 0 && this.upos(verb - 1) === 'PUNCT') continue;
      if (!this.isFullNounPhrase(before[verb])) continue;
      const key = this.key(i);
      if (!grammar.speakerPronouns.has(key) && !grammar.thirdPersonPronouns.has(key)) rel[i] = Rel.OBJ;
    }
  }

  /**
   * A name in the genitive ("Bidens", "Poetins") right before a bare noun owns that noun: when the parser made them
   * two arguments of one verb ("Bidens" the subject, "veiligheidsadviseur" the object of "vochten"), the name is the
   * noun's possessor and the noun takes the name's relation.
   */
  private genitiveNames(grammar: RepairWords): void {
    const { head, rel, length } = this;
    if (grammar.genitiveEndings.size === 0) return;
    for (let g = 0; g + 1 < length; g++) {
      const noun = g + 1;
      const verb = head[g];
      if (verb < 0 || head[noun] !== verb || this.upos(g) !== 'PROPN' || this.upos(noun) !== 'NOUN') continue;
      if (!NOMINAL_ARGUMENTS.has(rel[g]) || !NOMINAL_ARGUMENTS.has(rel[noun]) || !this.hasGenitiveEnding(g, grammar)) continue;
      if (this.hasChildWith(noun, Rel.DET, Math.max(0, g - 3), noun)) continue;
      rel[noun] = rel[g];
      head[g] = noun;
      rel[g] = Rel.NMOD_POSS;
    }
  }

  private hasGenitiveEnding(t: number, grammar: RepairWords): boolean {
    const form = this.form(t).toLowerCase();
    for (const ending of grammar.genitiveEndings) if (form.length > ending.length + 1 && form.endsWith(ending)) return true;
    return false;
  }

  /**
   * A relative clause modifies a nominal: one the parser hung on a verb ("De politie vraagt iedereen die iets heeft
   * gefilmd …" with "gefilmd" on "vraagt") belongs to the verb's nominal argument right before the clause.
   */
  private relativeClausesOnVerbs(): void {
    const { head, rel, length } = this;
    for (let c = 0; c < length; c++) {
      const verb = head[c];
      if (rel[c] !== Rel.ACL_RELCL || verb < 0 || this.upos(verb) !== 'VERB') continue;
      let first = c;
      while (first > 0 && this.dominates(c, first - 1)) first--;
      const nominal = first - 1;
      if (nominal < 0 || head[nominal] !== verb || !NOMINAL_ARGUMENTS.has(rel[nominal])) continue;
      if (!this.isNominalTag(nominal) && this.upos(nominal) !== 'PRON') continue;
      head[c] = nominal;
    }
  }

  /** A name, a pronoun, or a noun with a determiner of its own (before the coder's child lists exist). */
  private isFullNounPhrase(t: number): boolean {
    const tag = this.upos(t);
    return tag === 'PROPN' || tag === 'PRON' || this.hasChildWith(t, Rel.DET, Math.max(0, t - 6), t);
  }

  /**
   * A preposition heads no phrase: one labelled as a nominal dependent with a nominal of its own after it ("a meeting
   * with President Juan Carlos Varela" with "Juan" hung on "with") is that nominal's case marker, and the nominal
   * takes its place.
   */
  private prepositionsAsHeads(): void {
    const { head, rel, length, doc } = this;
    for (let p = 0; p < length; p++) {
      if (this.upos(p) !== 'ADP' || (rel[p] !== Rel.NMOD && rel[p] !== Rel.OBL)) continue;
      const s = doc.sentenceOf(p);
      const end = doc.sentenceEnd(s);
      let nominal = -1;
      for (let t = p + 1; t < end && nominal < 0; t++) if (head[t] === p && (this.isNominalTag(t) || this.upos(t) === 'PRON')) nominal = t;
      if (nominal < 0) continue;
      for (let t = doc.sentenceStarts[s]; t < end; t++) if (head[t] === p && t !== nominal) head[t] = nominal;
      head[nominal] = head[p];
      rel[nominal] = rel[p];
      head[p] = nominal;
      rel[p] = Rel.CASE;
    }
  }

  /**
   * A subject clause is not set off from its verb by a comma: "Addressing the UN General Assembly, Foreign Minister
   * Walid al-Moualem also called on …" with the opening clause as subject and the name as an apposition inside it
   * is an adverbial clause, and the nominal between the comma and the verb, the verb's subject.
   */
  private clausesSetOff(): void {
    const { head, rel, length, doc } = this;
    for (let g = 0; g < length; g++) {
      const verb = head[g];
      if (rel[g] !== Rel.CSUBJ || verb <= g) continue;
      const s = doc.sentenceOf(g);
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      if (this.hasChildWith(verb, Rel.NSUBJ, start, end)) continue;
      let comma = -1;
      for (let t = verb - 1; t > g && comma < 0; t--) if (doc.tokenText(t) === ',' && this.dominates(g, t)) comma = t;
      if (comma < 0) continue;
      // The one phrase between the comma and the verb (adverbs of the verb aside).
      let subject = -1;
      let phrases = 0;
      for (let t = comma + 1; t < verb; t++) {
        if (head[t] > comma && head[t] <= verb) continue;
        phrases++;
        subject = t;
      }
      if (phrases !== 1 || !(this.isNominalTag(subject) || this.upos(subject) === 'PRON') || !this.dominates(g, subject)) continue;
      head[subject] = verb;
      rel[subject] = Rel.NSUBJ;
      rel[g] = Rel.ADVCL;
    }
  }

  /**
   * An auxiliary follows its clause's subject: a nominal labelled the object of one verb whose phrase ends right
   * before the auxiliary of another verb that has no subject ("says his nation will never disarm" with "his nation"
   * the object of "says") is the subject of that other verb.
   */
  private subjectsBeforeAuxiliaries(): void {
    const { head, rel, length, doc } = this;
    for (let x = 0; x < length; x++) {
      const verb = head[x];
      if (rel[x] !== Rel.OBJ || verb < 0 || verb > x || !(this.isNominalTag(x) || this.upos(x) === 'PRON')) continue;
      // The first word after the object's phrase.
      let u = x + 1;
      while (u < length && this.dominates(x, u)) u++;
      if (u >= length || (rel[u] !== Rel.AUX && rel[u] !== Rel.AUX_PASS) || head[u] === verb || head[u] < u) continue;
      const other = head[u];
      const s = doc.sentenceOf(x);
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      if (doc.sentenceOf(u) !== s || this.hasChildWith(other, Rel.NSUBJ, start, end) || this.hasChildWith(other, Rel.NSUBJ_PASS, start, end)) continue;
      head[x] = other;
      rel[x] = this.hasChildWith(other, Rel.AUX_PASS, start, end) ? Rel.NSUBJ_PASS : Rel.NSUBJ;
    }
  }

  /**
   * A direct quote is a clause of its own: when the words of a quote with a single verb hang on a verb outside it
   * ("'Ze moeten zich … terugtrekken' vertelde hij" with "Ze", "moeten" and "zich" on "vertelde"), they are that
   * verb's, and the quoted verb is the complement of the one outside.
   */
  private quotedClauses(): void {
    const { length, doc } = this;
    let open = -1;
    for (let t = 0; t < length; t++) {
      if (doc.ends[t] - doc.starts[t] !== 1 || !QUOTE_MARKS.has(doc.text.charCodeAt(doc.starts[t]))) continue;
      if (open >= 0 && doc.sentenceOf(open) === doc.sentenceOf(t)) {
        this.quotedClause(open + 1, t);
        open = -1;
      } else open = t;
    }
  }

  /** The repair of quotedClauses for the quote of tokens [from, to). */
  private quotedClause(from: number, to: number): void {
    const { head, rel } = this;
    let verb = -1;
    for (let u = from; u < to; u++) {
      if (this.upos(u) !== 'VERB') continue;
      if (verb >= 0) return;
      verb = u;
    }
    if (verb < 0) return;
    // The words of the quote hung outside it, all on one verb.
    let outside = -1;
    let stray = 0;
    for (let u = from; u < to; u++) {
      const h = head[u];
      if (this.upos(u) === 'PUNCT' || u === verb || (h >= from && h < to)) continue;
      if (h < 0 || (outside >= 0 && h !== outside)) return;
      outside = h;
      stray++;
    }
    // Not when the verb outside hangs in the quote's own clause ("'…', zei hij" parsed with "zei" below the quote).
    if (stray < 2 || !this.isVerb(outside) || this.dominates(verb, outside)) return;
    head[verb] = outside;
    rel[verb] = Rel.CCOMP;
    for (let u = from; u < to; u++) if (u !== verb && this.upos(u) !== 'PUNCT' && head[u] === outside) head[u] = verb;
  }

  /**
   * A verb-second main clause has one phrase before its verb: with the subject after the verb, an object right after
   * the opening phrase ("In een interview met de Sunday Times krant beschuldigde Premier May …" with "krant" the
   * object) ends that phrase.
   */
  private verbSecondPrefields(): void {
    const { head, rel, length, doc } = this;
    for (let o = 1; o < length; o++) {
      const verb = head[o];
      if (rel[o] !== Rel.OBJ || verb <= o || rel[verb] !== Rel.ROOT || this.upos(verb) !== 'VERB' || !this.isNominalTag(o - 1)) continue;
      const s = doc.sentenceOf(o);
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      let subjectAfter = false;
      for (let t = verb + 1; t < end; t++) if (head[t] === verb && rel[t] === Rel.NSUBJ) subjectAfter = true;
      // The opening phrase: the verb's dependent whose words run up to the object.
      let opening = o - 1;
      for (let steps = 0; opening >= start && head[opening] !== verb && steps < 64; steps++) opening = head[opening];
      if (!subjectAfter || opening < start || opening >= o || head[opening] !== verb || rel[opening] === Rel.NSUBJ || this.hasPunctuation(opening, o)) continue;
      head[o] = o - 1;
      rel[o] = Rel.NMOD;
    }
  }

  /** Whether a punctuation mark stands between tokens from and to. */
  private hasPunctuation(from: number, to: number): boolean {
    for (let t = from + 1; t < to; t++) if (this.upos(t) === 'PUNCT') return true;
    return false;
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
    return this.lemmaKeys[i];
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
    return this.promoted[i] ? 'VERB' : this.tags[i];
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

  /** Whether j lies in the subtree of i (j == i included); climbs the heads, so the repairs may use it too. */
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
