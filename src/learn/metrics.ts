/** Counts correct predictions; `percent` is the accuracy in percent (0 when nothing was counted). */
export class Accuracy {
  correct = 0;
  total = 0;

  add(isCorrect: boolean): void {
    this.total++;
    if (isCorrect) this.correct++;
  }

  get percent(): number {
    return this.total === 0 ? 0 : (100 * this.correct) / this.total;
  }
}
