import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbFormsFor } from './verb-forms.js';

test('Dutch weak past forms give back their infinitive under the spelling rules', () => {
  const forms = verbFormsFor('nl');
  assert.ok(forms.lemmas('veroordeelden').includes('veroordelen'));
  assert.ok(forms.lemmas('bespotte').includes('bespotten'));
  assert.ok(forms.lemmas('bekogelde').includes('bekogelen'));
  assert.ok(forms.lemmas('leefde').includes('leven'));
});

test('Dutch present forms give back their infinitive: the bare stem and the stem with -t', () => {
  const forms = verbFormsFor('nl');
  assert.ok(forms.lemmas('roep').includes('roepen'));
  assert.ok(forms.lemmas('eist').includes('eisen'));
  assert.ok(forms.lemmas('vraag').includes('vragen'));
});

test('Dutch strong past forms come from the irregular list ("beklonken" → beklinken)', () => {
  const forms = verbFormsFor('nl');
  assert.deepEqual(forms.lemmas('beklonken'), ['beklinken']);
  assert.ok(forms.lemmas('riepen').includes('roepen'));
  assert.deepEqual(forms.lemmas('en'), []);
});

test('English forms the lemmatizer got wrong give back the stem and the stem with -e ("taxing" → tax, "blamed" → blame)', () => {
  const forms = verbFormsFor('en');
  assert.ok(forms.lemmas('taxing').includes('tax'));
  assert.ok(forms.lemmas('blamed').includes('blame'));
  assert.ok(forms.lemmas('attacked').includes('attack'));
});

test('a language without verb-form data gives no candidates', () => {
  assert.deepEqual(verbFormsFor('xx').lemmas('attacked'), []);
});
