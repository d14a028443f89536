/**
 * Frequent words that (almost) always carry the same tag: they are tagged by lookup, skipping the classifier.
 * Keyed by the hash of the lower-cased form; the value is the tag class.
 */
export class TagDictionary {
  constructor(private readonly entries: Map<number, number>) {}

  get size(): number {
    return this.entries.size;
  }

  /** Tag class of the word with lower-case hash `lowerHash`, or -1. */
  lookup(lowerHash: number): number {
    return this.entries.get(lowerHash) ?? -1;
  }

  /**
   * Words seen at least `minCount` times whose most frequent tag covers at least `minShare` of their uses.
   * `observations` yields (lowerHash, tag class) once per training token.
   */
  static build(observations: Iterable<[number, number]>, minCount: number, minShare: number): TagDictionary {
    const counts = new Map<number, Map<number, number>>();
    for (const [word, tag] of observations) {
      let byTag = counts.get(word);
      if (!byTag) counts.set(word, (byTag = new Map()));
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    }
    const entries = new Map<number, number>();
    const words = [...counts.keys()].sort((a, b) => a - b);
    for (const word of words) {
      const byTag = counts.get(word)!;
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (const [tag, count] of byTag) {
        total += count;
        if (count > bestCount || (count === bestCount && tag < best)) {
          best = tag;
          bestCount = count;
        }
      }
      if (total >= minCount && bestCount >= minShare * total) entries.set(word, best);
    }
    return new TagDictionary(entries);
  }

  toArrays(): { words: Uint32Array; tags: Uint32Array } {
    const words = Uint32Array.from(this.entries.keys());
    const tags = Uint32Array.from(this.entries.values());
    return { words, tags };
  }

  static fromArrays(words: Uint32Array, tags: Uint32Array): TagDictionary {
    if (words.length !== tags.length) throw new Error('TagDictionary: words and tags differ in length');
    const entries = new Map<number, number>();
    for (let i = 0; i < words.length; i++) entries.set(words[i], tags[i]);
    return new TagDictionary(entries);
  }
}
