/**
 * The language-neutral conformance suite: cases every language's segmenter must pass, plus the invariants every
 * segmentation must keep. `conformance.test.ts` runs it against each language in SEGMENTER_LANGUAGES.
 */
import assert from 'node:assert/strict';
import type { Segmentation } from '../../doc/doc.js';

export interface ConformanceCase {
  name: string;
  text: string;
  /** The expected token texts, all of them, in order. */
  tokens?: string[];
  /** Token texts that must occur as tokens (whole, not split). */
  contains?: string[];
  /** The expected number of sentences. */
  sentences?: number;
  /** Expected sentence texts (sliced from the first token's start to the last token's end). */
  sentenceTexts?: string[];
}

export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  { name: 'empty text', text: '', tokens: [], sentences: 0 },
  { name: 'whitespace only', text: ' \t\n\n \r\n\u00a0 ', tokens: [], sentences: 0 },
  {
    name: 'URLs with trailing punctuation and brackets',
    text: 'See https://example.com/a/b?x=1&y=2. Or (http://example.org/wiki/A_(b)) and www.example.nl, ok',
    tokens: ['See', 'https://example.com/a/b?x=1&y=2', '.', 'Or', '(', 'http://example.org/wiki/A_(b)', ')', 'and', 'www.example.nl', ',', 'ok'],
  },
  {
    name: 'e-mail addresses',
    text: 'Mail jan.de-vries+news@example.co.uk. Or <info@example.org>',
    tokens: ['Mail', 'jan.de-vries+news@example.co.uk', '.', 'Or', '<', 'info@example.org', '>'],
  },
  {
    name: 'handles and hashtags',
    text: '@kroniek_nl #Election2025! (@someone)',
    tokens: ['@kroniek_nl', '#Election2025', '!', '(', '@someone', ')'],
  },
  {
    name: 'numbers, times and decimals',
    text: '12.000 1,30 10:30 3.14 1.234.567,89 9/11 2020',
    tokens: ['12.000', '1,30', '10:30', '3.14', '1.234.567,89', '9/11', '2020'],
  },
  { name: 'ellipses', text: 'Wait... what… No', tokens: ['Wait', '...', 'what', '…', 'No'] },
  {
    name: 'quotes of every kind',
    text: '"a" \u201cb\u201d \u2018c\u2019 \u00abd\u00bb \u201ee\u201d ,,f\'\' ``g\'\'',
    tokens: ['"', 'a', '"', '\u201c', 'b', '\u201d', '\u2018', 'c', '\u2019', '\u00ab', 'd', '\u00bb', '\u201e', 'e', '\u201d', ',,', 'f', "''", '``', 'g', "''"],
  },
  { name: 'brackets and commas', text: '(word), [x]; y:z', tokens: ['(', 'word', ')', ',', '[', 'x', ']', ';', 'y', ':', 'z'] },
  { name: 'repeated terminal punctuation', text: 'Really?! Yes!!! Fine.', tokens: ['Really', '?!', 'Yes', '!!!', 'Fine', '.'], sentences: 3 },
  {
    name: 'a heading is a sentence of its own',
    text: 'Heading Without Stop\n\nFirst Sentence here. Second one here.\n\nLast paragraph without stop',
    sentenceTexts: ['Heading Without Stop', 'First Sentence here.', 'Second one here.', 'Last paragraph without stop'],
  },
  {
    name: 'a blank line always ends a sentence',
    text: 'some words, and a comma,\n\nmore words',
    sentenceTexts: ['some words, and a comma,', 'more words'],
  },
  {
    name: 'a single line break ends a line that does not run on',
    text: 'A Heading Here\nThe text starts. It goes on\nover a wrapped line,\nMore after a comma.\nA Second Heading\n- Item one\n- Item two',
    sentenceTexts: [
      'A Heading Here',
      'The text starts.',
      'It goes on\nover a wrapped line,\nMore after a comma.',
      'A Second Heading',
      '- Item one',
      '- Item two',
    ],
  },
  { name: 'Windows line ends', text: 'One here.\r\n\r\nTwo here', sentenceTexts: ['One here.', 'Two here'] },
  {
    name: 'emoji and astral characters keep UTF-16 offsets',
    text: 'Hi 😀 there👍🏽 ok 🇳🇱 𝒜bc 👨‍👩‍👧 end',
    tokens: ['Hi', '😀', 'there', '👍🏽', 'ok', '🇳🇱', '𝒜bc', '👨‍👩‍👧', 'end'],
  },
  { name: 'lone surrogates keep offsets well-formed', text: 'a\uD83Db \uDE00x y\uD83D', sentences: 1 },
  { name: 'a very long token', text: `x${'y'.repeat(200_000)}z.`, tokens: [`x${'y'.repeat(200_000)}z`, '.'] },
  { name: 'many tokens', text: 'ab '.repeat(30_000), sentences: 1 },
  { name: 'no-break and zero-width spaces separate tokens', text: 'a\u00a0b\u200bc', tokens: ['a', 'b', 'c'] },
  { name: 'sentence after closing quote', text: 'He said "Stop." Then left.', sentenceTexts: ['He said "Stop."', 'Then left.'] },
  {
    name: 'no sentence starts without white space before it',
    text: 'Open file (v2).Docs are attached. Price @2.975? Yes.',
    sentenceTexts: ['Open file (v2).Docs are attached.', 'Price @2.975?', 'Yes.'],
  },
  {
    name: 'the timestamp of a message stands apart, unless a lower-case word introduces it',
    text: 'See you.\n\nMike Jordan 04/04/2001 09:27 Please find the file. It came on 04/04/2001 09:27 from Anna.',
    sentenceTexts: ['See you.', 'Mike Jordan', '04/04/2001 09:27', 'Please find the file.', 'It came on 04/04/2001 09:27 from Anna.'],
  },
  {
    name: 'links listed one after another',
    text: 'Sources: http://a.example/x http://b.example/y www.c.example See http://d.example for more.',
    sentenceTexts: ['Sources: http://a.example/x', 'http://b.example/y', 'www.c.example', 'See http://d.example for more.'],
  },
  {
    name: 'a horizontal rule sets text apart, a short run of dashes does not',
    text: 'Kyle Jones Engineer ================ Radianz Avenue 12 ------------ NOTE This ----- That',
    sentenceTexts: ['Kyle Jones Engineer', '================', 'Radianz Avenue 12', '------------', 'NOTE This ----- That'],
  },
  {
    name: 'an attachment marker ends before a capital',
    text: '<< File: notes.doc >> Here are the notes >> and more.',
    sentenceTexts: ['<< File: notes.doc >>', 'Here are the notes >> and more.'],
  },
  {
    name: 'numbered items after a colon and after a bullet',
    text: 'Two points: 1. First point. 2. Second point.\n\n* 1. The first part. * 2. The second part. Ratio: 1 in 5.',
    sentenceTexts: ['Two points:', '1. First point.', '2. Second point.', '* 1. The first part.', '* 2. The second part.', 'Ratio: 1 in 5.'],
  },
];

