import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureKeys } from '../learn/index.js';
import { EncodedSentence, MAX_FEATURES, MAX_LABEL_FEATURES, extractFeatures, extractLabelFeatures } from './features.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './transitions.js';

test('feature extraction fills at most the advertised number of keys, all distinct within a state', () => {
  const text = 'Jan zag een hond';
  const sentence = new EncodedSentence();
  sentence.useXtags = true;
  sentence.reset(4);
  [
    [0, 3, 'PROPN'],
    [4, 7, 'VERB'],
    [8, 11, 'DET'],
    [12, 16, 'NOUN'],
  ].forEach(([start, end, tag], i) => sentence.set(i, text, start as number, end as number, tag as string, `X${tag as string}`));
  const state = new ParseState();
  state.reset(4);
  const keys = new FeatureKeys(MAX_FEATURES);
  for (const move of [SHIFT, LEFT, SHIFT, SHIFT, LEFT, SHIFT, RIGHT, LEFT]) {
    assert.ok(state.isLegal(move));
    extractFeatures(state, sentence, keys);
    assert.equal(keys.length, MAX_FEATURES);
    assert.equal(new Set(keys.hashed().subarray(0, keys.length)).size, keys.length, 'templates keep equal values apart');
    if (move !== SHIFT) {
      const head = move === LEFT ? state.bufferAt(0) : state.stackAt(1);
      const other = move === LEFT ? state.stackAt(1) : state.bufferAt(0);
      extractLabelFeatures(state, sentence, head, state.stackAt(0), other, keys);
      assert.equal(keys.length, MAX_LABEL_FEATURES);
    }
    state.apply(move, 3);
  }
  assert.ok(state.done);
});
