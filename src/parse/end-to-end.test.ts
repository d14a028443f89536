import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../doc/doc.js';
import { endToEndScores, goldWords, systemWords, type PrfScore } from './end-to-end.js';

// Two gold sentences, the second with a multiword token ("don't" = "do" + "n't").
const CONLLU = `# sent_id = d1.p.1.s.1
# text = Ann left.
1\tAnn\tAnn\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = d1.p.1.s.2
# text = We don't know.
1\tWe\twe\tPRON\t_\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
`;

type Row = [start: number, end: number, upos: string, lemma: string, head: number, dep: string, fused?: boolean];

/** A Doc over `text` with the given tokens and annotations, all in one sentence unless `sentenceStarts` says more. */
function analysed(text: string, rows: Row[], sentenceStarts = [0]): Doc {
  const doc = new Doc(text, {
    starts: Int32Array.from(rows, (r) => r[0]),
    ends: Int32Array.from(rows, (r) => r[1]),
    sentenceStarts: Int32Array.from(sentenceStarts),
    fused: Uint8Array.from(rows, (r) => (r[6] ? 1 : 0)),
  });
  rows.forEach(([, , upos, lemma, head, dep], i) => {
    doc.upos[i] = doc.strings.add(upos);
    doc.lemma[i] = doc.strings.add(lemma);
    doc.head[i] = head;
    doc.dep[i] = doc.strings.add(dep);
  });
  return doc;
}

function assertScore(actual: PrfScore, correct: number, system: number, gold: number, what: string): void {
  const p = (100 * correct) / system;
  const r = (100 * correct) / gold;
  assert.ok(Math.abs(actual.precision - p) < 1e-9, `${what} precision ${actual.precision} != ${p}`);
  assert.ok(Math.abs(actual.recall - r) < 1e-9, `${what} recall ${actual.recall} != ${r}`);
}

test('the gold side is the rebuilt raw text with every word on its surface token', () => {
  const { text, words } = goldWords(CONLLU, 'test');
  assert.equal(text, "Ann left. We don't know.");
  assert.deepEqual(words.forms, ['ann', 'left', '.', 'we', 'do', "n't", 'know', '.']);
  assert.deepEqual([...words.tokenStart], [0, 4, 8, 10, 13, 13, 19, 23]);
  assert.deepEqual([...words.multiword], [0, 0, 0, 0, 1, 1, 0, 0]);
  assert.deepEqual([...words.head], [1, -1, 1, 6, 6, 6, -1, 6]);
  assert.deepEqual(words.sentenceSpans, [0, 9, 10, 24]);
});

test('a system that segments differently is scored by aligned words, as in CoNLL 2018', () => {
  const { text, words: gold } = goldWords(CONLLU, 'test');
  // One sentence instead of two, "left." kept as one token, "don't" split as do + n't (fused); "n't" gets a wrong
  // lemma and "know" a wrong head.
  const doc = analysed(text, [
    [0, 3, 'PROPN', 'Ann', 1, 'nsubj'],
    [4, 9, 'VERB', 'leave', -1, 'root'],
    [10, 12, 'PRON', 'we', 5, 'nsubj'],
    [13, 15, 'AUX', 'do', 5, 'aux'],
    [15, 18, 'PART', "n't", 5, 'advmod', true],
    [19, 23, 'VERB', 'know', 1, 'conj'],
    [23, 24, 'PUNCT', '.', 5, 'punct'],
  ]);
  const scores = endToEndScores(gold, systemWords(doc));
  assertScore(scores.tokens, 5, 6, 7, 'tokens');
  assertScore(scores.sentences, 0, 1, 2, 'sentences');
  assert.equal(scores.sentences.f1, 0);
  assertScore(scores.words, 6, 7, 8, 'words');
  assertScore(scores.upos, 6, 7, 8, 'upos');
  assertScore(scores.lemma, 5, 7, 8, 'lemma');
  // "Ann" hangs from the unaligned "left.", "know" is not the root: 4 heads right (we, do, n't, .)
  assertScore(scores.uas, 4, 7, 8, 'uas');
  assertScore(scores.las, 4, 7, 8, 'las');
  assert.equal(scores.xpos, null);
});

test('an analysis identical to the gold scores 100 everywhere, relation subtypes aside', () => {
  const { text, words: gold } = goldWords(CONLLU, 'test');
  const doc = analysed(
    text,
    [
      [0, 3, 'PROPN', 'Ann', 1, 'nsubj:pass'],
      [4, 8, 'VERB', 'leave', -1, 'root'],
      [8, 9, 'PUNCT', '.', 1, 'punct'],
      [10, 12, 'PRON', 'we', 6, 'nsubj'],
      [13, 15, 'AUX', 'do', 6, 'aux'],
      [15, 18, 'PART', 'not', 6, 'advmod', true],
      [19, 23, 'VERB', 'know', -1, 'root'],
      [23, 24, 'PUNCT', '.', 6, 'punct'],
    ],
    [0, 3],
  );
  const scores = endToEndScores(gold, systemWords(doc));
  for (const [name, score] of Object.entries(scores)) {
    if (score) assert.equal(score.f1, 100, name);
  }
});
