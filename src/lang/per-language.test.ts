import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perLanguage } from './per-language.js';

test('per-language data is validated once, on first use, and a missing language is named with the ones there are', () => {
  let builds = 0;
  const data = perLanguage('greeting data', { nl: { hello: 'hallo' }, en: { hello: 'hello' } }, (raw, language) => {
    builds++;
    const { hello } = raw as { hello: unknown };
    if (typeof hello !== 'string') throw new Error(`${language}: hello must be a string`);
    return hello.toUpperCase();
  });
  assert.deepEqual(data.languages, ['nl', 'en']);
  assert.equal(builds, 0);
  assert.equal(data.get('nl'), 'HALLO');
  assert.equal(data.get('nl'), 'HALLO');
  assert.equal(builds, 1);
  assert.throws(() => data.get('fr'), /no greeting data for language 'fr' \(supported: nl, en\)/);
  const broken = perLanguage('greeting data', { de: { hello: 3 } }, (raw, language) => {
    if (typeof (raw as { hello: unknown }).hello !== 'string') throw new Error(`${language}: hello must be a string`);
    return '';
  });
  assert.throws(() => broken.get('de'), /de: hello must be a string/);
});
