/**
 * Edit trees (Chrupała 2008): a form-to-lemma transformation that generalises over words. A match node keeps
 * the longest common substring of form and lemma and recurses into what lies left and right of it; a
 * substitution node replaces an exact string. "gelopen"→"lopen" becomes "drop a leading 'ge', keep the rest",
 * which also turns "gewerkt"-like forms around when the classifier chooses it.
 *
 * Encoded as JSON arrays: a match is [prefixLength, suffixLength, left | null, right | null], a substitution
 * is [from, to] (two strings).
 */
export type EditTree = [number, number, EditTree | null, EditTree | null] | [string, string];

/** The edit tree that turns `form` into `lemma`. */
export function buildEditTree(form: string, lemma: string): EditTree {
  const [formStart, lemmaStart, length] = longestCommonSubstring(form, lemma);
  if (length === 0) return [form, lemma];
  const formEnd = formStart + length;
  const lemmaEnd = lemmaStart + length;
  const left = formStart > 0 || lemmaStart > 0 ? buildEditTree(form.slice(0, formStart), lemma.slice(0, lemmaStart)) : null;
  const right =
    formEnd < form.length || lemmaEnd < lemma.length ? buildEditTree(form.slice(formEnd), lemma.slice(lemmaEnd)) : null;
  return [formStart, form.length - formEnd, left, right];
}

/** Applies `tree` to `form`; null when the tree does not fit the form. */
export function applyEditTree(tree: EditTree, form: string): string | null {
  if (typeof tree[0] === 'string') return form === tree[0] ? (tree[1] as string) : null;
  const [prefix, suffix, left, right] = tree as [number, number, EditTree | null, EditTree | null];
  if (prefix + suffix >= form.length) return null;
  let head = '';
  if (left) {
    const applied = applyEditTree(left, form.slice(0, prefix));
    if (applied === null) return null;
    head = applied;
  } else if (prefix !== 0) return null;
  let tail = '';
  if (right) {
    const applied = applyEditTree(right, form.slice(form.length - suffix));
    if (applied === null) return null;
    tail = applied;
  } else if (suffix !== 0) return null;
  return head + form.slice(prefix, form.length - suffix) + tail;
}

/** [start in a, start in b, length] of the longest common substring (the leftmost in a on ties). */
function longestCommonSubstring(a: string, b: string): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  const previous = new Int32Array(b.length + 1);
  const current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : 0;
      if (current[j] > best[2]) best = [i - current[j], j - current[j], current[j]];
    }
    previous.set(current);
  }
  return best;
}
