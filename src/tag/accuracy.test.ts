import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../io/conllu.js';
import { readTreebank, treebankFromSentences } from '../learn/index.js';
import { evaluateLemmatizer, Lemmatizer } from '../lemmatize/index.js';
import { evaluateTagger, Tagger } from './index.js';

/**
 * Accuracy regression test of the shipped tagger and lemmatizer on the UD dev files (gold tokenisation,
 * lemmas from predicted tags). English floors are the project targets; the Dutch ones sit just under the
 * current scores: Dutch-Alpino reaches the targets (UPOS 95.5, lemma 95), Dutch-LassySmall its lemma target but
 * not its UPOS target (see models/nl/tagger.md).
 */
const data = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

const CASES = [
  { language: 'en', file: 'ud-en-ewt/en_ewt-ud-dev.conllu', upos: 95.0, lemma: 96.0 },
  { language: 'nl', file: 'ud-nl-alpino/nl_alpino-ud-dev.conllu', upos: 96.0, lemma: 95.6 },
  { language: 'nl', file: 'ud-nl-lassysmall/nl_lassysmall-ud-dev.conllu', upos: 95.0, lemma: 94.9 },
];

for (const { language, file, upos, lemma } of CASES) {
  const path = data + file;
  test(`shipped ${language} tagger and lemmatizer on ${file}`, { skip: existsSync(path) ? false : `${path} is absent` }, () => {
    const tagger = Tagger.forLanguage(language);
    const lemmatizer = Lemmatizer.forLanguage(language);
    const treebank = readTreebank([path], language);
    const tags = evaluateTagger(tagger, treebank);
    assert.ok(tags.upos >= upos, `UPOS ${tags.upos.toFixed(2)} < ${upos}`);
    const lemmas = evaluateLemmatizer(lemmatizer, treebank, tagger);
    assert.ok(lemmas >= lemma, `lemma ${lemmas.toFixed(2)} < ${lemma}`);
  });
}

test('Dutch verbs come back to their infinitive, separable verbs with their particle', () => {
  const words = ['De', 'minister', 'ontkent', 'het', ',', 'waarschuwde', 'de', 'regering', 'en', 'sloot', 'de', 'grens', 'af', '.'];
  const conllu = words.map((w, i) => `${i + 1}\t${w}\t_\t_\t_\t_\t_\t_\t_\t_`).join('\n') + '\n';
  const { doc } = treebankFromSentences(parseConllu(conllu), 'nl');
  Tagger.forLanguage('nl').apply(doc);
  Lemmatizer.forLanguage('nl').apply(doc);
  const lemma = (word: string) => doc.token(words.indexOf(word)).lemma;
  assert.equal(lemma('ontkent'), 'ontkennen');
  assert.equal(lemma('waarschuwde'), 'waarschuwen');
  assert.equal(lemma('sloot'), 'af_sluiten');
  assert.equal(lemma('regering'), 'regering');
});
