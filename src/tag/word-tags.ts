/**
 * The set of UPOS tags each known word was seen with in training ("ambiguity class"), as a bit mask keyed by
 * the hash of the lower-cased form. Lets the tagger look ahead at what the next words can be.
 */
export class WordTags {
  constructor(private readonly masks: Map<number, number>) {}

  get size(): number {
    return this.masks.size;
  }

  /** Bit mask of the word's tags, 0 when the word is unknown. */
  tagsOf(lowerHash: number): number {
    return this.masks.get(lowerHash) ?? 0;
  }

  /**
   * Masks of words seen at least `minCount` times; `observations` yields (lowerHash, UPOS index < 32) per
   * training token. Tags below `minShare` of a word's uses are left out as noise.
   */
  static build(observations: Iterable<[number, number]>, minCount: number, minShare: number): WordTags {
    const counts = new Map<number, number[]>();
    for (const [word, tag] of observations) {
      let byTag = counts.get(word);
      if (!byTag) counts.set(word, (byTag = []));
      byTag[tag] = (byTag[tag] ?? 0) + 1;
    }
    const masks = new Map<number, number>();
    for (const word of [...counts.keys()].sort((a, b) => a - b)) {
      const byTag = counts.get(word)!;
      let total = 0;
      for (const count of byTag) total += count ?? 0;
      if (total < minCount) continue;
      let mask = 0;
      byTag.forEach((count, tag) => {
        if (count >= minShare * total) mask |= 1 << tag;
      });
      masks.set(word, mask >>> 0);
    }
    return new WordTags(masks);
  }

  /** The mask bit of `tag` when masks index the sorted distinct UPOS tags `uposTags` (0 when absent). */
  static bitOf(uposTags: Iterable<string>, tag: string): number {
    const index = [...new Set(uposTags)].sort().indexOf(tag);
    return index < 0 ? 0 : 1 << index;
  }

  toArrays(): { words: Uint32Array; masks: Uint32Array } {
    return { words: Uint32Array.from(this.masks.keys()), masks: Uint32Array.from(this.masks.values()) };
  }

  static fromArrays(words: Uint32Array, masks: Uint32Array): WordTags {
    if (words.length !== masks.length) throw new Error('WordTags: words and masks differ in length');
    const map = new Map<number, number>();
    for (let i = 0; i < words.length; i++) map.set(words[i], masks[i]);
    return new WordTags(map);
  }
}