/** White space, including the zero-width space and byte-order mark that also separate tokens. */
const SPACES = /^[\s\u200b\ufeff]*$/u;

/** Checks the invariants of any segmentation of `text`: every non-space character in exactly one token, in order. */
export function assertWellFormed(text: string, segmentation: Segmentation): void {
  const { starts, ends, sentenceStarts } = segmentation;
  assert.equal(starts.length, ends.length, 'starts and ends differ in length');
  let previousEnd = 0;
  for (let i = 0; i < starts.length; i++) {
    assert.ok(starts[i] >= previousEnd, `token ${i} overlaps or goes back`);
    assert.ok(ends[i] > starts[i], `token ${i} is empty`);
    assert.ok(ends[i] <= text.length, `token ${i} runs past the text`);
    assert.match(text.slice(previousEnd, starts[i]), SPACES, `non-space text dropped before token ${i}`);
    assert.doesNotMatch(text.slice(starts[i], ends[i]), /[\s\u200b\ufeff]/u, `token ${i} contains white space`);
    previousEnd = ends[i];
  }
  assert.match(text.slice(previousEnd), SPACES, 'non-space text dropped at the end');
  if (starts.length === 0) assert.equal(sentenceStarts.length, 0, 'sentences without tokens');
  else assert.equal(sentenceStarts[0], 0, 'the first sentence does not start at token 0');
  for (let s = 1; s < sentenceStarts.length; s++) {
    assert.ok(sentenceStarts[s] > sentenceStarts[s - 1] && sentenceStarts[s] < starts.length, `bad sentence start ${s}`);
  }
}

export function tokenTexts(text: string, segmentation: Segmentation): string[] {
  return Array.from(segmentation.starts, (start, i) => text.slice(start, segmentation.ends[i]));
}

export function sentenceTexts(text: string, segmentation: Segmentation): string[] {
  const { starts, ends, sentenceStarts } = segmentation;
  return Array.from(sentenceStarts, (first, s) => {
    const last = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] - 1 : starts.length - 1;
    return text.slice(starts[first], ends[last]);
  });
}

/** Runs one case against a segmentation of its text. */
export function assertCase(testCase: ConformanceCase, segmentation: Segmentation): void {
  const { text } = testCase;
  assertWellFormed(text, segmentation);
  const tokens = tokenTexts(text, segmentation);
  if (testCase.tokens) assert.deepEqual(tokens, testCase.tokens);
  for (const token of testCase.contains ?? []) assert.ok(tokens.includes(token), `"${token}" is not a token of ${JSON.stringify(tokens)}`);
  if (testCase.sentences !== undefined) assert.equal(segmentation.sentenceStarts.length, testCase.sentences);
  if (testCase.sentenceTexts) assert.deepEqual(sentenceTexts(text, segmentation), testCase.sentenceTexts);
}
