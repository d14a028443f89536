/**
 * Trigger matching: which dictionary entry, if any, a token of the parse realises. Verbs are looked up by lemma
 * with a separable particle joined in front ("valt … aan" → "aanvallen"); nouns by lemma, then by the last part of
 * a compound ("vredes_overleg" → "overleg"). Of the entries of a key, the first (most specific) whose conditions
 * hold is taken: its preposition or phrasal particle, its reflexive pronoun, one of its `with` words in its
 * phrase. Its negative contexts then decide whether the token is an event at all.
 */
import type { TriggerEntry, TriggerLexicon } from '../triggers.js';
import type { CoderLanguage } from './language.js';
import { Rel, type ParseView } from './parse-view.js';
import { verbFormsFor, type VerbForms } from './verb-forms.js';

/** Most tokens looked at for `with` words. */
const PHRASE_LIMIT = 80;

export class TriggerMatcher {
  /** Entries of a lookup key split by part of speech; built on first use of the key. */
  private readonly verbEntries = new Map<string, readonly TriggerEntry[]>();
  /** Verb entries written with a separable particle ("aan|vallen"): only they match a particle joined in front. */
  private readonly separableEntries = new Map<string, readonly TriggerEntry[]>();
  private readonly nounEntries = new Map<string, readonly TriggerEntry[]>();
  /** The `with` words of each entry that has them, as lookup keys. */
  private readonly withWords = new Map<TriggerEntry, readonly string[]>();
  private readonly forms: VerbForms;

  constructor(
    lexicon: TriggerLexicon,
    private readonly data: CoderLanguage,
  ) {
    for (const [key, entries] of lexicon.byKey) {
      const verbs = entries.filter((e) => e.pos === 'verb');
      const nouns = entries.filter((e) => e.pos === 'noun');
      if (verbs.length > 0) this.verbEntries.set(key, verbs);
      // English "took over" is no "overtake": a joined particle needs an entry marked separable.
      const separable = verbs.filter((e) => e.particle !== '');
      if (separable.length > 0) this.separableEntries.set(key, separable);
      if (nouns.length > 0) this.nounEntries.set(key, nouns);
    }
    this.forms = verbFormsFor(data.language);
    for (const entry of lexicon.entries) if (entry.with.length > 0) this.withWords.set(entry, entry.with.map((w) => w.replaceAll('_', '')));
  }

  /** The entry token i realises, or undefined. */
  match(view: ParseView, i: number, inContext: (entry: TriggerEntry) => boolean): TriggerEntry | undefined {
    const tag = view.upos(i);
    let candidates: readonly TriggerEntry[] | undefined;
    if (tag === 'VERB') {
      const particle = view.child(i, Rel.PRT);
      let prefix = particle >= 0 && view.upos(particle) !== 'VERB' && this.particlePlace(view, particle, i) ? view.key(particle) : '';
      // "riep de VS op de beloften na te komen": the particle closes the middle field right before the infinitive
      // clause, and the parser took it for a preposition opening that clause.
      const stranded = particle < 0 ? this.strandedParticle(view, i) : -1;
      if (stranded >= 0 && this.separableEntries.has(view.key(stranded) + view.key(i))) prefix = view.key(stranded);
      candidates = this.verbsOf(prefix, view.key(i));
      // A past form the lemmatizer did not resolve ("veroordeelden", "beklonken"): the lemmas its form may have; not
      // for an infinitive it did resolve with its particle ("uit te voeren" as "uitvoeren", not a past of "varen").
      if (candidates === undefined) {
        const key = view.key(i);
        const form = view.form(i);
        if (key === form || !key.endsWith(form)) for (const lemma of this.forms.lemmas(form)) candidates ??= this.verbsOf(prefix, lemma);
      }
    } else if (tag === 'NOUN' || view.fixedNominal(i) >= 0) {
      candidates = this.nounEntries.get(view.key(i));
      if (candidates === undefined) {
        const head = view.compoundHead(i);
        if (head !== '') candidates = this.nounEntries.get(head);
      }
    }
    if (candidates === undefined) return undefined;
    // The words of the trigger's phrase, gathered once for all the entries that need one of theirs.
    let phrase: ReadonlySet<string> | undefined;
    for (const entry of candidates) {
      if (entry.prep !== '' && !hasPreposition(view, i, entry.prep, this.data)) continue;
      if (entry.reflexive && !this.hasReflexive(view, i)) continue;
      const words = this.withWords.get(entry);
      if (words !== undefined) {
        phrase ??= this.phraseWords(view, i);
        if (!words.some((w) => phrase!.has(w))) continue;
      }
      return inContext(entry) ? entry : undefined;
    }
    return undefined;
  }

