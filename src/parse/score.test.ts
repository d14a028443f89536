import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../io/conllu.js';
import { treebankFromSentences } from '../learn/index.js';
import { attachmentScores } from './index.js';

const GOLD = `1	Police	_	NOUN	_	_	2	nsubj	_	_
2	arrested	_	VERB	_	_	0	root	_	_
3	men	_	NOUN	_	_	2	obj	_	_
4	who	_	PRON	_	_	5	nsubj	_	_
5	fled	_	VERB	_	_	3	acl:relcl	_	_

1	Talks	_	NOUN	_	_	2	nsubj:pass	_	_
2	ended	_	VERB	_	_	0	root	_	_
3	.	_	PUNCT	_	_	2	punct	_	_
`;

test('UAS, LAS on universal relations and full-label LAS, punctuation included', () => {
  const gold = treebankFromSentences(parseConllu(GOLD), 'en');
  const parsed = treebankFromSentences(parseConllu(GOLD), 'en').doc;
  const { strings } = parsed;
  const system: [number, string][] = [
    [1, 'nsubj'],
    [-1, 'root'],
    [1, 'iobj'], // right head, wrong relation
    [4, 'nsubj'],
    [2, 'acl'], // right head, subtype missing: counts for LAS, not for full-label LAS
    [6, 'nsubj'], // right head, subtype missing
    [-1, 'root'],
    [5, 'punct'], // wrong head
  ];
  system.forEach(([head, label], i) => {
    parsed.head[i] = head;
    parsed.dep[i] = strings.add(label);
  });
  const scores = attachmentScores(gold, parsed);
  assert.equal(scores.words, 8);
  assert.equal(scores.uas, (100 * 7) / 8);
  assert.equal(scores.las, (100 * 6) / 8);
  assert.equal(scores.fullLas, (100 * 4) / 8);
});
