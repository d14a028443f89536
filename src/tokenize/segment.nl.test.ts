import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { segment } from './index.js';
import { assertCase, assertWellFormed, sentenceTexts, tokenTexts } from './testing/conformance.js';

const tokens = (text: string) => tokenTexts(text, segment(text, 'nl'));
const sentences = (text: string) => sentenceTexts(text, segment(text, 'nl'));

describe('Dutch segmenter', () => {
  it('keeps the period of abbreviations and goes on with the sentence', () => {
    const text = 'Dhr. Jansen en mevr. De Vries spraken o.a. over bijv. de begroting m.b.t. blz. 5 van jan. 2020 en prof. dr. ir. Smit was er ook.';
    const found = tokens(text);
    for (const abbreviation of ['Dhr.', 'mevr.', 'o.a.', 'bijv.', 'm.b.t.', 'blz.', 'jan.', 'prof.', 'dr.', 'ir.']) {
      assert.ok(found.includes(abbreviation), `${abbreviation} in ${JSON.stringify(found)}`);
    }
    assert.equal(sentences(text).length, 1);
  });

  it('ends a sentence after an abbreviation that closes one, and after initials only when listed', () => {
    assert.deepEqual(sentences('Ze kochten appels, peren enz. Daarna gingen ze naar huis.'), [
      'Ze kochten appels, peren enz.',
      'Daarna gingen ze naar huis.',
    ]);
    assert.deepEqual(sentences('Volgens J. van Dijk en A.B. Smit kwam het. Toen niet.'), ['Volgens J. van Dijk en A.B. Smit kwam het.', 'Toen niet.']);
  });

  it("follows the Lassy conventions for elisions: 's and 't are tokens, z'n and zo'n stay whole", () => {
    assert.deepEqual(tokens("'s Avonds ging hij naar 's-Gravenhage, met z'n auto's en d'r zo'n boek van 't Hof."), [
      "'s", 'Avonds', 'ging', 'hij', 'naar', "'s-Gravenhage", ',', 'met', "z'n", "auto's", 'en', "d'r", "zo'n", 'boek', 'van', "'t", 'Hof', '.',
    ]);
    assert.deepEqual(tokens("in de jaren '80 en '90"), ['in', 'de', 'jaren', "'80", 'en', "'90"]);
  });

  it("reads ,, and '' as the opening and closing quotes of Dutch newspapers", () => {
    const text = ",,Mijn niveau is flink omhoog gegaan.'' Ze lachte. ,,Echt waar.''";
    assert.deepEqual(tokens(text).slice(0, 3), [',,', 'Mijn', 'niveau']);
    assert.deepEqual(sentences(text), [",,Mijn niveau is flink omhoog gegaan.''", 'Ze lachte.', ",,Echt waar.''"]);
    assert.deepEqual(sentences('Hij zei: „Nee.” Daarna ‘niets’ meer.'), ['Hij zei: „Nee.”', 'Daarna ‘niets’ meer.']);
  });

  it('keeps hyphenated compounds, truncated compounds, scores, numbers and percentages whole', () => {
    assert.deepEqual(tokens('De kwestie-Taiwan, mond- en klauwzeer, een 2-0 zege, 12.000 euro, 1,30 meter, 5% en 41,5%.'), [
      'De', 'kwestie-Taiwan', ',', 'mond-', 'en', 'klauwzeer', ',', 'een', '2-0', 'zege', ',', '12.000', 'euro', ',', '1,30', 'meter', ',', '5%', 'en', '41,5%', '.',
    ]);
    assert.deepEqual(tokens('Op 11 september 2001 in het O.L.V.-college'), ['Op', '11', 'september', '2001', 'in', 'het', 'O.L.V.-college']);
  });

  it('splits a heading glued to the sentence after it (text joined without line breaks)', () => {
    assert.deepEqual(sentences('Bosbouw Deze arbeider zaagt hout.'), ['Bosbouw', 'Deze arbeider zaagt hout.']);
    assert.deepEqual(sentences('Volgens Het Parool kwam hij.'), ['Volgens Het Parool kwam hij.']);
  });

  it('splits the example article into its 21 sentences, the heading line being one of them', () => {
    const text = readFileSync(new URL('../../examples/biden-xi.nl.txt', import.meta.url), 'utf8');
    const segmentation = segment(text, 'nl');
    assertWellFormed(text, segmentation);
    const found = sentenceTexts(text, segmentation);
    assert.equal(found.length, 21);
    // Every paragraph without final punctuation (the heading) must be a sentence of its own.
    const headings = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !/[.!?…'"”’]$/.test(p));
    assert.equal(headings.length, 1);
    for (const heading of headings) assert.ok(found.includes(heading), `heading "${heading}" is not a sentence`);
  });

  it('segments a news paragraph with a dateline, a quote, an ellipsis and a URL', () => {
    const text = 'DEN HAAG - Premier Rutte (VVD) zei: "We gaan door." Het kabinet-Rutte IV viel op 7 juli 2023...\n\nLees ook: https://nos.nl/artikel/1.html';
    assertCase(
      {
        name: 'news',
        text,
        contains: ['kabinet-Rutte', 'https://nos.nl/artikel/1.html', '...'],
        sentenceTexts: ['DEN HAAG - Premier Rutte (VVD) zei: "We gaan door."', 'Het kabinet-Rutte IV viel op 7 juli 2023...', 'Lees ook: https://nos.nl/artikel/1.html'],
      },
      segment(text, 'nl'),
    );
  });
});