  /**
   * A separable particle stands after its verb, or right before it (with the infinitive marker between: "op te
   * roepen"); a word further in front ("Op vrijdag riepen …") is a preposition the parser took for one.
   */
  private particlePlace(view: ParseView, particle: number, verb: number): boolean {
    if (particle > verb || particle === verb - 1) return true;
    return particle === verb - 2 && view.key(verb - 1) === this.data.infinitiveMarker;
  }

  /** The preposition that opens an infinitive clause of verb i after it, or -1. */
  private strandedParticle(view: ParseView, i: number): number {
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      const rel = view.rel[c];
      if (c < i || (rel !== Rel.XCOMP && rel !== Rel.ADVCL && rel !== Rel.CCOMP)) continue;
      const mark = view.child(c, Rel.MARK);
      if (mark < 0 || view.key(mark) !== this.data.infinitiveMarker) continue;
      const first = view.extent(c)[0];
      if (first > i && view.upos(first) === 'ADP' && view.rel[first] === Rel.CASE) return first;
    }
    return -1;
  }

  /** The entries of a verb lemma, with its separable particle joined in front when it has one. */
  private verbsOf(particle: string, lemma: string): readonly TriggerEntry[] | undefined {
    return (particle !== '' ? this.separableEntries.get(particle + lemma) : undefined) ?? this.verbEntries.get(lemma);
  }

  /** A child that belongs to the phrase: not an adverbial, relative or side clause, unless a that-clause. */
  private isComplementOrPhrase(view: ParseView, c: number): boolean {
    const rel = view.rel[c];
    if (rel !== Rel.ADVCL && rel !== Rel.ACL && rel !== Rel.ACL_RELCL && rel !== Rel.PARATAXIS) return true;
    // A lone word labelled as a clause ("samen" in "gingen samen ontbijten", "called X \"hysterical\"" with its quote
    // marks) is a word of the phrase.
    if (!view.isVerb(c) && onlyPunctuationBelow(view, c)) return true;
    const mark = view.child(c, Rel.MARK);
    return rel === Rel.ADVCL && mark >= 0 && this.data.complementizers.has(view.key(mark));
  }

  private hasReflexive(view: ParseView, i: number): boolean {
    for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
      const c = view.childList[k];
      if (view.upos(c) === 'PRON' && this.data.reflexives.has(view.key(c))) return true;
    }
    return false;
  }

  /**
   * The lemma keys (and compound heads) of the trigger's phrase: its subtree, and for an infinitive without a subject
   * of its own ("door het vliegdekschip … te laten varen") the nominal arguments of the verb it depends on.
   */
  private phraseWords(view: ParseView, i: number): ReadonlySet<string> {
    const words = new Set<string>();
    const add = (t: number): void => {
      words.add(view.key(t));
      const head = view.compoundHead(t);
      if (head !== '') words.add(head);
    };
    const stack = [i];
    let seen = 0;
    while (stack.length > 0 && seen < PHRASE_LIMIT) {
      const t = stack.pop()!;
      seen++;
      if (t !== i) add(t);
      for (let k = view.childStart[t]; k < view.childStart[t + 1]; k++) {
        const c = view.childList[k];
        if (this.isComplementOrPhrase(view, c)) stack.push(c);
        // Of a side clause only its conjunction: "waarschuwt dat er geen hulp komt totdat …" is conditional.
        else if (t !== i && view.rel[c] === Rel.ADVCL && view.child(c, Rel.MARK) >= 0) add(view.child(c, Rel.MARK));
      }
    }
    const rel = view.rel[i];
    const head = view.head[i];
    if (head >= 0 && (rel === Rel.XCOMP || rel === Rel.CCOMP) && view.child(i, Rel.NSUBJ) < 0) {
      const start = view.extent(i)[0];
      for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
        const c = view.childList[k];
        const r = view.rel[c];
        // "gingen … samen ontbijten" with the adverb hung on the governing verb: right before the infinitive's
        // phrase, it belongs to it.
        if (view.upos(c) === 'ADV' && c === start - 1 && c > head) add(c);
        if (r !== Rel.OBJ && r !== Rel.OBL && r !== Rel.NSUBJ) continue;
        // The whole nominal: "de hoofden van diplomatieke missies … terug te roepen".
        const nominal = [c];
        while (nominal.length > 0 && seen < PHRASE_LIMIT) {
          const t = nominal.pop()!;
          seen++;
          add(t);
          for (let m = view.childStart[t]; m < view.childStart[t + 1]; m++) if (!view.isVerb(view.childList[m])) nominal.push(view.childList[m]);
        }
      }
    }
    return words;
  }
}

