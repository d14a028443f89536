import { FeatureKeys, hashLower, hashPrefix, hashSuffix, startsUpper } from '../learn/index.js';

// Feature template ids (part of the model: changing them invalidates trained models).
const T = {
  upos: 1,
  xpos: 2,
  suffix: 10, // 10..15 for suffix lengths 1..6, each with the UPOS
  prefix: 20, // 20..24 for prefix lengths 1..5, each with the UPOS
  word: 30,
  upper: 31,
  xposSuffix: 32,
  length: 33,
} as const;

const SUFFIXES = 6;
const PREFIXES = 5;

/** Lemma-class features of the token `text[start, end)` with tag hashes `upos` and `xpos`. */
export function lemmaFeatures(text: string, start: number, end: number, upos: number, xpos: number, out: FeatureKeys): void {
  out.clear();
  out.add1(T.upos, upos);
  out.add2(T.xpos, upos, xpos);
  for (let k = 1; k <= SUFFIXES; k++) out.add2(T.suffix + k - 1, upos, hashSuffix(text, start, end, k));
  for (let k = 1; k <= PREFIXES; k++) out.add2(T.prefix + k - 1, upos, hashPrefix(text, start, end, k));
  out.add2(T.word, upos, hashLower(text, start, end));
  out.add2(T.upper, upos, startsUpper(text, start, end) ? 1 : 0);
  out.add2(T.xposSuffix, xpos, hashSuffix(text, start, end, 3));
  out.add2(T.length, upos, Math.min(end - start, 12));
}
