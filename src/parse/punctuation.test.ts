import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachPunctuation } from './punctuation.js';

/** Runs the rule on a sentence of forms with 0-based heads; marks are the tokens made of punctuation characters. */
function attach(forms: string[], heads: number[]): { heads: number[]; attached: number[] } {
  const h = Int32Array.from(heads);
  const punct = Uint8Array.from(forms, (f) => (/^\p{P}+$/u.test(f) ? 1 : 0));
  const attached = attachPunctuation(h, punct, (i) => forms[i]);
  return { heads: [...h], attached: attached ? [...attached] : [] };
}

test('a comma goes to the clause it opens, the full stop to the root, whatever the parser chose', () => {
  //            Hij  zegt  ,  dat  hij  komt  .
  const r = attach(['Hij', 'zegt', ',', 'dat', 'hij', 'komt', '.'], [1, -1, 0, 5, 5, 1, 4]);
  assert.deepEqual(r.heads, [1, -1, 5, 5, 5, 1, 1]);
  assert.deepEqual(r.attached, [0, 0, 1, 0, 0, 0, 1]);
});

test('paired quotes attach to the head of what they enclose; a mark with dependents stays', () => {
  //            Hij  zei  «  ja  »  .
  const r = attach(['Hij', 'zei', '«', 'ja', '»', '.'], [1, -1, 0, 1, 0, 3]);
  assert.deepEqual(r.heads, [1, -1, 3, 1, 3, 1]);
  // "-" heads "b" (a mark in a unit): it keeps its place, and "b" is material the full stop may attach above
  const kept = attach(['a', '-', 'b', '.'], [-1, 0, 1, 2]);
  assert.deepEqual(kept.heads, [-1, 0, 1, 0]);
  assert.deepEqual(kept.attached, [0, 0, 0, 1]);
});
