import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../io/conllu.js';
import { decodeModelFile, encodeModelFile, SeededRandom, treebankFromSentences, type Treebank } from '../learn/index.js';
import { Tagger, trainTagger } from './index.js';

const DETS = ['de', 'het', 'een'];
const NOUNS = ['wandeling', 'regering', 'vergadering', 'opening', 'kat', 'hond'];
const VERBS = ['werkt', 'loopt', 'praat', 'zwijgt'];

/** A toy treebank: "DET NOUN VERB . ," sentences, XPOS marking the noun's gender. */
function toyTreebank(count: number, seed: number): Treebank {
  const random = new SeededRandom(seed);
  const pick = (words: string[]) => words[random.int(words.length)];
  const sentences: string[] = [];
  for (let s = 0; s < count; s++) {
    const rows = [
      [pick(DETS), 'DET', 'LID'],
      [pick(NOUNS), 'NOUN', 'N'],
      [pick(VERBS), 'VERB', 'WW'],
      [',', 'PUNCT', 'LET'],
      ['.', 'PUNCT', 'LET'],
    ];
    sentences.push(rows.map(([form, upos, xpos], i) => `${i + 1}\t${form}\t${form}\t${upos}\t${xpos}\t_\t_\t_\t_\t_`).join('\n'));
  }
  return treebankFromSentences(parseConllu(sentences.join('\n\n') + '\n'), 'nl');
}

function tagsOf(tagger: Tagger, words: string[]): string[] {
  const conllu = words.map((w, i) => `${i + 1}\t${w}\t_\t_\t_\t_\t_\t_\t_\t_`).join('\n') + '\n';
  const { doc } = treebankFromSentences(parseConllu(conllu), 'nl');
  tagger.apply(doc);
  return [...doc.tokens()].map((t) => `${t.upos}/${t.xpos}`);
}

const silent = { write: () => true } as never;

test('the tagger learns word and suffix features and keeps unseen punctuation punctuation', () => {
  const { tagger, dev } = trainTagger(toyTreebank(80, 1), [toyTreebank(20, 2)], { epochs: 3, seed: 1, label: 'toy', log: silent });
  assert.equal(dev[0].upos, 100);
  assert.equal(dev[0].xpos, 100);
  assert.ok(tagger.hasXpos);
  // "beraadslaging" is unseen: its -ing suffix makes it a noun; "''" is unseen punctuation.
  assert.deepEqual(tagsOf(tagger, ['de', 'beraadslaging', 'praat', "''"]), ['DET/LID', 'NOUN/N', 'VERB/WW', 'PUNCT/LET']);
});

test('a saved tagger tags exactly like the trained one', () => {
  const { tagger } = trainTagger(toyTreebank(40, 3), [toyTreebank(5, 4)], { epochs: 2, seed: 7, label: 'toy', log: silent });
  const loaded = Tagger.fromModelFile(decodeModelFile(encodeModelFile(tagger.toModelFile({ note: 'test' }))));
  assert.deepEqual(loaded.meta, { note: 'test' });
  const words = ['het', 'hond', 'zwijgt', 'hond', 'de', 'opening', '.'];
  assert.deepEqual(tagsOf(loaded, words), tagsOf(tagger, words));
});

test('training is deterministic for a seed', () => {
  const train = () =>
    encodeModelFile(trainTagger(toyTreebank(30, 5), [toyTreebank(5, 6)], { epochs: 2, seed: 3, label: 'toy', log: silent }).tagger.toModelFile({}));
  assert.deepEqual(train(), train());
});

test('an unseen quote typed as two commas takes the tag of the comma', () => {
  // sentence-initial marks are SYM here ("- de kat werkt ,"), so only the comma's dictionary entry makes ",," PUNCT
  const rows = ['-\tSYM', 'de\tDET', 'kat\tNOUN', 'werkt\tVERB', ',\tPUNCT'];
  const sentence = rows.map((r, i) => {
    const [form, upos] = r.split('\t');
    return `${i + 1}\t${form}\t_\t${upos}\t_\t_\t_\t_\t_\t_`;
  }).join('\n');
  const bank = treebankFromSentences(parseConllu(Array.from({ length: 30 }, () => sentence).join('\n\n') + '\n'), 'nl');
  const { tagger } = trainTagger(bank, [], { epochs: 2, seed: 1, label: 'toy', log: silent });
  assert.deepEqual(tagsOf(tagger, [',,', 'de', 'kat']).map((t) => t.split('/')[0]), ['PUNCT', 'DET', 'NOUN']);
});

test('clause-end features are switched on by verb-final training data and kept in the model file', () => {
  // the toy sentences end their clause with a verb ("de kat werkt ,"): verb-final
  const { tagger } = trainTagger(toyTreebank(40, 3), [toyTreebank(5, 4)], { epochs: 1, seed: 7, label: 'toy', log: silent });
  assert.equal(tagger.clauseEnds, true);
  assert.equal(Tagger.fromModelFile(decodeModelFile(encodeModelFile(tagger.toModelFile({})))).clauseEnds, true);
  const verbFirst = treebankFromSentences(
    parseConllu(Array.from({ length: 20 }, () => '1\twerkt\t_\tVERB\tWW\t_\t_\t_\t_\t_\n2\tde\t_\tDET\tLID\t_\t_\t_\t_\t_\n3\tkat\t_\tNOUN\tN\t_\t_\t_\t_\t_\n4\t.\t_\tPUNCT\tLET\t_\t_\t_\t_\t_').join('\n\n') + '\n'),
    'nl',
  );
  assert.equal(trainTagger(verbFirst, [], { epochs: 1, seed: 1, label: 'toy', log: silent }).tagger.clauseEnds, false);
});
