/**
 * Punctuation attachment by the UD v2 convention (Udapi FixPunct, which the UD Dutch and English treebanks follow):
 * each mark attaches to the highest node of the neighbouring material that keeps the tree projective, preferring the
 * lower of the left and right candidates; paired marks (brackets, quotes) attach to the head of what they enclose.
 * Where a mark goes is a function of the rest of the tree, so the parser's own choice is replaced by it, and the
 * treebank converters (train/treebanks) attach their punctuation with the same function.
 */

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '«': '»', '„': '"', ',,': "''", '‘': '’', '“': '”' };
const SYMMETRIC = new Set(['"', "'"]);

/**
 * Re-attaches the marks of one sentence in place. `heads` holds 0-based heads (-1 for the root); `punct` flags the
 * punctuation tokens and is updated: a mark that heads a word, or is the root, keeps its place and its flag is
 * cleared. Returns the flags of the marks given a new head (null when the sentence has none to move), whose relation
 * becomes `punct`.
 */
export function attachPunctuation(heads: Int32Array, punct: Uint8Array, form: (i: number) => string): Uint8Array | null {
  const n = heads.length;
  let any = false;
  for (let i = 0; i < n; i++) {
    if (heads[i] < 0) punct[i] = 0;
    any ||= punct[i] === 1;
  }
  if (!any) return null;
  for (let i = 0; i < n; i++) if (heads[i] >= 0 && punct[heads[i]]) punct[heads[i]] = 0;
  const isDescendant = (a: number, b: number): boolean => {
    for (let x = a, steps = 0; x >= 0 && steps <= n; x = heads[x], steps++) if (x === b) return true;
    return false;
  };
  // spans over non-punctuation material only
  const lo = new Int32Array(n).fill(n);
  const hi = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (punct[i]) continue;
    for (let x = i, steps = 0; x >= 0 && steps <= n; x = heads[x], steps++) {
      if (i < lo[x]) lo[x] = i;
      if (i > hi[x]) hi[x] = i;
    }
  }
  const projective = (p: number, cand: number): boolean => {
    const a = p < cand ? p : cand;
    const b = p < cand ? cand : p;
    for (let k = a + 1; k < b; k++) if (!punct[k] && !isDescendant(k, cand)) return false;
    return true;
  };
  const attached = new Uint8Array(n);
  const attachTo = (p: number, h: number): void => {
    heads[p] = h;
    attached[p] = 1;
  };
  const done = new Uint8Array(n);
  // paired marks first
  for (let i = 0; i < n; i++) {
    if (!punct[i] || done[i]) continue;
    const f = form(i);
    const close = PAIRS[f] ?? (SYMMETRIC.has(f) ? f : undefined);
    if (!close) continue;
    let j = i + 1;
    while (j < n && !(punct[j] && !done[j] && form(j) === close)) j++;
    if (j >= n) continue;
    let inside = -1;
    let insideCount = 0;
    for (let k = i + 1; k < j; k++) {
      if (!punct[k] && (heads[k] < i + 1 || heads[k] >= j)) {
        inside = k;
        insideCount++;
      }
    }
    if (insideCount !== 1) continue;
    if (!projective(i, inside) || !projective(j, inside)) continue;
    attachTo(i, inside);
    attachTo(j, inside);
    done[i] = done[j] = 1;
  }
  for (let p = 0; p < n; p++) {
    if (!punct[p] || done[p]) continue;
    let l = p - 1;
    while (l >= 0 && punct[l]) l--;
    let r = p + 1;
    while (r < n && punct[r]) r++;
    // the highest projective node on the path up from each neighbour, staying on its side of the mark
    let lc = -1;
    if (l >= 0) {
      for (let c = l; ; c = heads[c]) {
        if (projective(p, c)) lc = c;
        if (!(heads[c] >= 0 && heads[c] < p && hi[c] < p)) break;
      }
    }
    let rc = -1;
    if (r < n) {
      for (let c = r; ; c = heads[c]) {
        if (projective(p, c)) rc = c;
        if (!(heads[c] >= 0 && heads[c] > p && lo[c] > p)) break;
      }
    }
    let cand: number;
    if (lc >= 0 && rc >= 0) cand = isDescendant(lc, rc) ? lc : isDescendant(rc, lc) ? rc : lc;
    else cand = lc >= 0 ? lc : rc;
    if (cand >= 0) attachTo(p, cand);
  }
  return attached;
}
