import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimexes } from './index.js';

function found(text: string, published: string | null = '2019-09-16'): [string, string][] {
  return findTimexes(text, 'en', published).map((t) => [text.slice(t.start, t.end), t.value]);
}

describe('time expressions in English', () => {
  it('reads a Wikinews dateline and the days around it', () => {
    const text = 'Monday, September 16, 2019\n\nIn an advisory issued late Sunday night, the center upgraded the storm. On Saturday, it hovered east of the island.';
    assert.deepEqual(found(text), [
      ['Monday, September 16, 2019', '2019-09-16'],
      ['late Sunday night', '2019-09-15'],
      ['Saturday', '2019-09-14'],
    ]);
  });

  it('does not take "may" or "march" as months when they are verbs', () => {
    assert.deepEqual(found('Protesters may march on the capital. May I ask a question?'), []);
  });

  it('takes an ambiguous month after a preposition', () => {
    assert.deepEqual(found('Elections were held in May.'), [['May', '2019-05']]);
  });

  it('does not take weekdays in names or years glued to names', () => {
    assert.deepEqual(found('The Sunday Times named the virus 2019-nCoV.'), []);
  });

  it('takes no holiday out of a name', () => {
    assert.deepEqual(found('The Great Orchestra of Christmas Charity met on Christmas Eve.', '2019-01-14'), [['Christmas Eve', '2018-12-24']]);
  });

  it('takes no year from clock times in UTC', () => {
    assert.deepEqual(found('The rally started at 18:00 local time (1500 UTC).'), []);
  });

  it('splits a day range in one token', () => {
    assert.deepEqual(found('The talks ran March 3-5 in Geneva.', '2022-03-19'), [
      ['March 3', '2022-03-03'],
      ['5', '2022-03-05'],
    ]);
  });

  it('reads decades with apostrophes and positions', () => {
    assert.deepEqual(found("The '90s, the mid-1990s and the late 1960s."), [
      ["The '90s", '199'],
      ['the mid-1990s', '199'],
      ['the late 1960s', '196'],
    ]);
  });

  it('reads year ranges with a hyphen as two years', () => {
    assert.deepEqual(found('He served 1980-1987 and again 1987–2017.'), [
      ['1980', '1980'],
      ['1987', '1987'],
      ['1987', '1987'],
      ['2017', '2017'],
    ]);
  });

  it('resolves "N decades ago" to a decade and "the past years" to a stretch', () => {
    assert.deepEqual(found('Two decades ago it was different; over the past years it changed.', '2019-01-27'), [
      ['Two decades ago', '199'],
      ['the past years', 'PXY'],
    ]);
  });
});
