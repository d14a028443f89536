/** Lemmas of non-verbal words in the UD Dutch style: positive degree, cardinal for ordinals, lexical exceptions. */
import type { ClosedClass } from './lexicon.js';

export class WordLemmatizer {
  constructor(
    private readonly lex: ClosedClass,
    /** Adjective/adverb base forms attested in the corpora. */
    private readonly adjectiveBases: Set<string>,
    /** Forms attested as lemmas in their own right (so "lekker" is not lek + -er). */
    private readonly lemmaForms: Set<string>,
  ) {}

  /** The exception-table lemma of a form ("ten" -> "te"), if any. */
  exception(form: string): string | undefined {
    return this.lex.lemmaExceptions.get(form.toLowerCase());
  }

  /** Exception table first, then ordinal -> cardinal, then comparative -> positive. */
  lemma(form: string, root: string): string {
    const lower = form.toLowerCase();
    const exception = this.lex.lemmaExceptions.get(lower) ?? this.lex.lemmaExceptions.get(root);
    if (exception) return exception;
    return this.cardinalOf(lower) ?? this.positive(root) ?? root;
  }

  /**
   * `lemma` as UD Dutch writes it for a word tagged `upos`: only adjectives and numerals go to a cardinal; an
   * adverb keeps its own form ("eerst" ADV, not "één").
   */
  forTag(form: string, upos: string, lemma: string): string {
    const lower = form.toLowerCase();
    return upos === 'ADV' && lemma !== lower && this.lex.cardinals.has(lemma) ? lower : lemma;
  }

  /** "vierde" -> "vier", "achtste" -> "acht", "twintigste" -> "twintig". */
  private cardinalOf(form: string): string | null {
    for (const suffix of ['ste', 'de']) {
      if (!form.endsWith(suffix)) continue;
      const base = form.slice(0, -suffix.length);
      if (this.lex.cardinals.has(base)) return base;
    }
    return null;
  }

  /** "groter" -> "groot", "dikker" -> "dik", "duurder" -> "duur", "braver" -> "braaf", "voornaamst" -> "voornaam". */
  private positive(root: string): string | null {
    if (this.lemmaForms.has(root)) return null;
    if (root.endsWith('st') && this.adjectiveBases.has(root.slice(0, -2)) && root.length > 5) return root.slice(0, -2);
    if (!root.endsWith('er')) return null;
    const stem = root.slice(0, -2);
    const candidates = [stem];
    if (/(.)\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    const open = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(stem);
    if (open) {
      const [, pre, v, c] = open;
      const devoiced = c === 'v' ? 'f' : c === 'z' ? 's' : c;
      candidates.push(pre + v + v + devoiced);
    }
    if (stem.endsWith('rd')) candidates.push(stem.slice(0, -1));
    return candidates.find((c) => c.length >= 2 && this.adjectiveBases.has(c)) ?? null;
  }
}

/** A name's genitive with an apostrophe ("Morgan's", "Rabo's") has the bare name as lemma, as in UD Dutch. */
export function withoutGenitive(form: string, lemma: string): string {
  const bare = /^(.*\p{L})'s$/u.exec(form);
  return bare && lemma === form ? bare[1] : lemma;
}
