import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findTimexes } from './index.js';

/** Spans lie inside the text, in order, without overlap; values are ISO 8601-like or empty. */
function checkInvariants(text: string, language: string, published: string | null): void {
  const found = findTimexes(text, language, published);
  let previousEnd = 0;
  for (const t of found) {
    assert.ok(t.start >= previousEnd && t.start < t.end && t.end <= text.length, `bad span ${JSON.stringify(t)} in ${JSON.stringify(text)}`);
    assert.match(t.value, /^(|\d{2,4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|SP|SU|FA|WI))?|P(\d+|X)(D|W|M|Y|DE))$/);
    // Weeks only come from relative expressions (durations need no anchor).
    if (published === null && /^\d{4}-W/.test(t.value)) assert.fail(`relative value ${t.value} without a publication date`);
    previousEnd = t.end;
  }
}

describe('time expression invariants', () => {
  it('holds on odd inputs', () => {
    const odd = [
      '',
      ' ',
      '2019',
      '-',
      "'",
      "'90s",
      'mid-',
      'the end of',
      'begin van de',
      'vrijdag 31 februari',
      'February 30, 2019',
      '29-02-2019 en 31/04/2020',
      '99999999 1-2-3-4 2019-2018 0900-8844',
      'Jan. Mar. dec. sept.',
      'vorige vorige week week',
      'the the 1990s 1990s',
      '😀 vrijdag 😀 Friday',
      'İstanbul maandag',
    ];
    for (const text of odd) {
      for (const language of ['nl', 'en']) {
        checkInvariants(text, language, '2022-03-19');
        checkInvariants(text, language, null);
      }
    }
  });

  it('holds on the development texts', () => {
    const dev = new URL('../../eval/timex/dev.jsonl', import.meta.url);
    if (!existsSync(dev)) return;
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { text: string; language: string; published: string | null };
      checkInvariants(record.text, record.language, record.published);
      checkInvariants(record.text, record.language, null);
    }
  });
});
