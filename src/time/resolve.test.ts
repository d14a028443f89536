import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber } from './calendar.js';
import { TimeResolver } from './resolve.js';

const past = () => 'past' as const;
const future = () => 'future' as const;
const none = () => null;

describe('time resolver', () => {
  const saturday = new TimeResolver(dayNumber(2022, 3, 19));
  const wednesday = new TimeResolver(dayNumber(2022, 3, 16));
  const newYear = new TimeResolver(dayNumber(2020, 1, 2));

  it('places weekends at the end of their ISO week', () => {
    assert.equal(saturday.unitValue('weekend', -1), '2022-W10-WE');
    assert.equal(saturday.unitValue('weekend', 0), '2022-W11-WE');
    assert.equal(saturday.unitValue('weekend', 1), '2022-W12-WE');
    assert.equal(wednesday.unitValue('weekend', 1), '2022-W11-WE');
  });

  it('crosses year boundaries for quarters, months and weeks', () => {
    assert.equal(newYear.unitValue('quarter', -1), '2019-Q4');
    assert.equal(newYear.unitValue('month', -1), '2019-12');
    assert.equal(newYear.unitValue('week', 0), '2020-W01');
    assert.equal(newYear.agoValue('decade', 2), '200');
  });

  it('lets bare weekdays follow the tense, the publication day included', () => {
    assert.equal(saturday.weekdayValue(6, null, 0, none), '2022-03-19');
    assert.equal(saturday.weekdayValue(1, null, 0, past), '2022-03-14');
    assert.equal(saturday.weekdayValue(1, null, 0, future), '2022-03-21');
    assert.equal(saturday.weekdayValue(6, 'future', 0, none), '2022-03-26');
    assert.equal(saturday.weekdayValue(6, 'past', 0, none), '2022-03-12');
    assert.equal(saturday.weekdayValue(3, 'this', -1, none), '2022-03-09');
  });

  it('takes a month without year nearest, or as tense and modifiers say', () => {
    assert.equal(newYear.nearestMonth(12, null, none), '2019-12');
    assert.equal(newYear.nearestMonth(12, null, future), '2020-12');
    assert.equal(saturday.nearestMonth(9, null, none), '2021-09');
    assert.equal(saturday.nearestMonth(3, 'past', none), '2021-03');
    assert.equal(saturday.nearestMonth(3, 'this', none), '2022-03');
  });

  it('counts winter from its December', () => {
    assert.equal(newYear.seasonValue('WI', 'this'), '2019-WI');
    assert.equal(newYear.seasonValue('WI', 'past'), '2018-WI');
    assert.equal(newYear.seasonValue('SU', 'past'), '2019-SU');
    assert.equal(newYear.seasonValue('SU', 'future'), '2020-SU');
  });

  it('resolves nothing relative without a publication day', () => {
    const unknown = new TimeResolver(null);
    assert.equal(unknown.relativeDay(-1), '');
    assert.equal(unknown.unitValue('week', 0), '');
    assert.equal(unknown.weekdayValue(5, null, 0, none), '');
    assert.equal(unknown.year(0), null);
  });
});
