import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Doc } from '../doc/doc.js';
import { parseConllu } from '../io/conllu.js';
import { treebankFromSentences } from '../learn/index.js';
import { DependencyParser, attachmentScores, goldTags, isWellFormedTree, trainParser } from './index.js';

/** Tiny hand-made treebank; the first sentence is non-projective (hearing → on the issue crosses the verb). */
const TREES = `1	A	_	DET	_	_	2	det	_	_
2	hearing	_	NOUN	_	_	4	nsubj:pass	_	_
3	is	_	AUX	_	_	4	aux:pass	_	_
4	scheduled	_	VERB	_	_	0	root	_	_
5	on	_	ADP	_	_	7	case	_	_
6	the	_	DET	_	_	7	det	_	_
7	issue	_	NOUN	_	_	2	nmod	_	_
8	today	_	NOUN	_	_	4	obl:tmod	_	_
9	.	_	PUNCT	_	_	4	punct	_	_

1	The	_	DET	_	_	2	det	_	_
2	minister	_	NOUN	_	_	3	nsubj	_	_
3	resigned	_	VERB	_	_	0	root	_	_
4	.	_	PUNCT	_	_	3	punct	_	_

1	Protesters	_	NOUN	_	_	2	nsubj	_	_
2	attacked	_	VERB	_	_	0	root	_	_
3	the	_	DET	_	_	4	det	_	_
4	embassy	_	NOUN	_	_	2	obj	_	_
5	in	_	ADP	_	_	6	case	_	_
6	Kabul	_	PROPN	_	_	2	obl	_	_
7	.	_	PUNCT	_	_	2	punct	_	_

1	The	_	DET	_	_	2	det	_	_
2	talks	_	NOUN	_	_	4	nsubj:pass	_	_
3	were	_	AUX	_	_	4	aux:pass	_	_
4	cancelled	_	VERB	_	_	0	root	_	_
5	by	_	ADP	_	_	6	case	_	_
6	Russia	_	PROPN	_	_	4	obl:agent	_	_
7	.	_	PUNCT	_	_	4	punct	_	_

1	Police	_	NOUN	_	_	2	nsubj	_	_
2	arrested	_	VERB	_	_	0	root	_	_
3	two	_	NUM	_	_	4	nummod	_	_
4	men	_	NOUN	_	_	2	obj	_	_
5	who	_	PRON	_	_	6	nsubj	_	_
6	fled	_	VERB	_	_	4	acl:relcl	_	_
7	.	_	PUNCT	_	_	2	punct	_	_

1	A	_	DET	_	_	2	det	_	_
2	meeting	_	NOUN	_	_	4	nsubj:pass	_	_
3	was	_	AUX	_	_	4	aux:pass	_	_
4	held	_	VERB	_	_	0	root	_	_
5	about	_	ADP	_	_	7	case	_	_
6	the	_	DET	_	_	7	det	_	_
7	strike	_	NOUN	_	_	2	nmod	_	_
8	.	_	PUNCT	_	_	4	punct	_	_
`;

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

function withTreebankFile<T>(run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-parse-'));
  try {
    const path = join(dir, 'tiny.conllu');
    writeFileSync(path, TREES);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function trainTiny(): DependencyParser {
  return withTreebankFile(
    (path) =>
      trainParser({ language: 'en', train: [path], dev: [path], epochs: 10, seed: 3, minLiftedLabelCount: 1, log: quiet })
        .parser,
  );
}

function goldTreebank() {
  const treebank = treebankFromSentences(parseConllu(TREES), 'en');
  goldTags(treebank.doc, treebank);
  return treebank;
}

test('the parser learns the tiny treebank, including the non-projective arc, and outputs trees', () => {
  const parser = trainTiny();
  const gold = goldTreebank();
  parser.parse(gold.doc);
  const scores = attachmentScores(gold, gold.doc);
  assert.equal(scores.words, 42);
  assert.equal(scores.las, 100, `LAS ${scores.las}`);
  // "issue" (token 6) goes back under "hearing" (token 1) after de-projectivisation.
  assert.equal(gold.doc.head[6], 1);
  assert.equal(gold.doc.token(6).dep, 'nmod');
});

test('parses of unseen and odd input are well-formed trees with one root per sentence', () => {
  const parser = trainTiny();
  const text = 'Yesterday the the police police . , Kabul protesters arrested met in by was';
  const words = text.split(' ');
  const starts: number[] = [];
  let offset = 0;
  for (const w of words) {
    starts.push(offset);
    offset += w.length + 1;
  }
  const doc = new Doc(text, {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(starts, (s, i) => s + words[i].length),
    sentenceStarts: Int32Array.from([0, 1, 6]),
  });
  const tags = ['NOUN', 'DET', 'DET', 'NOUN', 'NOUN', 'PUNCT', 'PUNCT', 'PROPN', 'NOUN', 'VERB', 'VERB', 'ADP', 'ADP', 'AUX'];
  tags.forEach((t, i) => (doc.upos[i] = doc.strings.add(t)));
  parser.parse(doc);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const span = doc.sentence(s);
    const heads = Array.from(doc.head.subarray(span.start, span.end), (h) => (h < 0 ? -1 : h - span.start));
    assert.ok(isWellFormedTree(heads), `sentence ${s}: ${heads}`);
    for (let i = span.start; i < span.end; i++) assert.notEqual(doc.token(i).dep, '');
  }
});

test('a saved parser loads back and parses identically', () => {
  const parser = trainTiny();
  const copy = DependencyParser.fromBytes(parser.toBytes());
  assert.deepEqual(copy.labels, parser.labels);
  assert.equal(copy.meta.language, 'en');
  const a = goldTreebank();
  const b = goldTreebank();
  parser.parse(a.doc);
  copy.parse(b.doc);
  assert.deepEqual([...b.doc.head], [...a.doc.head]);
  assert.deepEqual([...b.doc.tokens()].map((t) => t.dep), [...a.doc.tokens()].map((t) => t.dep));
});
