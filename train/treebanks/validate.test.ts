import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConlluSentence } from '../../src/io/conllu.js';
import { isNonProjective, treeProblems } from './validate.js';
import { attachPunctuation } from './punctuation.js';
import { noSpaceAfter, joinTokens } from './spacing.js';

function sentence(heads: number[], text = 'a b c d'): ConlluSentence {
  return {
    comments: new Map([['sent_id', 's1'], ['text', text]]),
    words: heads.map((head, i) => ({
      id: i + 1, form: 'abcd'[i], lemma: 'abcd'[i], upos: 'NOUN', xpos: '_', feats: '_',
      head, deprel: head === 0 ? 'root' : 'dep', deps: '_', misc: '_',
    })),
    multiwords: [],
    line: 1,
  };
}

test('a well-formed tree has no problems', () => {
  assert.deepEqual(treeProblems(sentence([2, 0, 2, 3])), []);
});

test('cycles, two roots, out-of-range heads and text mismatches are reported', () => {
  assert.match(treeProblems(sentence([2, 0, 4, 3])).join(), /cycle/);
  assert.match(treeProblems(sentence([0, 0, 2, 3])).join(), /2 roots/);
  assert.match(treeProblems(sentence([2, 0, 9, 3])).join(), /out of range/);
  assert.match(treeProblems(sentence([2, 0, 2, 3], 'a b c')).join(), /text/);
});

test('v1 tags and relations are rejected', () => {
  const s = sentence([2, 0, 2, 3]);
  s.words[0].upos = 'CONJ';
  s.words[2].deprel = 'dobj';
  assert.match(treeProblems(s).join(), /UPOS CONJ/);
  assert.match(treeProblems(s).join(), /relation dobj/);
});

test('non-projectivity is detected', () => {
  assert.equal(isNonProjective(sentence([3, 4, 0, 3])), true);
  assert.equal(isNonProjective(sentence([2, 0, 2, 3])), false);
});

test('punctuation: highest projective neighbour (opening comma to the clause, closing comma to the noun), period to the root', () => {
  // de man , die lacht , komt .
  const forms = ['de', 'man', ',', 'die', 'lacht', ',', 'komt', '.'];
  const heads = [1, 6, 6, 4, 1, 6, -1, 6];
  const tokens = forms.map((form, i) => ({ form, head: heads[i], deprel: 'dep', upos: /^[,.]$/.test(form) ? 'PUNCT' : 'X' }));
  attachPunctuation(tokens);
  assert.deepEqual(tokens.map((t) => t.head), [1, 6, 4, 4, 1, 1, -1, 6]);
});

test('spacing glues punctuation and quotes', () => {
  const forms = ['Hij', 'zei', ':', '"', 'ja', '"', '(', 'echt', ')', '.'];
  assert.equal(joinTokens(forms, noSpaceAfter(forms)), 'Hij zei: "ja" (echt).');
});
