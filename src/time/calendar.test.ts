import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber, formatDay, formatIsoWeek, isoWeekday, isValidDate, parseIsoDate } from './calendar.js';

describe('calendar', () => {
  it('numbers ISO weeks across year boundaries', () => {
    assert.equal(formatIsoWeek(dayNumber(2022, 3, 19)), '2022-W11');
    assert.equal(formatIsoWeek(dayNumber(2021, 1, 3)), '2020-W53');
    assert.equal(formatIsoWeek(dayNumber(2019, 12, 30)), '2020-W01');
  });

  it('gives ISO weekdays', () => {
    assert.equal(isoWeekday(dayNumber(2022, 3, 19)), 6);
    assert.equal(isoWeekday(dayNumber(1970, 1, 1)), 4);
    assert.equal(isoWeekday(dayNumber(1969, 12, 29)), 1);
  });

  it('checks and parses dates', () => {
    assert.equal(isValidDate(2019, 2, 29), false);
    assert.equal(isValidDate(2020, 2, 29), true);
    assert.equal(parseIsoDate('2022-02-30'), null);
    assert.equal(formatDay(parseIsoDate('2022-03-19') ?? 0), '2022-03-19');
  });
});
