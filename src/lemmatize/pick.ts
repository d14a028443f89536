import { argmax } from '../learn/index.js';
import type { LemmaClass } from './lemma-class.js';

/**
 * Tries at most this many classes, best score first, before giving up on the classifier. Classes that do not
 * fit a form are never corrected in training, so they can outscore the right one: the search must go deep.
 */
const MAX_TRIES = 48;

/**
 * The best-scoring lemma class that fits the form; returns the class index (-1 when none of the top classes
 * fits) and leaves its lemma in `lemma`.
 */
export class ClassPicker {
  lemma = '';
  private readonly order = new Int32Array(MAX_TRIES);
  private readonly top = new Float32Array(MAX_TRIES);

  constructor(private readonly classes: readonly LemmaClass[]) {}

  pick(scores: Float32Array, form: string, lower: string): number {
    // the best class usually fits: try it before ranking the rest
    if (this.classes.length === 0) return -1;
    const best = argmax(scores, this.classes.length);
    const lemma = this.classes[best].apply(form, lower);
    if (lemma !== null && lemma !== '') {
      this.lemma = lemma;
      return best;
    }
    const count = this.rank(scores);
    for (let k = 0; k < count; k++) {
      const c = this.order[k];
      const lemma = this.classes[c].apply(form, lower);
      if (lemma !== null && lemma !== '') {
        this.lemma = lemma;
        return c;
      }
    }
    return -1;
  }

  /** Fills `order` with the indices of the highest scores, best first (one pass, insertion into a short list). */
  private rank(scores: Float32Array): number {
    const { order, top } = this;
    let count = 0;
    for (let c = 0; c < scores.length; c++) {
      const s = scores[c];
      if (count === MAX_TRIES && s <= top[count - 1]) continue;
      let k = count < MAX_TRIES ? count++ : count - 1;
      while (k > 0 && top[k - 1] < s) {
        top[k] = top[k - 1];
        order[k] = order[k - 1];
        k--;
      }
      top[k] = s;
      order[k] = c;
    }
    return count;
  }
}

