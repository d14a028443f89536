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

/** Most tokens looked at for `with` words. */
const PHRASE_LIMIT = 80;

export class TriggerMatcher {
  /** Entries of a lookup key split by part of speech; built on first use of the key. */
  private readonly verbEntries = new Map<string, readonly TriggerEntry[]>();
  private readonly nounEntries = new Map<string, readonly TriggerEntry[]>();
  /** The `with` words of each entry that has them, as lookup keys. */
  private readonly withWords = new Map<TriggerEntry, readonly string[]>();

  constructor(
    lexicon: TriggerLexicon,
    private readonly data: CoderLanguage,
  ) {
    for (const [key, entries] of lexicon.byKey) {
      const verbs = entries.filter((e) => e.pos === 'verb');
      const nouns = entries.filter((e) => e.pos === 'noun');
      if (verbs.length > 0) this.verbEntries.set(key, verbs);
      if (nouns.length > 0) this.nounEntries.set(key, nouns);
    }
    for (const entry of lexicon.entries) if (entry.with.length > 0) this.withWords.set(entry, entry.with.map((w) => w.replaceAll('_', '')));
  }

  /** The entry token i realises, or undefined. */
  match(view: ParseView, i: number, inContext: (entry: TriggerEntry) => boolean): TriggerEntry | undefined {
    const tag = view.upos(i);
    let candidates: readonly TriggerEntry[] | undefined;
    if (tag === 'VERB') {
      const particle = view.child(i, Rel.PRT);
      candidates = particle >= 0 && view.upos(particle) !== 'VERB' ? this.verbEntries.get(view.key(particle) + view.key(i)) : undefined;
      candidates ??= this.verbEntries.get(view.key(i));
    } else if (tag === 'NOUN') {
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
      if (entry.prep !== '' && !hasPreposition(view, i, entry.prep)) continue;
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

  /** A child that belongs to the phrase: not an adverbial, relative or side clause, unless a that-clause. */
  private isComplementOrPhrase(view: ParseView, c: number): boolean {
    const rel = view.rel[c];
    if (rel !== Rel.ADVCL && rel !== Rel.ACL && rel !== Rel.ACL_RELCL && rel !== Rel.PARATAXIS) return true;
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
      }
    }
    const rel = view.rel[i];
    const head = view.head[i];
    if (head >= 0 && (rel === Rel.XCOMP || rel === Rel.CCOMP) && view.child(i, Rel.NSUBJ) < 0) {
      for (let k = view.childStart[head]; k < view.childStart[head + 1]; k++) {
        const c = view.childList[k];
        const r = view.rel[c];
        if (r === Rel.OBJ || r === Rel.OBL || r === Rel.NSUBJ) add(c);
      }
    }
    return words;
  }
}

/**
 * Whether the trigger has the preposition or particle `prep`: a particle or adverb child ("call for", "dreigt met"
 * as an adverb), the case marker of one of its prepositional complements, or the marker of an infinitive clause.
 */
export function hasPreposition(view: ParseView, i: number, prep: string): boolean {
  for (let k = view.childStart[i]; k < view.childStart[i + 1]; k++) {
    const c = view.childList[k];
    const rel = view.rel[c];
    if ((rel === Rel.PRT || rel === Rel.ADVMOD || rel === Rel.MARK || rel === Rel.CASE) && view.key(c) === prep) return true;
    if ((rel === Rel.OBL || rel === Rel.NMOD || rel === Rel.OBL_AGENT) && view.caseOf(c) === prep) return true;
    // "vraagt … om zich te melden": the preposition marks an infinitive clause.
    if (rel === Rel.XCOMP || rel === Rel.ADVCL || rel === Rel.CCOMP) {
      const mark = view.child(c, Rel.MARK);
      if ((mark >= 0 && view.key(mark) === prep) || view.caseOf(c) === prep) return true;
    }
  }
  return false;
}
