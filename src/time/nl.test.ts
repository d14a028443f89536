import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Doc } from '../doc/doc.js';
import { segment } from '../tokenize/index.js';
import { findTimexes, timeComponent } from './index.js';

/** The expressions found, as [span text, value] pairs. */
function found(text: string, published: string | null = '2022-03-19'): [string, string][] {
  return findTimexes(text, 'nl', published).map((t) => [text.slice(t.start, t.end), t.value]);
}

describe('time expressions in Dutch', () => {
  it('dates the example article (published Saturday 2022-03-19) through the pipeline component', () => {
    const text = readFileSync(new URL('../../examples/biden-xi.nl.txt', import.meta.url), 'utf8');
    const doc = new Doc(text, segment(text, 'nl'), 'nl');
    timeComponent.apply(doc, { published: '2022-03-19' });
    const values = doc.timexes.map((t) => [text.slice(t.start, t.end), t.value]);
    assert.deepEqual(values, [
      ['vrijdag', '2022-03-18'],
      ['vorige maand', '2022-02'],
      ['maandag', '2022-03-14'],
      ['Deze week', '2022-W11'],
      ['Maandag', '2022-03-14'],
    ]);
  });

  it('does not let a future verb in a following clause move a past weekday ("Maandag ... dat ... zal")', () => {
    assert.deepEqual(found('Maandag vochten zij, toen hij waarschuwde dat steun gevolgen zal hebben.'), [['Maandag', '2022-03-14']]);
  });

  it('reads a bare weekday in a present-tense sentence as ahead, in a past or perfect one as back', () => {
    assert.deepEqual(found('De Tweede Kamer debatteert donderdag over de begroting.'), [['donderdag', '2022-03-24']]);
    assert.deepEqual(found('De Tweede Kamer debatteerde donderdag over de begroting.'), [['donderdag', '2022-03-17']]);
    assert.deepEqual(found('Een man is vrijdagavond gewond geraakt.'), [['vrijdagavond', '2022-03-18']]);
    assert.deepEqual(found('Vrijdag wordt de verdediger gekeurd.'), [['Vrijdag', '2022-03-25']]);
  });

  it('reads both nights of "in de nacht van vrijdag 24 op zaterdag 25 mei"', () => {
    assert.deepEqual(found('In de nacht van vrijdag 24 op zaterdag 25 mei werd ingebroken.', '2019-05-25'), [
      ['vrijdag 24', '2019-05-24'],
      ['zaterdag 25 mei', '2019-05-25'],
    ]);
  });

  it('takes a weekday and day of month to the matching month', () => {
    assert.deepEqual(found('Het gebeurde vrijdag 4, vlak voor sluitingstijd.', '2022-03-19'), [['vrijdag 4', '2022-03-04']]);
  });

  it('keeps clock times out and the date in', () => {
    assert.deepEqual(found('Op donderdagavond 18 juli wordt rond 22.00 uur een vrouw beroofd.', '2019-07-31'), [
      ['donderdagavond 18 juli', '2019-07-18'],
    ]);
  });

  it('reads "van dit jaar" and "vorig jaar" after a date as its year', () => {
    assert.deepEqual(found('Het lab werd op 3 juli van dit jaar gevonden, de schietpartij was op 22 december vorig jaar.', '2019-08-16'), [
      ['3 juli van dit jaar', '2019-07-03'],
      ['22 december vorig jaar', '2018-12-22'],
    ]);
  });

  it('finds no month inside words or in a capitalised name mid-sentence', () => {
    assert.deepEqual(found('De maartse buien en de meimaand; daarna sprak Mei Li.'), []);
  });

  it('does not read "morgen" as tomorrow after an article or a weekday', () => {
    assert.deepEqual(found('In de morgen was het stil.'), []);
  });

  it('takes no year from postcodes, phone numbers or ages', () => {
    assert.deepEqual(found('Het adres is 2011 AB Haarlem, bel 0900-8844; de mannen van 25 en 44 jaar.'), []);
  });

  it('resolves "afgelopen nacht" and "vanavond"', () => {
    assert.deepEqual(found('Afgelopen nacht brak brand uit; vanavond volgt meer.', '2019-08-19'), [
      ['Afgelopen nacht', '2019-08-18'],
      ['vanavond', '2019-08-19'],
    ]);
  });

  it('reads holidays, seasons with a year and decades written with digits', () => {
    assert.deepEqual(found('Deze kerst, in de zomer van 2019 en in de jaren \'80.', '2018-12-17'), [
      ['Deze kerst', '2018-12-25'],
      ['de zomer van 2019', '2019-SU'],
      ["de jaren '80", '198'],
    ]);
  });
});
