import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAcronym, isWrittenInCapitals, nameKey, possessiveStems, spellingKey } from './normalize.js';

test('nameKey folds case, diacritics, dots, hyphens, quotes and a leading article', () => {
  assert.equal(nameKey('Oekraïne'), 'oekraine');
  assert.equal(nameKey('  het  Witte Huis '), 'witte huis');
  assert.equal(nameKey('the White House'), 'white house');
  assert.equal(nameKey('U.S.'), 'us');
  assert.equal(nameKey('Noord-Korea'), 'noord korea');
  assert.equal(nameKey('Biden’s'), "biden's");
  assert.equal(nameKey('Élysée'), 'elysee');
  assert.equal(nameKey('de'), 'de', 'an article alone stays');
  assert.equal(nameKey('Đuro Macut'), 'duro macut');
  assert.equal(nameKey('Mesut Yılmaz'), 'mesut yilmaz');
  assert.equal(nameKey('Lech Wałęsa'), 'lech walesa');
  assert.equal(nameKey('Jonas Gahr Støre'), 'jonas gahr store');
});

test('possessiveStems strips Dutch and English possessive endings', () => {
  assert.deepEqual(possessiveStems("biden's"), ['biden']);
  assert.deepEqual(possessiveStems('poetins'), ['poetin']);
  assert.deepEqual(possessiveStems("lavrov'"), ['lavrov']);
  assert.deepEqual(possessiveStems('xi'), []);
});

test('spellingKey maps Dutch, English and transliterated spellings together', () => {
  assert.equal(spellingKey('poetin'), spellingKey('putin'));
  assert.equal(spellingKey('zelenski'), spellingKey('zelensky'));
  assert.equal(spellingKey('zelenskij'), spellingKey('zelenskyy'));
  assert.equal(spellingKey('sergej'), spellingKey('sergey'));
  assert.equal(spellingKey('tsjaad'), spellingKey('chad'));
  assert.notEqual(spellingKey('putin'), spellingKey('biden'));
});

test('acronyms need capitals in the query', () => {
  assert.equal(isAcronym('VS'), true);
  assert.equal(isAcronym('U.S.'), true);
  assert.equal(isAcronym('Verenigde Staten'), false);
  assert.equal(isAcronym('G20'), true);
  assert.equal(isWrittenInCapitals('VS'), true);
  assert.equal(isWrittenInCapitals("EU's"), true);
  assert.equal(isWrittenInCapitals('us'), false);
});

test('spellingKey folds a key word by word, the same as folding it whole', () => {
  assert.equal(spellingKey('sergej lavrov'), `${spellingKey('sergej')} ${spellingKey('lavrov')}`);
  assert.equal(spellingKey('wladimir poetin'), 'vladimir putin');
  assert.equal(spellingKey('ali khan'), 'aly han', "a final 'i' folds at the end of each word");
});

test('isWrittenInCapitals: the ASCII fast path agrees with the Unicode rule', () => {
  const unicodeRule = (query: string): boolean => {
    const stem = query.replace(/[^\p{L}]/gu, '').replace(/s$/, '');
    return stem.length > 0 && stem === stem.toUpperCase();
  };
  for (const query of ['VS', "VS'", "EU's", 'NGOs', 'us', 'Us', 's', 'S', '', '123', 'U.S.', 'G20', 'ABs', 'AbS', 'NAVO-top', 'ÉU', 'ÉUs', 'éU']) {
    assert.equal(isWrittenInCapitals(query), unicodeRule(query), query);
  }
});
