import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from './index.js';
import { sentenceTexts, tokenTexts } from './testing/conformance.js';

const tokens = (text: string) => tokenTexts(text, segment(text, 'en'));
const sentences = (text: string) => sentenceTexts(text, segment(text, 'en'));
/** Written (surface) tokens: words split off a written word joined back. */
const surfaceTokens = (text: string) => {
  const { starts, ends, fused } = segment(text, 'en');
  const spans: [number, number][] = [];
  starts.forEach((start, i) => (fused?.[i] ? (spans[spans.length - 1][1] = ends[i]) : spans.push([start, ends[i]])));
  return spans.map(([start, end]) => text.slice(start, end));
};

describe('English segmenter', () => {
  it('keeps the period of titles, months and Latin abbreviations', () => {
    const text = 'Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m., i.e. after lunch, vs. the usual No. 2 slot.';
    const found = tokens(text);
    for (const abbreviation of ['Mr.', 'Dr.', 'Jan.', 'p.m.', 'i.e.', 'vs.', 'No.']) {
      assert.ok(found.includes(abbreviation), `${abbreviation} in ${JSON.stringify(found)}`);
    }
    assert.equal(sentences(text).length, 1);
    assert.deepEqual(tokens('The answer was no.'), ['The', 'answer', 'was', 'no', '.']);
  });

  it('keeps U.S. whole inside a sentence and at its end, without adding a period token', () => {
    assert.deepEqual(sentences('The U.S. Army said so. They moved to the U.S.\n\nThen it rained.'), [
      'The U.S. Army said so.',
      'They moved to the U.S.',
      'Then it rained.',
    ]);
    assert.deepEqual(tokens('They moved to the U.S.'), ['They', 'moved', 'to', 'the', 'U.S.']);
  });

  it('ends a sentence after etc. or Inc. before a capital', () => {
    assert.deepEqual(sentences('We sold apples, pears, etc. Then we left Acme Inc. Nobody noticed.'), [
      'We sold apples, pears, etc.',
      'Then we left Acme Inc.',
      'Nobody noticed.',
    ]);
  });

  it("keeps clitics on their word as UD English-EWT's multiword surface tokens (don't, it's, U.S.'s)", () => {
    assert.deepEqual(surfaceTokens("I don't think it's John's or the U.S.'s, and they'll say we can't."), [
      'I', "don't", 'think', "it's", "John's", 'or', 'the', "U.S.'s", ',', 'and', "they'll", 'say', 'we', "can't", '.',
    ]);
    assert.deepEqual(surfaceTokens('the parents’ house and the boss\' car'), ['the', 'parents’', 'house', 'and', 'the', "boss'", 'car']);
    assert.deepEqual(tokens("the U.S.'s envoy"), ['the', 'U.S.', "'s", 'envoy']);
  });

  it('splits hyphens as EWT does, except after prefixes and in phone numbers', () => {
    assert.deepEqual(tokens('a long-term plan by e-mail, non-stop, call 713-853-3989 for 3-4 days'), [
      'a', 'long', '-', 'term', 'plan', 'by', 'e-mail', ',', 'non-stop', ',', 'call', '713-853-3989', 'for', '3', '-', '4', 'days',
    ]);
  });

  it('splits currency, signs and units from numbers', () => {
    assert.deepEqual(tokens('It costs $5,000 or -5% for a 375mm statue, 8gb and 4th place'), [
      'It', 'costs', '$', '5,000', 'or', '-', '5', '%', 'for', 'a', '375', 'mm', 'statue', ',', '8', 'gb', 'and', '4th', 'place',
    ]);
  });

  it('starts a sentence with a lower-case word after a full stop, as informal text does', () => {
    assert.deepEqual(sentences('ok. see you there! bye... for now'), ['ok.', 'see you there!', 'bye... for now']);
  });

  it('ends a sentence after a month abbreviation before a capital, not before the day', () => {
    assert.deepEqual(sentences('The office stays closed until Oct. President Widodo came on Sept. 28 and left on Nov. 2.'), [
      'The office stays closed until Oct.',
      'President Widodo came on Sept. 28 and left on Nov. 2.',
    ]);
  });

  it('keeps a time zone with the clock time before it', () => {
    assert.deepEqual(sentences('The rally starts at 7 p.m. ET on Saturday. It ended at 8:00 PM EST Sunday. At 10 p.m. Crowds left.'), [
      'The rally starts at 7 p.m. ET on Saturday.',
      'It ended at 8:00 PM EST Sunday.',
      'At 10 p.m.',
      'Crowds left.',
    ]);
  });

  it('keeps Sens. with the names after it', () => {
    assert.deepEqual(sentences('He asked Sens. John Kennedy and Lindsey Graham.'), ['He asked Sens. John Kennedy and Lindsey Graham.']);
  });

  it('keeps a file name glued to its period in one sentence', () => {
    assert.deepEqual(sentences('See the draft (rev1).doc I have sent. ok.'), ['See the draft (rev1).doc I have sent.', 'ok.']);
  });

  it('starts a message after the timestamp of its header', () => {
    assert.deepEqual(sentences('Thanks. Robert Cass 04/16/2001 04:52 PM Please approve the file.'), [
      'Thanks.',
      'Robert Cass',
      '04/16/2001 04:52 PM',
      'Please approve the file.',
    ]);
  });

  it('lets a smiley end a sentence', () => {
    assert.deepEqual(sentences('Loved it :) Will come back.'), ['Loved it :)', 'Will come back.']);
  });

  it('splits clitics and fused words into the words a treebank has, marking them as one written word', () => {
    const text = "China's envoy didn't say they’re gone; we can't, I cannot, the Joneses' dog won't.";
    const segmentation = segment(text, 'en');
    const words = Array.from(segmentation.starts, (start, i) => text.slice(start, segmentation.ends[i]));
    assert.deepEqual(words, [
      'China', "'s", 'envoy', 'did', "n't", 'say', 'they', '’re', 'gone', ';', 'we', 'ca', "n't", ',', 'I', 'can', 'not', ',',
      'the', 'Joneses', "'", 'dog', 'wo', "n't", '.',
    ]);
    const fused = words.filter((_, i) => segmentation.fused?.[i] === 1);
    assert.deepEqual(fused, ["'s", "n't", '’re', "n't", 'not', "'", "n't"]);
  });

  it('leaves quotes and apostrophes that are not clitics alone', () => {
    const text = "He said 'no' in the '90s and rock 'n' roll, 'it' said.";
    const segmentation = segment(text, 'en');
    assert.ok(segmentation.fused?.every((f) => f === 0));
  });
});

