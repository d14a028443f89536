/** Scores found time expressions against gold ones: span detection (exact and overlapping) and values. */
import type { DocTimex } from '../doc/doc.js';

export interface GoldTimexRecord {
  id: string;
  language: string;
  published: string | null;
  text: string;
  timexes: DocTimex[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  /** Spans that match a gold span exactly (percentages). */
  detection: Score;
  /** Spans that overlap a gold span, each paired at most once (percentages). */
  overlap: Score;
  /** Values over the overlapping pairs: accuracy in percent, and how many pairs there were. */
  value: { accuracy: number; matched: number };
  gold: number;
  found: number;
}

/**
 * One disagreement, for reading the errors: a missed gold span, a spurious one, an overlapping one with other
 * bounds ('span': gold and found are span texts) or a wrong value ('value': gold and found are values).
 */
export interface TimexError {
  id: string;
  kind: 'missed' | 'spurious' | 'span' | 'value';
  text: string;
  gold?: string;
  found?: string;
}

function score(correct: number, found: number, gold: number): Score {
  const precision = found === 0 ? 0 : (100 * correct) / found;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Scores `find`'s output on every record; also returns the disagreements. */
export function evaluateTimexes(
  records: Iterable<GoldTimexRecord>,
  find: (record: GoldTimexRecord) => DocTimex[],
): { scores: TimexScores; errors: TimexError[] } {
  let gold = 0;
  let found = 0;
  let exact = 0;
  let overlapping = 0;
  let sameValue = 0;
  const errors: TimexError[] = [];
  for (const record of records) {
    const predicted = find(record);
    gold += record.timexes.length;
    found += predicted.length;
    const used = new Uint8Array(predicted.length);
    for (const g of record.timexes) {
      const p = predicted.findIndex((candidate, i) => used[i] === 0 && candidate.start < g.end && g.start < candidate.end);
      if (p < 0) {
        errors.push({ id: record.id, kind: 'missed', text: record.text.slice(g.start, g.end), gold: g.value });
        continue;
      }
      used[p] = 1;
      const match = predicted[p];
      overlapping++;
      if (match.start === g.start && match.end === g.end) exact++;
      else errors.push({ id: record.id, kind: 'span', text: record.text.slice(g.start, g.end), found: record.text.slice(match.start, match.end) });
      if (match.value === g.value) sameValue++;
      else errors.push({ id: record.id, kind: 'value', text: record.text.slice(match.start, match.end), gold: g.value, found: match.value });
    }
    predicted.forEach((p, i) => {
      if (used[i] === 0) errors.push({ id: record.id, kind: 'spurious', text: record.text.slice(p.start, p.end), found: p.value });
    });
  }
  return {
    scores: {
      detection: score(exact, found, gold),
      overlap: score(overlapping, found, gold),
      value: { accuracy: overlapping === 0 ? 0 : round((100 * sameValue) / overlapping), matched: overlapping },
      gold,
      found,
    },
    errors,
  };
}
