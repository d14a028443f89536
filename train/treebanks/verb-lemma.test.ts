import { test } from 'node:test';
import assert from 'node:assert/strict';
import { infinitiveCandidates, VerbLemmatizer } from './verb-lemma.js';
import { closedClass } from './lexicon.js';

test('spelling rules give the infinitive first for regular stems', () => {
  const first = (stem: string): string => infinitiveCandidates(stem)[0];
  assert.equal(first('verheel'), 'verhelen');
  assert.equal(first('laat'), 'laten');
  assert.equal(first('ga'), 'gaan');
  assert.equal(first('beklink'), 'beklinken');
  assert.equal(first('leef'), 'leven');
  assert.equal(first('reis'), 'reizen');
  assert.equal(first('verander'), 'veranderen');
  assert.equal(first('beslis'), 'beslissen');
  assert.equal(first('reageer'), 'reageren');
  assert.equal(first('devalueer'), 'devalueren');
  assert.equal(first('verwerf'), 'verwerven');
});

test('attested forms beat the rule; irregular table beats both; particles are joined with _', () => {
  const verbs = new VerbLemmatizer(closedClass(), {
    formsByStem: new Map([['kus', new Set(['kussen', 'kuste'])], ['bel', new Set(['belde'])]]),
    knownInfinitives: new Set(['bellen']),
    stems: new Set(['kus', 'bel', 'hef', 'geef', 'kondig']),
    lemmaByForm: new Map([['verreden', 'verrijden']]),
  });
  assert.equal(verbs.infinitive('kus'), 'kussen');
  assert.equal(verbs.infinitive('bel'), 'bellen');
  assert.equal(verbs.infinitive('ben'), 'zijn');
  assert.equal(verbs.infinitive('kan'), 'kunnen');
  assert.equal(verbs.lemma('spoorde', 'spoor', 'aan'), 'aan_sporen');
  assert.equal(verbs.lemma('aangekondigd', 'kondig'), 'aan_kondigen');
  assert.equal(verbs.lemma('opheffen', 'ophef'), 'op_heffen');
  // "voor" is ambiguous: only split with ge/te evidence
  assert.equal(verbs.lemma('voorgegeven', 'voorgeef'), 'voor_geven');
  assert.equal(verbs.lemma('voorgeven', 'voorgeef'), 'voorgeven');
  // a particle-like start that is not the particle ("namen" of "nemen")
  assert.equal(verbs.lemma('namen', 'neem'), 'nemen');
  // a participle left as its own root takes the UD lemma of the form
  assert.equal(verbs.lemma('verreden', 'verreden'), 'verrijden');
  // a root already shaped like an infinitive stays itself, not "-enen"
  assert.equal(verbs.lemma('geboren', 'geboren'), 'geboren');
  assert.equal(verbs.lemma('bevredigend', 'bevredigen'), 'bevredigen');
});
