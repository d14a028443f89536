import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, NO_HEAD } from './doc.js';

function docOf(text: string, tokens: [number, number][], sentenceStarts: number[]): Doc {
  return new Doc(text, {
    starts: Int32Array.from(tokens.map((t) => t[0])),
    ends: Int32Array.from(tokens.map((t) => t[1])),
    sentenceStarts: Int32Array.from(sentenceStarts),
  });
}

const text = 'Xi belde. Biden 🙂 luisterde.';
const doc = () =>
  docOf(text, [[0, 2], [3, 8], [8, 9], [10, 15], [16, 18], [19, 28], [28, 29]], [0, 3]);

test('tokens are views onto the original text and its UTF-16 offsets', () => {
  const d = doc();
  assert.equal(d.length, 7);
  assert.deepEqual([...d.tokens()].map((t) => t.text), ['Xi', 'belde', '.', 'Biden', '🙂', 'luisterde', '.']);
  assert.equal(d.token(4).text.length, 2, 'an astral character is two UTF-16 units');
  assert.equal(d.token(1).spaceAfter, false);
  assert.equal(d.token(2).spaceAfter, true);
  assert.equal(d.token(6).spaceAfter, true, 'the last token ends the text');
  assert.equal(d.token(0).head, NO_HEAD);
  assert.throws(() => d.token(7), RangeError);
});

test('sentences are spans with character extents', () => {
  const d = doc();
  assert.equal(d.sentenceCount, 2);
  const second = d.sentence(1);
  assert.equal(second.start, 3);
  assert.equal(second.end, 7);
  assert.equal(second.text, 'Biden 🙂 luisterde.');
  assert.deepEqual([d.sentenceOf(0), d.sentenceOf(2), d.sentenceOf(3), d.sentenceOf(6)], [0, 0, 1, 1]);
  assert.deepEqual([d.sentenceEnd(0), d.sentenceEnd(1)], [3, 7]);
});

test('annotations are interned strings in flat arrays', () => {
  const d = doc();
  d.upos[0] = d.strings.add('PROPN');
  d.lemma[1] = d.strings.add('bellen');
  d.head[0] = 1;
  d.dep[0] = d.strings.add('nsubj');
  const xi = d.token(0);
  assert.deepEqual([xi.upos, xi.head, xi.dep, d.token(1).lemma, d.token(1).upos], ['PROPN', 1, 'nsubj', 'bellen', '']);
});

test('entities are read from the BIO arrays, adjacent entities kept apart', () => {
  const d = doc();
  const per = d.strings.add('PER');
  d.entityIob[0] = 1;
  d.entityType[0] = per;
  d.entityIob[3] = 1;
  d.entityType[3] = per;
  d.entityIob[4] = 2;
  d.entityType[4] = per;
  d.entityIob[5] = 1;
  d.entityType[5] = per;
  assert.deepEqual(
    d.entities().map((e) => [e.text, e.label]),
    [['Xi', 'PER'], ['Biden 🙂', 'PER'], ['luisterde', 'PER']],
  );
});

test('a doc without tokens has no sentences and empty spans', () => {
  const d = docOf('', [], []);
  assert.equal(d.length, 0);
  assert.equal(d.sentenceCount, 0);
  assert.equal(d.span(0, 0).text, '');
  assert.throws(() => d.span(0, 1), RangeError);
});
