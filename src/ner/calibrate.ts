import type { NerScores } from './evaluate.js';
import type { EntityRecognizer } from './recognizer.js';

/** Offsets tried for each entity type, in perceptron weight units (one update moves a weight by 1). */
const STEPS = [-6, -4, -2, 2, 4];
/** An offset is kept only when it raises the mean dev F1 by more than this (percentage points). */
const MIN_GAIN = 0.1;

/**
 * Tunes one score offset per entity type on the dev sets (added to the scores of that type's B/I/L/U classes), as the
 * epoch is chosen on them: a perceptron may lean to one type for unknown capitalised words (the Dutch model to PER,
 * where CoNLL-2002 has many one-word company names). One pass of coordinate ascent over the types; sets the offsets
 * on `recognizer` and returns its dev scores with them.
 */
export function calibrateTypes(
  recognizer: EntityRecognizer,
  score: (recognizer: EntityRecognizer) => NerScores[],
): NerScores[] {
  const labels = recognizer.labels;
  const meanF1 = (scores: NerScores[]) => scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, scores.length);
  let bestScores = score(recognizer);
  let best = meanF1(bestScores);
  for (let type = 0; type < labels.types.length; type++) {
    let bestStep = 0;
    for (const step of STEPS) {
      recognizer.setTypeOffset(type, step);
      const scores = score(recognizer);
      if (meanF1(scores) > best + MIN_GAIN) {
        best = meanF1(scores);
        bestScores = scores;
        bestStep = step;
      }
    }
    recognizer.setTypeOffset(type, bestStep);
  }
  return bestScores;
}
