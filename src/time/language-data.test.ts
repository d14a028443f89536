import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateTimeData } from './language-data.js';
import { TIME_LANGUAGES, timeLanguageFor } from './languages.js';

describe('time language data', () => {
  it('loads and validates every language', () => {
    for (const language of TIME_LANGUAGES) {
      const data = timeLanguageFor(language);
      assert.equal(data.months.size, 12);
      assert.ok(data.weekdays.size >= 7);
    }
  });

  it('rejects bad data, naming the field', () => {
    const raw = JSON.parse(readFileSync(new URL('../lang/nl/time.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    assert.throws(() => validateTimeData({ ...raw, months: { januari: 13 } }, 'nl'), /months/);
    assert.throws(() => validateTimeData({ ...raw, weekdays: { Maandag: 1 } }, 'nl'), /weekdays/);
    assert.throws(() => validateTimeData({ ...raw, language: 'en' }, 'nl'), /language/);
    assert.throws(() => validateTimeData({ ...raw, monthz: {} }, 'nl'), /unknown field\(s\) monthz/);
    assert.throws(() => validateTimeData({ ...raw, holidays: { kerst: '25-12' } }, 'nl'), /holidays/);
  });

  it('throws for a language without data', () => {
    assert.throws(() => timeLanguageFor('xx'), /no time data/);
  });
});
