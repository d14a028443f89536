import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import dutch from '../lang/nl/tokenizer.json' with { type: 'json' };
import english from '../lang/en/tokenizer.json' with { type: 'json' };
import { validateSegmenterData } from './language-data.js';
import { segment } from './index.js';

describe('segmenter language data', () => {
  it('accepts the shipped Dutch and English data', () => {
    assert.equal(validateSegmenterData(dutch, 'nl').language, 'nl');
    assert.equal(validateSegmenterData(english, 'en').hyphens, 'split');
  });

  it('names the language and the field of bad data', () => {
    assert.throws(() => validateSegmenterData({ ...dutch, language: 'en' }, 'nl'), /'nl': language/);
    assert.throws(() => validateSegmenterData({ ...dutch, abbreviations: ['dhr'] }, 'nl'), /abbreviations holds "dhr"/);
    assert.throws(() => validateSegmenterData({ ...dutch, trailingHyphen: 'yes' }, 'nl'), /trailingHyphen/);
    assert.throws(
      () => validateSegmenterData({ ...dutch, sentenceFinalAbbreviations: [...dutch.sentenceFinalAbbreviations, 'dhr.'] }, 'nl'),
      /dhr\. is listed twice/,
    );
    assert.throws(() => validateSegmenterData({ ...english, timeZones: ['est'] }, 'en'), /timeZones holds "est"/);
    assert.throws(() => validateSegmenterData(null, 'nl'), /not an object/);
  });

  it('refuses a language without data', () => {
    assert.throws(() => segment('Hallo', 'xx'), /no tokenizer for language 'xx' \(supported: nl, en\)/);
  });
});
