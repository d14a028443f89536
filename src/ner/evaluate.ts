import { OUTSIDE, spansOfTags, startsEntity, typeOf, type EntityLabels } from './labels.js';
import type { NerDocument } from './read.js';
import type { EntityRecognizer } from './recognizer.js';

export interface EntityScore {
  /** Percentages. */
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScores extends EntityScore {
  perType: Record<string, EntityScore>;
  tokens: number;
}

interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

function score(counts: Counts): EntityScore {
  const precision = counts.predicted > 0 ? (100 * counts.correct) / counts.predicted : 0;
  const recall = counts.gold > 0 ? (100 * counts.correct) / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { precision: round(precision), recall: round(recall), f1: round(f1), ...counts };
}

/**
 * Exact-span entity scores as conlleval computes them: chunks are read from IOB tags sentence by sentence (see
 * spansOfTags); a predicted chunk is correct when its start, end and type equal a gold chunk's.
 */
export class EntityScorer {
  private readonly total: Counts = { gold: 0, predicted: 0, correct: 0 };
  private readonly byType = new Map<string, Counts>();
  private tokens = 0;

  /** Adds one sentence's gold and predicted IOB tags. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== predicted.length) throw new RangeError('EntityScorer: gold and predicted differ in length');
    this.tokens += gold.length;
    const goldSpans = spansOfTags(gold);
    const predictedSpans = spansOfTags(predicted);
    const goldKeys = new Set(goldSpans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const span of goldSpans) {
      this.total.gold++;
      this.counts(span.type).gold++;
    }
    for (const span of predictedSpans) {
      this.total.predicted++;
      const counts = this.counts(span.type);
      counts.predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) {
        this.total.correct++;
        counts.correct++;
      }
    }
  }

  result(): NerScores {
    const types = [...this.byType.keys()].sort();
    const perType = Object.fromEntries(types.map((type) => [type, score(this.byType.get(type)!)]));
    return { ...score(this.total), perType, tokens: this.tokens };
  }

  private counts(type: string): Counts {
    let counts = this.byType.get(type);
    if (!counts) {
      counts = { gold: 0, predicted: 0, correct: 0 };
      this.byType.set(type, counts);
    }
    return counts;
  }
}

/** IOB2 tags of BILOU classes. */
export function iobTags(classes: ArrayLike<number>, start: number, end: number, labels: EntityLabels): string[] {
  const tags: string[] = [];
  for (let i = start; i < end; i++) {
    const label = classes[i];
    tags.push(label === OUTSIDE ? 'O' : `${startsEntity(label) ? 'B' : 'I'}-${labels.types[typeOf(label)]}`);
  }
  return tags;
}

/** Scores a recogniser on gold-tokenised documents. */
export function evaluateRecognizer(recognizer: EntityRecognizer, documents: readonly NerDocument[]): NerScores {
  const scorer = new EntityScorer();
  let classes = new Int32Array(0);
  for (const { doc, tags } of documents) {
    if (classes.length < doc.length) classes = new Int32Array(doc.length);
    recognizer.classify(doc, classes);
    for (let s = 0; s < doc.sentenceCount; s++) {
      const start = doc.sentenceStarts[s];
      const end = doc.sentenceEnd(s);
      scorer.add(tags.slice(start, end), iobTags(classes, start, end, recognizer.labels));
    }
  }
  return scorer.result();
}
