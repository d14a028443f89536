/**
 * Punctuation attachment of the converted treebanks: the parser's own rule (`attachPunctuation` of src/parse,
 * the Udapi FixPunct convention of UD Dutch), applied to converter tokens.
 */
import { attachPunctuation as attachMarks } from '../../src/parse/index.js';

export interface PunctToken {
  upos: string;
  /** 0-based head index, -1 for the root. */
  head: number;
  deprel: string;
  form: string;
}

/** Re-attaches every PUNCT token that has no dependents of its own; the rest of the tree is left alone. */
export function attachPunctuation(tokens: PunctToken[]): void {
  const heads = Int32Array.from(tokens, (t) => t.head);
  const punct = Uint8Array.from(tokens, (t) => (t.upos === 'PUNCT' ? 1 : 0));
  const attached = attachMarks(heads, punct, (i) => tokens[i].form);
  if (!attached) return;
  tokens.forEach((t, i) => {
    if (!attached[i]) return;
    t.head = heads[i];
    t.deprel = 'punct';
  });
}
