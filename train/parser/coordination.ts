import type { ConlluSentence } from '../../src/io/conllu.js';

/**
 * UD v2 attaches a coordinating conjunction, and punctuation separating conjuncts, to the conjunct that follows
 * it; UD v1 attached them to the first conjunct. The converted Dutch training treebanks
 * (train/build/treebanks, as of this writing) still follow v1 here, while the UD v2 dev and test data follow v2,
 * which costs the parser 2-3 LAS points. This moves each such word under the next conjunct of its head. Words
 * already attached the v2 way are left alone, so it is a no-op once the conversion does it.
 * Returns how many words moved.
 */
export function attachToNextConjunct(sentences: ConlluSentence[]): number {
  let moved = 0;
  for (const sentence of sentences) {
    const words = sentence.words;
    for (const word of words) {
      if (word.deprel !== 'cc' && word.deprel !== 'punct') continue;
      if (word.head <= 0 || word.head > word.id) continue;
      const next = words.find((w) => w.head === word.head && w.deprel === 'conj' && w.id > word.id);
      if (!next) continue;
      word.head = next.id;
      moved++;
    }
  }
  return moved;
}
