import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConlluError, formatConllu, parseConllu, surfaceTokens } from './conllu.js';

const sample = `# newdoc id = d1
# newpar
# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	3:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
4.1	knew	know	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = s2
1	Ja	ja	INTJ	_	_	_	root	_	_
`;

test('reads comments, words, multiword tokens, and skips empty nodes', () => {
  const [first, second] = parseConllu(sample, 'sample');
  assert.equal(first.comments.get('newdoc id'), 'd1');
  assert.equal(first.comments.get('newpar'), '');
  assert.equal(first.comments.get('text'), "I don't know.");
  assert.deepEqual(first.words.map((w) => w.form), ['I', 'do', "n't", 'know', '.']);
  assert.deepEqual(first.multiwords, [{ first: 2, last: 3, form: "don't", misc: '_' }]);
  assert.equal(first.words[3].head, 0);
  assert.equal(second.words[0].head, -1, 'an underscore head is -1');
  assert.equal(second.line, 13);
});

test('surface tokens merge multiword tokens and keep SpaceAfter', () => {
  const [first] = parseConllu(sample);
  assert.deepEqual(surfaceTokens(first), [
    { form: 'I', spaceAfter: true },
    { form: "don't", spaceAfter: true },
    { form: 'know', spaceAfter: false },
    { form: '.', spaceAfter: true },
  ]);
});

test('formatting and reading again gives the same sentences', () => {
  const sentences = parseConllu(sample);
  assert.deepEqual(parseConllu(formatConllu(sentences)).map((s) => [s.words, s.multiwords]), sentences.map((s) => [s.words, s.multiwords]));
});

test('a malformed row is an error naming the source and line', () => {
  assert.throws(() => parseConllu('# text = x\n1\tx\tx\n', 'bad.conllu'), (error: unknown) =>
    error instanceof ConlluError && /^bad\.conllu:2: expected 10 tab-separated columns, found 3$/.test(error.message));
  assert.throws(() => parseConllu('x\tx\tx\tx\tx\tx\tx\tx\tx\tx\n', 'bad.conllu'), /bad\.conllu:1: bad word id "x"/);
});
