/** Distribution summaries of CoNLL-U sentences, and comparisons against reference (dev) files. */
import type { ConlluSentence } from '../../src/io/conllu.js';

export type Counts = Map<string, number>;

function bump(m: Counts, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export function countColumn(sentences: ConlluSentence[], pick: (w: ConlluSentence['words'][number]) => string): Counts {
  const out: Counts = new Map();
  for (const s of sentences) for (const w of s.words) bump(out, pick(w));
  return out;
}

const pct = (c: Counts, k: string, total: number): string => (total ? ((100 * (c.get(k) ?? 0)) / total).toFixed(2) : '0.00');
const sum = (c: Counts): number => [...c.values()].reduce((a, b) => a + b, 0);

/** A table of percentages: one row per key, one column per named distribution. */
export function distributionTable(columns: [string, Counts][]): string {
  const keys = new Set<string>();
  for (const [, c] of columns) for (const k of c.keys()) keys.add(k);
  const totals = columns.map(([, c]) => sum(c));
  const first = columns[0][1];
  const rows = [...keys].sort((a, b) => (first.get(b) ?? 0) - (first.get(a) ?? 0) || a.localeCompare(b));
  const lines = [['', ...columns.map(([name]) => name)].map((x) => x.padStart(14)).join('')];
  for (const k of rows) lines.push([k, ...columns.map(([, c], i) => pct(c, k, totals[i]) + '%')].map((x) => x.padStart(14)).join(''));
  return lines.join('\n');
}

/** Pairs (key -> value -> count), e.g. lower-cased form -> UPOS. */
export function pairCounts(sentences: ConlluSentence[], value: (w: ConlluSentence['words'][number]) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const s of sentences) {
    for (const w of s.words) {
      const k = w.form.toLowerCase();
      let c = out.get(k);
      if (!c) out.set(k, (c = new Map()));
      bump(c, value(w));
    }
  }
  return out;
}

function top(c: Counts): [string, number] {
  let best: [string, number] = ['', 0];
  for (const e of c) if (e[1] > best[1]) best = e;
  return best;
}

/**
 * Words whose usual value differs between ours and the reference, ranked by how many reference tokens the
 * difference would affect.
 */
export function biggestDisagreements(ours: Map<string, Counts>, reference: Map<string, Counts>, limit: number): string[] {
  const rows: [number, string][] = [];
  for (const [word, ref] of reference) {
    const mine = ours.get(word);
    if (!mine) continue;
    const [refTop, refN] = top(ref);
    const [myTop] = top(mine);
    if (refTop === myTop) continue;
    const mineN = sum(mine);
    const share = ((mine.get(refTop) ?? 0) / mineN).toFixed(2);
    rows.push([refN, `${word}: dev ${refTop} (${refN}/${sum(ref)}) vs ours ${myTop} (${mine.get(myTop)}/${mineN}; ours has dev's value ${share})`]);
  }
  return rows.sort((a, b) => b[0] - a[0]).slice(0, limit).map((r) => r[1]);
}
