import type { LemmaClass } from './lemma-class.js';

/** Tries classes at most this often, best score first, before giving up on the classifier. */
const MAX_TRIES = 8;

/**
 * The best-scoring lemma class that fits the form. Overwrites `scores` of classes that do not fit;
 * returns the class index (-1 when none of the top classes fits) and leaves its lemma in `lemma`.
 */
export class ClassPicker {
  lemma = '';

  constructor(private readonly classes: readonly LemmaClass[]) {}

  pick(scores: Float32Array, form: string, lower: string): number {
    const n = this.classes.length;
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      let best = -1;
      let bestScore = -Infinity;
      for (let c = 0; c < n; c++) {
        if (scores[c] > bestScore) {
          bestScore = scores[c];
          best = c;
        }
      }
      if (best < 0) return -1;
      const lemma = this.classes[best].apply(form, lower);
      if (lemma !== null && lemma !== '') {
        this.lemma = lemma;
        return best;
      }
      scores[best] = -Infinity;
    }
    return -1;
  }
}
