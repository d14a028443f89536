import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageDataEntries, languageDataRecord } from './validate.js';

test('a language data file must be an object of its own language, and its errors name the file', () => {
  assert.throws(() => languageDataRecord([], 'nl', 'trigger data'), /^Error: nl trigger data: not an object$/);
  assert.throws(() => languageDataRecord({ language: 'en' }, 'nl', 'trigger data'), /nl trigger data: language is "en", expected 'nl'/);
  const { record, fail } = languageDataRecord({ language: 'nl', x: 1 }, 'nl', 'coder data');
  assert.equal(record.x, 1);
  assert.throws(() => fail('unknown field'), /nl coder data: unknown field/);
});

test('entries: a non-empty list, each checked with its position and lemma in the message', () => {
  const lemma = (raw: unknown, where: string, fail: (m: string) => never): string =>
    typeof (raw as { lemma?: unknown }).lemma === 'string' ? (raw as { lemma: string }).lemma : fail(`${where}: lemma missing`);
  assert.throws(() => languageDataEntries({ language: 'en', entries: [] }, 'en', 'speech data', lemma), /entries must be a non-empty list/);
  assert.deepEqual(languageDataEntries({ language: 'en', entries: [{ lemma: 'say' }] }, 'en', 'speech data', lemma).entries, ['say']);
  assert.throws(
    () => languageDataEntries({ language: 'en', entries: [{ lemma: 'say' }, { pos: 'verb' }] }, 'en', 'speech data', lemma),
    /en speech data: entry 1 \(undefined\): lemma missing/,
  );
});
