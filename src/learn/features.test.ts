import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../io/conllu.js';
import { NO_HEAD } from '../doc/doc.js';
import { hashLower, hashShape, hashString, hashSuffix, treebankFromSentences, wordKind } from './index.js';

test('word hashes: lower-casing, suffixes and shapes', () => {
  assert.equal(hashLower('De STAD', 3, 7), hashString('stad'));
  assert.equal(hashSuffix('werking', 0, 7, 3), hashSuffix('opening', 0, 7, 3));
  assert.notEqual(hashSuffix('werking', 0, 7, 3), hashSuffix('werking', 0, 7, 2));
  assert.equal(hashShape('Amsterdam', 0, 9), hashShape('Rotterdam', 0, 9));
  assert.notEqual(hashShape('Amsterdam', 0, 9), hashShape('amsterdam', 0, 9));
  assert.equal(hashShape('1.250', 0, 5), hashShape('3.700', 0, 5));
});

test('word kinds tell letters, digits, punctuation and symbols apart', () => {
  assert.deepEqual(['Élan', '2024', "''", ',,', '€', 'N-VA', ''].map((w) => wordKind(w, 0, w.length)), [1, 2, 3, 3, 4, 5, 0]);
});

test('a treebank keeps gold annotations and maps UD v1 tags', () => {
  const conllu = '1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tlacht\tlachen\tVERB\t_\t_\t0\troot\t_\t_\n3\ten\ten\tCONJ\t_\t_\t2\tcc\t_\t_\n\n1\tJa\tja\tINTJ\tUH\t_\t0\troot\t_\t_\n';
  const bank = treebankFromSentences(parseConllu(conllu), 'nl');
  assert.equal(bank.doc.text, 'Hij lacht en Ja');
  assert.deepEqual([...bank.doc.sentenceStarts], [0, 3]);
  assert.deepEqual(bank.upos, ['PRON', 'VERB', 'CCONJ', 'INTJ']);
  assert.deepEqual(bank.xpos, ['', '', '', 'UH']);
  assert.deepEqual([...bank.head], [1, NO_HEAD, 1, NO_HEAD]);
  assert.equal(bank.doc.tokenText(1), 'lacht');
});
