/**
 * Pseudo-projective transformation (Nivre & Nilsson 2005, "head" encoding): non-projective arcs are lifted
 * until the tree is projective, and each lifted word's label records the label of its original head
 * (`dep||headdep`). After parsing, `deprojectivize` moves such a word back down to the first word below its
 * new head (breadth-first, left to right) that carries the recorded label.
 */

/** Separates a word's own label from the label of the head it was lifted from. */
export const LIFT_SEPARATOR = '||';

function dominates(heads: ArrayLike<number>, ancestor: number, node: number): boolean {
  while (node !== -1) {
    if (node === ancestor) return true;
    node = heads[node];
  }
  return false;
}

/** True when some word strictly between `d` and its head is not dominated by that head. */
export function isNonProjectiveArc(heads: ArrayLike<number>, d: number): boolean {
  const h = heads[d];
  if (h < 0) return false;
  const from = Math.min(h, d) + 1;
  const to = Math.max(h, d);
  for (let k = from; k < to; k++) if (!dominates(heads, h, k)) return true;
  return false;
}

export function isProjective(heads: ArrayLike<number>): boolean {
  for (let d = 0; d < heads.length; d++) if (isNonProjectiveArc(heads, d)) return false;
  return true;
}

/** Lifts non-projective arcs, shortest first, until the tree is projective; returns new heads and labels. */
export function projectivize(
  heads: ArrayLike<number>,
  labels: readonly string[],
): { heads: Int32Array; labels: string[]; lifted: number } {
  const out = Int32Array.from(heads);
  const liftedFrom = new Int32Array(out.length).fill(-1);
  let lifted = 0;
  for (;;) {
    let best = -1;
    let bestLength = Infinity;
    for (let d = 0; d < out.length; d++) {
      if (!isNonProjectiveArc(out, d)) continue;
      const length = Math.abs(out[d] - d);
      if (length < bestLength) {
        best = d;
        bestLength = length;
      }
    }
    if (best < 0) break;
    if (liftedFrom[best] < 0) liftedFrom[best] = out[best];
    out[best] = out[out[best]];
    lifted++;
  }
  const outLabels = labels.map((label, d) =>
    liftedFrom[d] < 0 ? label : label + LIFT_SEPARATOR + labels[liftedFrom[d]],
  );
  return { heads: out, labels: outLabels, lifted };
}

/**
 * Undoes lifting in place: each word whose label names a head label is reattached below its current head,
 * and every label loses its lift suffix. Words whose recorded head cannot be found stay where they are.
 */
export function deprojectivize(heads: Int32Array, labels: string[]): void {
  const n = heads.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let d = 0; d < n; d++) if (heads[d] >= 0) children[heads[d]].push(d);
  for (let d = 0; d < n; d++) {
    const cut = labels[d].indexOf(LIFT_SEPARATOR);
    if (cut < 0) continue;
    const wanted = labels[d].slice(cut + LIFT_SEPARATOR.length);
    labels[d] = labels[d].slice(0, cut);
    const head = heads[d];
    if (head < 0) continue;
    const target = findBelow(head, d, wanted, children, labels);
    if (target < 0) continue;
    children[head].splice(children[head].indexOf(d), 1);
    children[target].push(d);
    children[target].sort((a, b) => a - b);
    heads[d] = target;
  }
}

/** Breadth-first search under `head`, skipping the subtree of `word`, for a word labelled `wanted`. */
function findBelow(head: number, word: number, wanted: string, children: number[][], labels: string[]): number {
  const queue = children[head].filter((c) => c !== word);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    if (baseOf(labels[node]) === wanted) return node;
    for (const c of children[node]) if (c !== word) queue.push(c);
  }
  return -1;
}

function baseOf(label: string): string {
  const cut = label.indexOf(LIFT_SEPARATOR);
  return cut < 0 ? label : label.slice(0, cut);
}
