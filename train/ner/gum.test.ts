import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gumToIob } from './gum.js';

const row = (id: number, form: string, upos: string, xpos: string, head: number, misc: string) =>
  [id, form, form, upos, xpos, '_', head, 'dep', '_', misc].join('\t');

test('GUM mentions become UNER names: proper-noun heads only, trimmed to the name, nested names kept apart', () => {
  const conllu = [
    '# newdoc id = GUM_test',
    '# text = Claire Bailey-Ross at the University of Portsmouth, United Kingdom said the city',
    row(1, 'Claire', 'PROPN', 'NNP', 0, 'Entity=(6-person-new-nnnnn-cf1-1-coref'),
    row(2, 'Bailey', 'PROPN', 'NNP', 1, '_'),
    row(3, '-', 'PUNCT', 'HYPH', 4, '_'),
    row(4, 'Ross', 'PROPN', 'NNP', 2, 'Entity=6)'),
    row(5, 'at', 'ADP', 'IN', 7, '_'),
    row(6, 'the', 'DET', 'DT', 7, 'Entity=(8-organization-new-nnnnn-cf3-3-sgl-University_of_Portsmouth'),
    row(7, 'University', 'PROPN', 'NNP', 1, '_'),
    row(8, 'of', 'ADP', 'IN', 9, '_'),
    row(9, 'Portsmouth', 'PROPN', 'NNP', 7, 'Entity=(9-place-new-nnnnn-cf4-1-sgl-Portsmouth)'),
    row(10, ',', 'PUNCT', ',', 12, '_'),
    row(11, 'United', 'VERB', 'NNP', 12, 'Entity=(10-place-new-nnnnn-cf5-1,2-coref-United_Kingdom'),
    row(12, 'Kingdom', 'PROPN', 'NNP', 7, 'Entity=10)8)'),
    row(13, 'said', 'VERB', 'VBD', 0, '_'),
    row(14, 'the', 'DET', 'DT', 15, 'Entity=(11-place-giv-nnnnn-cf1-1-coref'),
    row(15, 'city', 'NOUN', 'NN', 13, 'Entity=11)'),
    '',
  ].join('\n');
  const tags = gumToIob(conllu)
    .split('\n')
    .filter((line) => line.includes('\t') && !line.startsWith('-DOCSTART-'))
    .map((line) => line.split('\t')[1]);
  assert.deepEqual(tags, [
    'B-PER', 'I-PER', 'I-PER', 'I-PER', // Claire Bailey - Ross
    'O', 'O', // at the
    'B-ORG', 'I-ORG', 'I-ORG', // University of Portsmouth (the outer name wins over the nested place)
    'O',
    'B-LOC', 'I-LOC', // United Kingdom: "United" is a proper noun by its PTB tag
    'O', 'O', 'O', // "the city" has a common-noun head: no name
  ]);
});
