import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NounLemmatizer } from './noun-lemma.js';
import { WordLemmatizer } from './word-lemma.js';
import { closedClass } from './lexicon.js';

const nouns = new NounLemmatizer(
  {
    lemmas: new Map(['basis', 'niveau', 'ontwikkeling', 'land', 'rente', 'grond', 'slag', 'tal', 'priester', 'wet', 'loon'].map((w) => [w, 1])),
    forms: new Map([['landen', 'land']]),
  },
  new Set(['aan', 'voor']),
  new Set(['schap']),
);

test('compounds split into known parts, linking -s- dropped, recursively', () => {
  assert.equal(nouns.lemma('basisniveau'), 'basis_niveau');
  assert.equal(nouns.lemma('ontwikkelingsland'), 'ontwikkeling_land');
  assert.equal(nouns.lemma('rentegrondslag'), 'rente_grond_slag');
  assert.equal(nouns.lemma('landenniveau'), 'land_niveau');
});

test('frequent nouns are taken as lexicalised', () => {
  const frequent = new NounLemmatizer(
    { lemmas: new Map([['land', 3], ['bouw', 3], ['landbouw', 12], ['tuinbouw', 2], ['tuin', 4]]), forms: new Map() },
    new Set(),
    new Set(),
  );
  assert.equal(frequent.lemma('landbouw'), 'landbouw');
  assert.equal(frequent.lemma('tuinbouw'), 'tuin_bouw');
});

test('no split for particle modifiers, suffix heads, short heads or unknown parts', () => {
  assert.equal(nouns.lemma('aantal'), 'aantal');
  assert.equal(nouns.lemma('priesterschap'), 'priesterschap');
  assert.equal(nouns.lemma('landtal'), 'landtal');
  assert.equal(nouns.lemma('loonwet'), 'loonwet');
  assert.equal(nouns.lemma('verzekering'), 'verzekering');
});

test('adjective and determiner lemmas: exceptions, ordinals, comparatives', () => {
  const words = new WordLemmatizer(closedClass(), new Set(['groot', 'dik', 'duur', 'laat', 'lekker', 'voornaam']), new Set(['lekker']));
  assert.equal(words.lemma('meer', 'meer'), 'veel');
  assert.equal(words.lemma('alle', 'alle'), 'al');
  assert.equal(words.lemma('ten', 'ten'), 'te');
  assert.equal(words.lemma('vierde', 'vierde'), 'vier');
  assert.equal(words.lemma('eerste', 'eerste'), 'één');
  assert.equal(words.lemma('groter', 'groter'), 'groot');
  assert.equal(words.lemma('dikker', 'dikker'), 'dik');
  assert.equal(words.lemma('duurder', 'duurder'), 'duur');
  assert.equal(words.lemma('lekker', 'lekker'), 'lekker');
  assert.equal(words.lemma('voornaamste', 'voornaamst'), 'voornaam');
});

test('diminutives have their base noun as lemma, unless frequent enough to be words of their own', () => {
  const diminutives = new NounLemmatizer(
    { lemmas: new Map([['stuk', 2], ['man', 2], ['glas', 1], ['boom', 1], ['beet', 1], ['beetje', 12]]), forms: new Map() },
    new Set(),
    new Set(),
  );
  assert.equal(diminutives.lemma('stukje'), 'stuk');
  assert.equal(diminutives.lemma('mannetje'), 'man');
  assert.equal(diminutives.lemma('glaasje'), 'glas');
  assert.equal(diminutives.lemma('boompje'), 'boom');
  assert.equal(diminutives.lemma('beetje'), 'beetje');
  assert.equal(diminutives.lemma('meisje'), 'meisje');
});

test('adverbs keep their own form where adjectives go to the cardinal', () => {
  const words = new WordLemmatizer(closedClass(), new Set(), new Set());
  assert.equal(words.forTag('eerst', 'ADV', 'één'), 'eerst');
  assert.equal(words.forTag('eerst', 'ADJ', 'één'), 'één');
});
