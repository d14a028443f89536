/** Truncated words, X in UD Dutch: the first halves of elided compounds ("land- en tuinbouw", "Midden- en Oost-Europa"). */

/** What the rule needs of a token. */
export interface TaggedToken {
  form: string;
  lemma: string;
  upos: string;
}

/** A letter word cut off with a hyphen ("land-", "Midden-"). */
const TRUNCATED = /^\p{L}[\p{L}\p{N}]*-$/u;

/** Retags, in place, the truncated compound halves as X with their form as lemma. */
export function markTruncatedWords(tokens: TaggedToken[]): void {
  for (const t of tokens) {
    if (!TRUNCATED.test(t.form)) continue;
    t.upos = 'X';
    t.lemma = t.form;
  }
}
