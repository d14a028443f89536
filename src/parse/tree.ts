/** True when `heads` (-1 for the root) is a tree: exactly one root, every word reaches it, no cycles. */
export function isWellFormedTree(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  let roots = 0;
  for (let i = 0; i < n; i++) {
    const h = heads[i];
    if (h === -1) roots++;
    else if (h < 0 || h >= n || h === i) return false;
  }
  if (roots !== 1) return false;
  for (let i = 0; i < n; i++) {
    let node = i;
    for (let steps = 0; node !== -1; steps++) {
      if (steps > n) return false;
      node = heads[node];
    }
  }
  return true;
}
