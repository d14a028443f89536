/**
 * Compound noun lemmas in the UD Dutch style ("basisniveau" -> "basis_niveau", "ontwikkelingslanden" ->
 * "ontwikkeling_land"): split a noun lemma into known parts, dropping linking -s-/-en- and lemmatising parts.
 */

export interface NounVocabulary {
  /** Noun lemmas seen in the corpora (lower case), with how often they were seen. */
  lemmas: Map<string, number>;
  /** Inflected forms that may stand as a non-final part, to their lemma ("landen" -> "land"). */
  forms: Map<string, string>;
}

const LINKS = ['s', '-', ''];

export class NounLemmatizer {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly vocab: NounVocabulary,
    /** Words that never start a compound here (prepositions/particles: "aantal", "voorbeeld" stay whole). */
    private readonly notModifiers: Set<string>,
    /** Suffix-like endings that are not compound heads ("priesterschap", "spreekster"). */
    private readonly notHeads: Set<string>,
    private readonly minHead = 4,
    private readonly minModifier = 3,
    /** Nouns seen this often are taken as lexicalised and kept whole ("landbouw", "hoofdstad"). */
    private readonly lexicalisedCount = 4,
    /** Diminutives seen this often are words of their own ("meisje", "beetje"); others have their base as lemma. */
    private readonly lexicalisedDiminutiveCount = 10,
  ) {}

  private known(part: string, min: number): boolean {
    return part.length >= min && this.vocab.lemmas.has(part);
  }

  /** The lemma seen elsewhere for an inflected noun form ("rijders" -> "rijder"), if any. */
  singular(form: string): string | undefined {
    return this.vocab.forms.get(form);
  }

  /** The UD lemma of a noun whose simple (unsplit) lemma is `root`. */
  lemma(root: string): string {
    const hit = this.cache.get(root);
    if (hit !== undefined) return hit;
    const base = this.diminutiveBase(root);
    if (base !== null) {
      const result = this.lemma(base);
      this.cache.set(root, result);
      return result;
    }
    const lexicalised = (this.vocab.lemmas.get(root) ?? 0) >= this.lexicalisedCount;
    const result = root.includes('-') || lexicalised ? root : this.split(root) ?? root;
    this.cache.set(root, result);
    return result;
  }

  /**
   * The known noun a diminutive is made from, as UD Dutch lemmatises diminutives ("stukje" -> "stuk", "mannetje" ->
   * "man", "glaasje" -> "glas", "boompje" -> "boom"), or null.
   */
  private diminutiveBase(word: string): string | null {
    if (!word.endsWith('je') || (this.vocab.lemmas.get(word) ?? 0) >= this.lexicalisedDiminutiveCount) return null;
    for (const suffix of ['etje', 'tje', 'pje', 'je']) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      const candidates = [stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/([aeou])\1([^aeiou])$/, '$1$2')];
      const known = candidates.find((c) => c.length >= 2 && this.vocab.lemmas.has(c));
      if (known !== undefined) return known;
    }
    return null;
  }

  /** Splits `word` into parts joined by "_", or null when it is not a compound of known parts. */
  private split(word: string): string | null {
    // longest known head first: the head carries the compound's meaning and its lemma
    for (let cut = this.minModifier; cut <= word.length - this.minHead; cut++) {
      const head = word.slice(cut);
      if (!this.known(head, this.minHead) || this.notHeads.has(head)) continue;
      const modifier = this.modifier(word.slice(0, cut));
      if (modifier) return `${modifier}_${this.split(head) ?? head}`;
    }
    return null;
  }

  /** A non-final part, possibly with a linking element, as its lemma (possibly itself split). */
  private modifier(part: string): string | null {
    for (const link of LINKS) {
      if (link && !part.endsWith(link)) continue;
      const stem = part.slice(0, part.length - link.length);
      if (stem.length < this.minModifier || this.notModifiers.has(stem)) continue;
      if (this.known(stem, this.minModifier)) return this.split(stem) ?? stem;
      const lemma = this.vocab.forms.get(stem);
      if (lemma && this.known(lemma, this.minModifier)) return this.split(lemma) ?? lemma;
      const inner = this.split(stem);
      if (inner) return inner;
    }
    return null;
  }
}
