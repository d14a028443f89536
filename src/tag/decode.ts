import type { Doc } from '../doc/doc.js';
import { FeatureKeys } from '../learn/index.js';
import { contextFeatures, historyFeatures, MAX_TAG_FEATURES, PAD, SentenceHashes } from './features.js';
import type { TagDictionary } from './tag-dictionary.js';
import type { KindTags } from './kind-tags.js';
import type { WordTags } from './word-tags.js';
import type { WordClusters } from '../ner/clusters.js';

/**
 * Picks the tag class for token `token` from its features, among the `allowed` classes when given: a trained
 * model's predict at run time, a trainer's learn (with the gold class) during training.
 */
export type Choose = (keys: Uint32Array, n: number, token: number, allowed: Uint8Array | undefined) => number;

/** Reusable buffers for greedy left-to-right tagging with a tag dictionary and tag history. */
export class TagDecoder {
  private readonly hashes = new SentenceHashes();
  private readonly keys = new FeatureKeys(MAX_TAG_FEATURES);

  constructor(
    private readonly dictionary: TagDictionary,
    private readonly lexicon: WordTags,
    private readonly kinds: KindTags,
    /** Whether features look at the last word of each clause (see `Tagger.clauseEnds`). */
    private readonly clauseEnds: boolean,
    /** Word clusters learnt from unlabelled text (null: no cluster features). */
    private readonly clusters: WordClusters | null,
    /** The VERB bit of the lexicon's tag masks (0 when the tag set has no VERB). */
    private readonly verbBit: number,
  ) {}

  /** Tags tokens [start, end) of `doc` (one sentence), writing tag classes to `tags` (indexed by token). */
  tagSentence(doc: Doc, start: number, end: number, choose: Choose, tags: Int32Array): void {
    const h = this.hashes;
    const keys = this.keys;
    h.fill(doc, start, end, this.lexicon, this.clusters, this.verbBit);
    let prev = 0;
    let prev2 = 0;
    for (let i = start; i < end; i++) {
      const p = i - start + PAD;
      let tag = this.dictionary.lookup(h.lower[p]);
      // quotes typed as two marks (",,", "''") take the dictionary tag of the single mark
      if (tag < 0 && h.singleMark[p] !== 0) tag = this.dictionary.lookup(h.singleMark[p]);
      if (tag < 0) {
        contextFeatures(h, p, i - start, this.clauseEnds, keys);
        historyFeatures(prev, prev2, keys);
        tag = choose(keys.hashed(), keys.length, i, this.kinds.maskFor(h.kind[p]));
      }
      tags[i] = tag;
      prev2 = prev;
      prev = tag + 1;
    }
  }
}
