import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, type ConlluSentence } from '../../src/io/conllu.js';
import { convertV1Sentence } from './v1-to-v2.js';
import { buildTools } from './tools.js';
import { treeProblems } from './validate.js';

const row = (...cols: (string | number)[]): string => [...cols, '_', '_'].join('\t');
const V1 = [
  '# wiki-1.p.1.s.1.xml',
  row(1, 'In', 'in', 'ADP', '_', '_', 2, 'case'),
  row(2, '1909', '1909', 'NUM', '_', '_', 4, 'nmod'),
  row(3, 'werd', 'worden', 'AUX', '_', '_', 4, 'auxpass'),
  row(4, 'ingevoerd', 'invoeren', 'VERB', '_', 'VerbForm=Part', 0, 'root'),
  row(5, 'de', 'de', 'DET', '_', 'Definite=Def', 6, 'det'),
  row(6, 'dienstplicht', 'dienstplicht', 'NOUN', '_', '_', 4, 'nsubj'),
  row(7, 'niet', 'niet', 'PART', '_', '_', 4, 'neg'),
  row(8, 'en', 'en', 'CONJ', '_', '_', 4, 'cc'),
  row(9, 'Jan', 'Jan', 'PROPN', '_', '_', 4, 'conj'),
  row(10, 'Smit', 'Smit', 'PROPN', '_', '_', 9, 'name'),
  row(11, '.', '.', 'PUNCT', '_', '_', 4, 'punct'),
  '',
  '# wiki-1.p.1.s.2.xml',
  row(1, 'Hij', 'hij', 'PRON', '_', '_', 2, 'nsubj'),
  row(2, 'moest', 'moeten', 'VERB', '_', 'VerbForm=Fin', 0, 'root'),
  row(3, 'zijn', 'zijn', 'DET', '_', 'Poss=Yes', 4, 'det'),
  row(4, 'boeken', 'boek', 'NOUN', '_', '_', 6, 'dobj'),
  row(5, 'vaak', 'vaak', 'ADV', '_', '_', 6, 'advmod'),
  row(6, 'voeren', 'voeren', 'VERB', '_', 'VerbForm=Inf', 2, 'xcomp'),
  row(7, 'ten', 'ten', 'ADP', '_', '_', 6, 'mwe'),
  row(8, '!', '!', 'PUNCT', '_', '_', 2, 'punct'),
  '',
  '# wiki-1.p.1.s.3.xml',
  row(1, 'Hij', 'hij', 'PRON', '_', '_', 2, 'nsubj'),
  row(2, 'won', 'winnen', 'VERB', '_', '_', 0, 'root'),
  row(3, 'met', 'met', 'ADP', '_', '_', 4, 'case'),
  row(4, '6', '6', 'NUM', '_', '_', 2, 'nmod'),
  row(5, '-', '-', 'PUNCT', '_', '_', 4, 'mwe'),
  row(6, '3', '3', 'NUM', '_', '_', 4, 'mwe'),
  row(7, '.', '.', 'PUNCT', '_', '_', 2, 'punct'),
  '',
  '# wiki-1.p.1.s.4.xml',
  row(1, 'De', 'de', 'DET', '_', '_', 2, 'det'),
  row(2, 'prijs', 'prijs', 'NOUN', '_', '_', 5, 'nsubjpass'),
  row(3, 'werd', 'worden', 'AUX', '_', '_', 5, 'auxpass'),
  row(4, 'drastisch', 'drastisch', 'ADJ', '_', '_', 5, 'amod'),
  row(5, 'verlaagd', 'verlagen', 'VERB', '_', 'VerbForm=Part', 0, 'root'),
  row(6, 'voor', 'voor', 'ADP', '_', '_', 8, 'case'),
  row(7, 'het', 'het', 'DET', '_', '_', 8, 'det'),
  row(8, 'tekenen', 'tekenen', 'VERB', '_', 'VerbForm=Inf', 5, 'nmod'),
  row(9, 'naar', 'naar', 'ADP', '_', '_', 11, 'case'),
  row(10, 'het', 'het', 'DET', '_', '_', 11, 'det'),
  row(11, 'model', 'model', 'NOUN', '_', '_', 8, 'nmod'),
  row(12, '.', '.', 'PUNCT', '_', '_', 5, 'punct'),
  '',
  '# wiki-1.p.1.s.5.xml',
  row(1, 'Het', 'het', 'PRON', '_', '_', 5, 'nsubj'),
  row(2, 'is', 'zijn', 'VERB', '_', '_', 5, 'cop'),
  row(3, 'echter', 'echter', 'ADV', '_', '_', 5, 'advmod'),
  row(4, 'ook', 'ook', 'ADV', '_', '_', 5, 'advmod'),
  row(5, 'schilderij', 'schilderij', 'NOUN', '_', '_', 0, 'root'),
  row(6, '«', '«', 'PUNCT', '_', '_', 7, 'punct'),
  row(7, 'De', 'de', 'DET', '_', '_', 5, 'appos'),
  row(8, 'aanbidding', 'aanbidding', 'NOUN', '_', '_', 7, 'mwe'),
  row(9, 'der', 'de', 'DET', '_', '_', 7, 'mwe'),
  row(10, 'wijzen', 'wijze', 'NOUN', '_', '_', 7, 'mwe'),
  row(11, '»', '»', 'PUNCT', '_', '_', 7, 'punct'),
  row(12, 'onder', 'onder', 'ADP', '_', '_', 15, 'case'),
  row(13, 'leiding', 'leiding', 'NOUN', '_', '_', 12, 'mwe'),
  row(14, 'van', 'van', 'ADP', '_', '_', 12, 'mwe'),
  row(15, 'Rubens', 'Rubens', 'PROPN', '_', '_', 7, 'nmod'),
  row(16, 'met', 'met', 'ADP', '_', '_', 18, 'case'),
  row(17, 'ook', 'ook', 'ADV', '_', '_', 18, 'advmod'),
  row(18, 'engelen', 'engel', 'NOUN', '_', '_', 7, 'nmod'),
  row(19, '.', '.', 'PUNCT', '_', '_', 5, 'punct'),
  '',
].join('\n');

