import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './index.js';

test('tells Dutch, English, German and French news sentences apart', async () => {
  const cases: [string, string][] = [
    ['De minister van Buitenlandse Zaken heeft gisteren met zijn Duitse collega gesproken over de oorlog.', 'nl'],
    ['The foreign minister spoke with his German counterpart about the war on Thursday.', 'en'],
    ['Der Außenminister hat am Donnerstag mit seinem niederländischen Kollegen über den Krieg gesprochen.', 'de'],
    ['Le ministre des Affaires étrangères a parlé jeudi avec son homologue allemand de la guerre.', 'fr'],
  ];
  for (const [text, expected] of cases) {
    const guess = await detectLanguage(text);
    assert.equal(guess.language, expected, text);
    assert.ok(guess.reliable, text);
  }
});

test('says it is not sure about text without words', async () => {
  const guess = await detectLanguage('12345 !!! 678');
  assert.equal(guess.reliable, false);
});