/** Whether token c has no dependents but punctuation. */
function onlyPunctuationBelow(view: ParseView, c: number): boolean {
  for (let k = view.childStart[c]; k < view.childStart[c + 1]; k++) if (view.upos(view.childList[k]) !== 'PUNCT') return false;
  return true;
}

/**
 * Whether the trigger has the preposition or particle `prep`: a particle or adverb child ("call for", "dreigt met"
 * as an adverb), a pronominal adverb of it (a pronominal prefix of the language and the preposition: "waarop …
 * aandringen", "ertegen protesteren"), the case marker of one of its prepositional complements, or the marker of an
 * infinitive clause.
 */
export function hasPreposition(view: ParseView, i: number, prep: string, data: CoderLanguage): boolean {
  for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
    const c = view.childList[k];
    const rel = view.rel[c];
    if ((rel === Rel.PRT || rel === Rel.ADVMOD || rel === Rel.MARK || rel === Rel.CASE) && view.key(c) === prep) return true;
    if ((rel === Rel.ADVMOD || rel === Rel.OBL) && isPronominalAdverb(view.key(c), prep, data)) return true;
    // An object with a preposition is a prepositional complement the parser mislabelled ("spoke with Pompeo").
    if ((rel === Rel.OBL || rel === Rel.NMOD || rel === Rel.OBL_AGENT || rel === Rel.OBJ) && view.caseOf(c) === prep) return true;
    // "vraagt … om zich te melden": the preposition marks an infinitive clause, also one the parser hung a clause
    // lower ("vraagt iedereen die … heeft gefilmd van wat er is gebeurd om zich te melden").
    if (rel === Rel.XCOMP || rel === Rel.ADVCL || rel === Rel.CCOMP) {
      const mark = view.child(c, Rel.MARK);
      if ((mark >= 0 && view.key(mark) === prep) || view.caseOf(c) === prep || (addressed(view, i) && markedClauseBelow(view, c, prep, data))) return true;
    }
    // "vraagt de inwoners om zich te melden" with the infinitive clause hung on the object, or lower in its
    // relative clause ("vraagt iedereen die iets heeft gefilmd om zich te melden").
    if (rel === Rel.OBJ && markedClauseInside(view, c, prep, 0)) return true;
    if ((rel === Rel.OBJ || rel === Rel.OBL_AGENT) && complementInObject(view, c, prep) >= 0) return true;
  }
  return false;
}

/**
 * A prepositional phrase with `prep` that the parser hung on the verb's object rather than on the verb ("received
 * money from X", "celebrated Eid at Y with X"): the head of the first such phrase within two levels, or -1.
 */
