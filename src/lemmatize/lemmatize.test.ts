import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../io/conllu.js';
import { decodeModelFile, encodeModelFile, treebankFromSentences, type Treebank } from '../learn/index.js';
import { Lemmatizer, trainLemmatizer, useGoldTags } from './index.js';

type Row = [form: string, lemma: string, upos: string, head?: number, deprel?: string];

function treebank(sentences: Row[][]): Treebank {
  const text = sentences
    .map((rows) =>
      rows
        .map(([form, lemma, upos, head, deprel], i) => `${i + 1}\t${form}\t${lemma}\t${upos}\t_\t_\t${head ?? 0}\t${deprel ?? 'dep'}\t_\t_`)
        .join('\n'),
    )
    .join('\n\n');
  return treebankFromSentences(parseConllu(text + '\n'), 'nl');
}

const TRAINING: Row[][] = [
  [['walked', 'walk', 'VERB'], ['talked', 'talk', 'VERB'], ['jumped', 'jump', 'VERB'], ['kissed', 'kiss', 'VERB']],
  [['cats', 'cat', 'NOUN'], ['dogs', 'dog', 'NOUN'], ['books', 'book', 'NOUN'], ['trees', 'tree', 'NOUN']],
  [['cups', 'cup', 'NOUN'], ['pens', 'pen', 'NOUN'], ['played', 'play', 'VERB'], ['went', 'go', 'VERB']],
  [['rentevoet', 'rente_voet', 'NOUN'], ['voet', 'voet', 'NOUN'], ['stand', 'stand', 'NOUN'], ['Amsterdam', 'Amsterdam', 'PROPN']],
  [['Hij', 'hij', 'PRON', 2, 'nsubj'], ['sloot', 'af_sluiten', 'VERB', 0, 'root'], ['de', 'de', 'DET', 4, 'det'],
    ['deur', 'deur', 'NOUN', 2, 'obj'], ['af', 'af', 'ADP', 2, 'compound:prt'], ['.', '.', 'PUNCT', 2, 'punct']],
  [['Zij', 'zij', 'PRON', 2, 'nsubj'], ['sloot', 'sluiten', 'VERB', 0, 'root'], ['.', '.', 'PUNCT', 2, 'punct']],
  [['EU-landen', 'EU_land', 'NOUN'], ['top-banen', 'top_baan', 'NOUN'], ['ex-vrouwen', 'ex_vrouw', 'NOUN'],
    ['oud-leden', 'oud_lid', 'NOUN'], ['anti-rakketten', 'anti_raket', 'NOUN'], ['Noord-Holland', 'Noord-Holland', 'PROPN']],
  [['Stand', 'stand', 'NOUN'], ['Amerikanen', 'Amerikaan', 'NOUN']],
];

function lemmas(lemmatizer: Lemmatizer, rows: Row[]): string[] {
  const bank = treebank([rows]);
  useGoldTags(bank);
  lemmatizer.apply(bank.doc);
  return [...bank.doc.tokens()].map((t) => t.lemma);
}

const silent = { write: () => true } as never;
const train = () => trainLemmatizer(treebank(TRAINING), [treebank(TRAINING)], { epochs: 5, seed: 1, label: 'toy', log: silent });

test('known words come from the lexicon, unknown ones from edit-tree classes', () => {
  const { lemmatizer } = train();
  assert.deepEqual(
    lemmas(lemmatizer, [['went', '', 'VERB'], ['kicked', '', 'VERB'], ['hats', '', 'NOUN'], ['Amsterdam', '', 'PROPN']]),
    ['go', 'kick', 'hat', 'Amsterdam'],
  );
});

test('unknown compounds are split into a known first part and a known rest', () => {
  const { lemmatizer } = train();
  assert.deepEqual(lemmas(lemmatizer, [['rentestand', '', 'NOUN']]), ['rente_stand']);
});

test('unknown hyphenated words of a tag whose training words write the hyphen as "_" keep their first part', () => {
  const { lemmatizer } = train();
  assert.deepEqual(lemmas(lemmatizer, [['Oranje-cats', '', 'NOUN'], ['Zuid-Holland', '', 'PROPN']]), ['Oranje_cat', 'Zuid-Holland']);
});

test('a separable verb takes its particle when it closes the clause', () => {
  const { lemmatizer } = train();
  const sentence: Row[] = [['Zij', '', 'PRON'], ['sloot', '', 'VERB'], ['het', '', 'DET'], ['raam', '', 'NOUN'], ['af', '', 'ADP'], ['.', '', 'PUNCT']];
  assert.deepEqual(lemmas(lemmatizer, sentence).slice(0, 2), ['zij', 'af_sluiten']);
  const particleBeforeConjunction: Row[] = [['Zij', '', 'PRON'], ['sloot', '', 'VERB'], ['af', '', 'ADP'], ['en', '', 'CCONJ']];
  assert.equal(lemmas(lemmatizer, particleBeforeConjunction)[1], 'af_sluiten');
  const prepositionNotParticle: Row[] = [['Zij', '', 'PRON'], ['sloot', '', 'VERB'], ['af', '', 'ADP'], ['de', '', 'DET'], ['deur', '', 'NOUN']];
  assert.equal(lemmas(lemmatizer, prepositionNotParticle)[1], 'sluiten');
});

test('a separable verb takes its particle before "te" and before a prepositional phrase', () => {
  const { lemmatizer } = train();
  const beforeTe: Row[] = [['om', '', 'SCONJ'], ['af', '', 'ADP'], ['te', '', 'ADP'], ['sluiten', '', 'VERB']];
  assert.equal(lemmas(lemmatizer, beforeTe)[3], 'af_sluiten');
  const beforePreposition: Row[] = [['Zij', '', 'PRON'], ['sloot', '', 'VERB'], ['af', '', 'ADP'], ['met', '', 'ADP'], ['Jan', '', 'PROPN']];
  assert.equal(lemmas(lemmatizer, beforePreposition)[1], 'af_sluiten');
});

test('a name keeps its case where only a common noun of the same spelling is known', () => {
  const { lemmatizer } = train();
  assert.deepEqual(lemmas(lemmatizer, [['Stand', '', 'PROPN'], ['Amerikanen', '', 'PROPN']]), ['Stand', 'Amerikaan']);
});

test('a saved lemmatizer lemmatizes exactly like the trained one', () => {
  const { lemmatizer } = train();
  const loaded = Lemmatizer.fromModelFile(decodeModelFile(encodeModelFile(lemmatizer.toModelFile({}))));
  const rows: Row[] = [['kicked', '', 'VERB'], ['rentestand', '', 'NOUN'], ['sloot', '', 'VERB'], ['af', '', 'ADP']];
  assert.deepEqual(lemmas(loaded, rows), lemmas(lemmatizer, rows));
});
