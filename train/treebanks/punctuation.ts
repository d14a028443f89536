/**
 * Punctuation attachment as in UD Dutch (the Udapi FixPunct convention): each mark attaches to the highest node of
 * the neighbouring material that keeps the tree projective, preferring the lower of the left and right candidates;
 * paired marks (brackets, quotes) attach to the head of what they enclose.
 */

export interface PunctToken {
  upos: string;
  /** 0-based head index, -1 for the root. */
  head: number;
  deprel: string;
  form: string;
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '„': '"', ',,': "''", '‘': '’', '“': '”' };
const SYMMETRIC = new Set(['"', "'"]);

/** Re-attaches every PUNCT token that has no dependents of its own; the rest of the tree is left alone. */
export function attachPunctuation(tokens: PunctToken[]): void {
  const n = tokens.length;
  const isPunct = tokens.map((t) => t.upos === 'PUNCT' && t.head >= 0);
  // a punct token that heads something keeps its place
  for (let i = 0; i < n; i++) if (tokens[i].head >= 0 && isPunct[tokens[i].head]) isPunct[tokens[i].head] = false;
  if (!isPunct.some(Boolean)) return;
  const parent = (i: number): number => tokens[i].head;
  const isDescendant = (a: number, b: number): boolean => {
    for (let x = a, steps = 0; x >= 0 && steps <= n; x = parent(x), steps++) if (x === b) return true;
    return false;
  };
  // spans over non-punctuation material only
  const lo = new Int32Array(n).fill(n);
  const hi = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (isPunct[i]) continue;
    for (let x = i, steps = 0; x >= 0 && steps <= n; x = parent(x), steps++) {
      if (i < lo[x]) lo[x] = i;
      if (i > hi[x]) hi[x] = i;
    }
  }
  const projective = (p: number, cand: number): boolean => {
    const [a, b] = p < cand ? [p, cand] : [cand, p];
    for (let k = a + 1; k < b; k++) if (!isPunct[k] && !isDescendant(k, cand)) return false;
    return true;
  };
  const attachTo = (p: number, h: number): void => {
    tokens[p].head = h;
    tokens[p].deprel = 'punct';
  };
  const done = new Array<boolean>(n).fill(false);
  // paired marks first
  for (let i = 0; i < n; i++) {
    if (!isPunct[i] || done[i]) continue;
    const f = tokens[i].form;
    const close = PAIRS[f] ?? (SYMMETRIC.has(f) ? f : undefined);
    if (!close) continue;
    let j = i + 1;
    while (j < n && !(isPunct[j] && tokens[j].form === close && !done[j])) j++;
    if (j >= n) continue;
    const inside: number[] = [];
    for (let k = i + 1; k < j; k++) if (!isPunct[k] && (parent(k) < i + 1 || parent(k) >= j)) inside.push(k);
    if (inside.length !== 1) continue;
    const h = inside[0];
    if (!projective(i, h) || !projective(j, h)) continue;
    attachTo(i, h);
    attachTo(j, h);
    done[i] = done[j] = true;
  }
  for (let p = 0; p < n; p++) {
    if (!isPunct[p] || done[p]) continue;
    let l = p - 1;
    while (l >= 0 && isPunct[l]) l--;
    let r = p + 1;
    while (r < n && isPunct[r]) r++;
    const lPath: number[] = [];
    if (l >= 0) {
      let c = l;
      lPath.push(c);
      while (parent(c) >= 0 && parent(c) < p && hi[c] < p) {
        c = parent(c);
        lPath.push(c);
      }
    }
    const rPath: number[] = [];
    if (r < n) {
      let c = r;
      rPath.push(c);
      while (parent(c) >= 0 && parent(c) > p && lo[c] > p) {
        c = parent(c);
        rPath.push(c);
      }
    }
    const lOk = lPath.filter((c) => projective(p, c));
    const rOk = rPath.filter((c) => projective(p, c));
    const lc = lOk.length ? lOk[lOk.length - 1] : -1;
    const rc = rOk.length ? rOk[rOk.length - 1] : -1;
    let cand = -1;
    if (lc >= 0 && rc >= 0) cand = isDescendant(lc, rc) ? lc : isDescendant(rc, lc) ? rc : lc;
    else cand = lc >= 0 ? lc : rc;
    if (cand >= 0) attachTo(p, cand);
  }
}