function convert(): ConlluSentence[] {
  const ud = parseConllu(V1);
  const tools = buildTools([], ud).v1;
  return parseConllu(V1).map((s) => convertV1Sentence(s, tools));
}

const view = (s: ConlluSentence, form: string): string => {
  const w = s.words.find((x) => x.form === form)!;
  return `${w.upos} ${w.lemma} ${w.deprel} ${w.head === 0 ? 'ROOT' : s.words[w.head - 1].form}`;
};

test('v1 relations and tags become v2', () => {
  const [s] = convert();
  assert.deepEqual(treeProblems(s), []);
  assert.equal(s.comments.get('sent_id'), 'wiki-1.p.1.s.1');
  assert.equal(s.comments.get('text'), 'In 1909 werd ingevoerd de dienstplicht niet en Jan Smit.');
  assert.equal(view(s, '1909'), 'NUM 1909 obl ingevoerd');
  assert.equal(view(s, 'werd'), 'AUX worden aux:pass ingevoerd');
  assert.equal(view(s, 'dienstplicht'), 'NOUN dienstplicht nsubj:pass ingevoerd');
  assert.equal(view(s, 'niet'), 'ADV niet advmod ingevoerd');
  assert.equal(view(s, 'en'), 'CCONJ en cc ingevoerd');
  assert.equal(view(s, 'Smit'), 'PROPN Smit flat Jan');
  assert.equal(view(s, 'ingevoerd'), 'VERB in_voeren root ROOT');
});

test('modal heads become aux of their infinitive; possessives are PRON nmod:poss', () => {
  const [, s] = convert();
  assert.deepEqual(treeProblems(s), []);
  assert.equal(view(s, 'voeren'), 'VERB voeren root ROOT');
  assert.equal(view(s, 'moest'), 'AUX moeten aux voeren');
  assert.equal(view(s, 'Hij'), 'PRON hij nsubj voeren');
  assert.equal(view(s, 'boeken'), 'NOUN boek obj voeren');
  assert.equal(view(s, 'zijn'), 'PRON zijn nmod:poss boeken');
  assert.equal(view(s, 'ten'), 'ADP te fixed voeren');
  assert.equal(view(s, '!'), 'PUNCT ! punct voeren');
});

test('a mark inside a multi-word unit (a score) is SYM in its fixed relation, not PUNCT', () => {
  const [, , s] = convert();
  assert.deepEqual(treeProblems(s), []);
  assert.equal(view(s, '-'), 'SYM - fixed 6');
  assert.equal(view(s, '3'), 'NUM 3 fixed 6');
  assert.equal(view(s, '.'), 'PUNCT . punct won');
});

test('adjectives on verbs are advmod; a nominalised infinitive keeps nmod dependents', () => {
  const [, , , s] = convert();
  assert.deepEqual(treeProblems(s), []);
  assert.equal(view(s, 'drastisch'), 'ADJ drastisch advmod verlaagd');
  assert.equal(view(s, 'tekenen'), 'VERB tekenen obl verlaagd');
  assert.equal(view(s, 'model'), 'NOUN model nmod tekenen');
});

test('adverbs stay advmod on a copular nominal predicate, amod on other nominals; titles are flat', () => {
  const [, , , , s] = convert();
  assert.deepEqual(treeProblems(s), []);
  assert.equal(view(s, 'echter'), 'ADV echter advmod schilderij');
  assert.equal(view(s, 'engelen'), 'NOUN engel nmod De');
  assert.equal(s.words[16].deprel, 'amod');
  assert.equal(view(s, 'aanbidding'), 'NOUN aanbidding flat De');
  assert.equal(view(s, 'wijzen'), 'NOUN wijze flat De');
  assert.equal(view(s, 'leiding'), 'NOUN leiding fixed onder');
});