export function complementInObject(view: ParseView, object: number, prep: string): number {
  for (let k = view.childStart[object]; k < view.childStart[object + 1]; k++) {
    const c = view.childList[k];
    if (view.rel[c] !== Rel.NMOD) continue;
    if (view.caseOf(c) === prep) return c;
    for (let j = view.childStart[c]; j < view.childStart[c + 1]; j++) {
      const d = view.childList[j];
      if (view.rel[d] === Rel.NMOD && view.caseOf(d) === prep) return d;
    }
  }
  return -1;
}

/** "waarop", "daartegen": a pronominal prefix and the preposition; not an adverb of its own ("waarom" = why). */
function isPronominalAdverb(key: string, prep: string, data: CoderLanguage): boolean {
  if (key.length <= prep.length || !key.endsWith(prep) || data.lexicalAdverbs.has(key)) return false;
  return data.pronominalPrefixes.has(key.slice(0, key.length - prep.length));
}

/** Whether verb i has a nominal core argument after it: the one asked in "vraagt iedereen … om …". */
function addressed(view: ParseView, i: number): boolean {
  for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
    const c = view.childList[k];
    const rel = view.rel[c];
    if (c > i && (rel === Rel.OBJ || rel === Rel.IOBJ || rel === Rel.NSUBJ)) return true;
  }
  return false;
}

/** How deep into an object's clauses an infinitive clause marked by the trigger's preposition is looked for. */
const OBJECT_CLAUSE_DEPTH = 3;

/** An infinitive clause without a subject of its own marked by `prep`, in the clauses below the object o. */
function markedClauseInside(view: ParseView, o: number, prep: string, depth: number): boolean {
  for (let k = view.childStart[o]; k < view.childStart[o + 1]; k++) {
    const d = view.childList[k];
    const rel = view.rel[d];
    if (rel !== Rel.ACL && rel !== Rel.ACL_RELCL && rel !== Rel.ADVCL && rel !== Rel.XCOMP && rel !== Rel.CCOMP) continue;
    const mark = view.child(d, Rel.MARK);
    if (rel !== Rel.ACL_RELCL && mark >= 0 && view.key(mark) === prep && view.child(d, Rel.NSUBJ) < 0) return true;
    if (depth + 1 < OBJECT_CLAUSE_DEPTH && markedClauseInside(view, d, prep, depth + 1)) return true;
  }
  return false;
}

/** How deep below a complement clause an infinitive clause marked by the trigger's preposition is looked for. */
const CLAUSE_BELOW_DEPTH = 3;

/**
 * An infinitive clause without a subject of its own under clause c, marked by `prep` ("om zich te melden"), also
 * one the parser hung on a word further down ("vraagt iedereen die iets heeft gefilmd van wat er is gebeurd om …"),
 * but not inside a that-clause or another clause with its own subject, which says something rather than asks it
 * ("told X that Y tried to …").
 */
function markedClauseBelow(view: ParseView, c: number, prep: string, data: CoderLanguage, depth = 1): boolean {
  const opener = view.child(c, Rel.MARK);
  if (opener >= 0 && data.complementizers.has(view.key(opener))) return false;
  // Nor inside a clause with a subject of its own, unless a relative pronoun ("told X he had been diving when …").
  const subject = view.child(c, Rel.NSUBJ);
  if (subject >= 0 && !data.relativePronouns.has(view.key(subject))) return false;
  for (let k = view.childStart[c]; k < view.childStart[c + 1]; k++) {
    const d = view.childList[k];
    const rel = view.rel[d];
    const mark = view.child(d, Rel.MARK);
    if ((rel === Rel.ADVCL || rel === Rel.XCOMP) && mark >= 0 && view.key(mark) === prep && view.child(d, Rel.NSUBJ) < 0) return true;
    if (depth < CLAUSE_BELOW_DEPTH && markedClauseBelow(view, d, prep, data, depth + 1)) return true;
  }
  return false;
}
