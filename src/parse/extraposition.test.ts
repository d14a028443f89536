import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../doc/doc.js';
import { segment } from '../tokenize/index.js';
import { attachExtraposedPhrases, verbFinalClauseMarkers } from './extraposition.js';

/** A one-sentence Doc of `text` with the given heads (-1 for the root) and relations. */
function parsed(text: string, heads: number[], deps: string[]): Doc {
  const doc = new Doc(text, segment(text, 'nl'), 'nl');
  assert.equal(doc.length, heads.length, [...Array(doc.length).keys()].map((i) => doc.tokenText(i)).join('|'));
  heads.forEach((h, i) => {
    doc.head[i] = h;
    doc.dep[i] = doc.strings.add(deps[i]);
  });
  return doc;
}

test('a prepositional phrase hung on the verb above a dat-clause moves into the clause, as an oblique', () => {
  //          0    1    2     3    4     5    6     7     8   9    10        11
  const text = 'Hij liet weten dat Biden heeft gewezen op de gevolgen van steun .';
  const doc = parsed(
    text,
    [1, -1, 1, 6, 6, 6, 1, 9, 9, 1, 11, 9, 1],
    ['nsubj', 'root', 'compound:prt', 'mark', 'nsubj', 'aux', 'ccomp', 'case', 'det', 'nmod', 'case', 'nmod', 'punct'],
  );
  attachExtraposedPhrases(doc, 0, doc.length, verbFinalClauseMarkers('nl'));
  assert.equal(doc.head[9], 6, 'gevolgen under gewezen');
  assert.equal(doc.strings.get(doc.dep[9]), 'obl');
  assert.equal(doc.head[11], 9, 'what the phrase holds stays with it');
  assert.equal(doc.head[12], 1, 'the full stop stays with the main verb');
});

test('a phrase that does not follow the clause directly, or a clause without a verb-final marker, stays', () => {
  const text = 'Hij zei op maandag dat Biden heeft gewezen .';
  //            0   1   2  3       4   5     6     7       8
  const doc = parsed(text, [1, -1, 3, 1, 7, 7, 7, 1, 1], ['nsubj', 'root', 'case', 'obl', 'mark', 'nsubj', 'aux', 'ccomp', 'punct']);
  attachExtraposedPhrases(doc, 0, doc.length, verbFinalClauseMarkers('nl'));
  assert.equal(doc.head[3], 1, 'a phrase before the clause belongs to the verb above');
  assert.equal(verbFinalClauseMarkers('en').size, 0);
  assert.equal(verbFinalClauseMarkers('xx').size, 0);
});
