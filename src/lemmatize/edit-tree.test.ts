import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEditTree, buildEditTree } from './edit-tree.js';

test('an edit tree reproduces its own lemma', () => {
  for (const [form, lemma] of [
    ['ontkent', 'ontkennen'],
    ['beklonken', 'beklinken'],
    ['waarschuwde', 'waarschuwen'],
    ['afgelopen', 'af_lopen'],
    ['went', 'go'],
    ['', 'x'],
  ]) {
    assert.equal(applyEditTree(buildEditTree(form, lemma), form), lemma);
  }
});

test('an edit tree generalises to forms of the same shape and refuses others', () => {
  const participle = buildEditTree('gelopen', 'lopen');
  assert.equal(applyEditTree(participle, 'gewerkt'), 'werkt');
  assert.equal(applyEditTree(participle, 'lopen'), null);
  const pastTense = buildEditTree('waarschuwde', 'waarschuwen');
  assert.equal(applyEditTree(pastTense, 'bouwde'), 'bouwen');
  assert.equal(applyEditTree(pastTense, 'werkte'), null);
  assert.equal(applyEditTree(pastTense, 'werk'), null);
  const particle = buildEditTree('afgelopen', 'af_lopen');
  assert.equal(applyEditTree(particle, 'opgeruimd'), 'op_ruimd');
  const plural = buildEditTree('cats', 'cat');
  assert.equal(applyEditTree(plural, 'dogs'), 'dog');
  assert.equal(applyEditTree(plural, 'dog'), null);
});
