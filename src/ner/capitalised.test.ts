import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../doc/doc.js';
import { dropUncapitalisedEntities, entitiesNeedCapital } from './capitalised.js';
import { EntityLabels, OUTSIDE } from './labels.js';

function docOf(words: string[]): Doc {
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.length + 1;
  }
  return new Doc(words.join(' '), {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(starts, (s, i) => s + words[i].length),
    sentenceStarts: Int32Array.of(0),
  });
}

test('entities without a capitalised word are dropped, the others kept whole', () => {
  const labels = new EntityLabels(['PER', 'LOC', 'ORG']);
  const [PER, , ORG] = [0, 1, 2];
  const doc = docOf(['in', 'augustus', 'zei', 'de', 'krant', 'de', 'Morgen', 'dat', 'Jan', 'in', '1984', 'sprak']);
  const classes = new Int32Array(doc.length);
  classes[1] = labels.classOf(PER, 0, 1);
  [3, 4].forEach((i, k) => (classes[i] = labels.classOf(ORG, k, 2)));
  [5, 6].forEach((i, k) => (classes[i] = labels.classOf(ORG, k, 2)));
  classes[8] = labels.classOf(PER, 0, 1);
  classes[10] = labels.classOf(PER, 0, 1);
  const kept = Int32Array.from(classes);
  dropUncapitalisedEntities(doc, classes);
  for (const i of [1, 3, 4, 10]) assert.equal(classes[i], OUTSIDE, `token ${i} is no entity`);
  for (const i of [5, 6, 8]) assert.equal(classes[i], kept[i], `token ${i} keeps its class`);
});

test('Dutch entities need a capital, English ones (lower-case web names) do not', () => {
  assert.equal(entitiesNeedCapital('nl'), true);
  assert.equal(entitiesNeedCapital('en'), false);
  assert.equal(entitiesNeedCapital('xx'), false);
});
