import { finish, hashLower, hashSlice, mix } from '../learn/index.js';

/**
 * Lemmas of words seen in training, keyed by a hash of the form (as written, or lower-cased) combined with a
 * tag hash (UPOS, or UPOS and XPOS): the lemmatizer's first choice, before the classifier.
 */
export class LemmaLexicon {
  constructor(private readonly entries: Map<number, string>) {}

  get size(): number {
    return this.entries.size;
  }

  /** Key of the exact form with a tag hash. */
  static exactKey(text: string, start: number, end: number, tagHash: number): number {
    return finish(mix(mix(hashSlice(text, start, end), tagHash), 1));
  }

  /** Key of the lower-cased form with a tag hash. */
  static lowerKey(text: string, start: number, end: number, tagHash: number): number {
    return finish(mix(mix(hashLower(text, start, end), tagHash), 2));
  }

  lookup(key: number): string | undefined {
    return this.entries.get(key);
  }

  /** The most frequent lemma of each key (the first seen on ties); `observations` yields (key, lemma) per token. */
  static build(observations: Iterable<[number, string]>): LemmaLexicon {
    const counts = new Map<number, Map<string, number>>();
    for (const [key, lemma] of observations) {
      let byLemma = counts.get(key);
      if (!byLemma) counts.set(key, (byLemma = new Map()));
      byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + 1);
    }
    const entries = new Map<number, string>();
    for (const key of [...counts.keys()].sort((a, b) => a - b)) {
      let best = '';
      let bestCount = 0;
      for (const [lemma, count] of counts.get(key)!) {
        if (count > bestCount) {
          best = lemma;
          bestCount = count;
        }
      }
      entries.set(key, best);
    }
    return new LemmaLexicon(entries);
  }

  toArrays(): { keys: Uint32Array; lemmas: string[] } {
    return { keys: Uint32Array.from(this.entries.keys()), lemmas: [...this.entries.values()] };
  }

  static fromArrays(keys: Uint32Array, lemmas: string[]): LemmaLexicon {
    if (keys.length !== lemmas.length) throw new Error('LemmaLexicon: keys and lemmas differ in length');
    const entries = new Map<number, string>();
    for (let i = 0; i < keys.length; i++) entries.set(keys[i], lemmas[i]);
    return new LemmaLexicon(entries);
  }
}
