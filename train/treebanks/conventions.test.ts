import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu, type ConlluSentence } from '../../src/io/conllu.js';
import { parseAlpinoXml } from './alpino-xml.js';
import { alpinoToConllu } from './alpino-conllu.js';
import { convertV1Sentence } from './v1-to-v2.js';
import { buildTools } from './tools.js';
import { treeProblems } from './validate.js';
import { hyphenLemma } from './hyphen-lemma.js';
import { closedClass } from './lexicon.js';
import { withoutGenitive } from './word-lemma.js';
import { markTruncatedWords } from './truncated.js';

// Word-level conventions of the current UD Dutch treebanks that the sources annotate differently.

const XML = `<?xml version="1.0" encoding="ISO-8859-1"?>
<alpino version="1.2">
<alpino_ds version="1.2" id="dlink">
  <node begin="0" cat="top" end="5" id="0" rel="top">
    <node begin="0" cat="du" end="4" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="comp" rel="dlink" root="maar" word="Maar"/>
      <node begin="1" cat="smain" end="4" id="3" rel="nucl">
        <node begin="1" end="2" id="4" pos="pron" rel="su" root="hij" word="hij"/>
        <node begin="2" end="3" id="5" pos="verb" rel="hd" root="wil" word="wil"/>
        <node begin="3" cat="np" end="4" id="6" rel="obj1">
          <node begin="3" end="4" id="7" pos="noun" rel="hd" root="meer" word="meer"/>
        </node>
      </node>
    </node>
    <node begin="4" end="5" id="8" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Maar hij wil meer .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="words">
  <node begin="0" cat="top" end="9" id="0" rel="top">
    <node begin="0" cat="smain" end="8" id="1" rel="--">
      <node begin="0" cat="np" end="3" id="2" rel="su">
        <node begin="0" end="1" id="3" pos="det" rel="det" root="de" word="De"/>
        <node begin="1" end="2" id="4" pos="adj" rel="mod" root="veel" word="meeste"/>
        <node begin="2" end="3" id="5" pos="noun" rel="hd" root="Oranje-belofte" word="Oranje-beloften"/>
      </node>
      <node begin="3" end="4" id="6" pos="verb" rel="hd" root="haat" word="haten"/>
      <node begin="4" cat="np" end="8" id="7" rel="obj1">
        <node begin="4" end="5" id="8" pos="det" rel="det" root="het" word="het"/>
        <node begin="5" end="6" id="9" pos="adj" rel="mod" root="19e" word="19e"/>
        <node begin="6" end="7" id="10" pos="adj" rel="mod" root="jarig" word="32-jarige"/>
        <node begin="7" end="8" id="11" pos="noun" rel="hd" root="bereik" word="bereiken"/>
      </node>
    </node>
    <node begin="8" end="9" id="12" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>De meeste Oranje-beloften haten het 19e 32-jarige bereiken .</sentence>
</alpino_ds>
</alpino>`;

const alpino = parseAlpinoXml(XML);
const alpinoTools = buildTools(alpino, []).alpino;
const converted = new Map(alpino.map((s) => [s.id, alpinoToConllu(s, alpinoTools)]));

function rows(s: ConlluSentence): Map<string, string> {
  return new Map(s.words.map((w) => [w.form, `${w.upos} ${w.lemma} ${w.deprel}`]));
}

test('Alpino: a sentence-initial coordinator (comp/dlink) is CCONJ', () => {
  const s = converted.get('dlink')!;
  assert.deepEqual(treeProblems(s), []);
  assert.equal(rows(s).get('Maar')!.split(' ')[0], 'CCONJ');
});

test('Alpino: degree forms of veel as modifiers are ADV, digit ordinals ADJ with the number as lemma', () => {
  const r = rows(converted.get('words')!);
  assert.equal(r.get('meeste')!.split(' ').slice(0, 2).join(' '), 'ADV veel');
  assert.equal(r.get('19e')!.split(' ').slice(0, 2).join(' '), 'ADJ 19');
});

test('Alpino: hyphenated compounds take "_" in the lemma, the whole first part kept', () => {
  const r = rows(converted.get('words')!);
  assert.equal(r.get('Oranje-beloften')!.split(' ')[1], 'Oranje_belofte');
  assert.equal(r.get('32-jarige')!.split(' ')[1], '32_jarig');
});

test('Alpino: "het" + an -en noun whose root is a verb stem ("bereik", also a noun) is a nominalised infinitive', () => {
  // a second copy where "bereik" is seen as a verb ("bereikt"), so that it is a known verb stem
  const verbUse = parseAlpinoXml(XML.replace('root="haat" word="haten"', 'root="bereik" word="bereikt"'));
  const tools = buildTools([...alpino, ...verbUse], []).alpino;
  const r = rows(alpinoToConllu(alpino[1], tools));
  assert.equal(r.get('bereiken')!.split(' ')[0], 'VERB');
});

const row = (...cols: (string | number)[]): string => [...cols, '_', '_'].join('\t');
const V1 = [
  '# wiki-9.p.1.s.1.xml',
  row(1, 'De', 'de', 'DET', '_', 'Definite=Def', 3, 'det'),
  row(2, 'meeste', 'veel', 'PRON', '_', 'PronType=Ind', 3, 'nmod'),
  row(3, 'bewoners', 'bewoner', 'NOUN', '_', 'Number=Plur', 4, 'nsubj'),
  row(4, 'zagen', 'zien', 'VERB', '_', '_', 0, 'root'),
  row(5, 'zowel', 'zowel', 'ADV', '_', '_', 7, 'cc'),
  row(6, 'hetzelfde', 'hetzelfde', 'ADJ', '_', '_', 7, 'det'),
  row(7, 'huis', 'huis', 'NOUN', '_', '_', 4, 'dobj'),
  row(8, 'als', 'als', 'SCONJ', '_', '_', 10, 'cc'),
  row(9, 'de', 'de', 'DET', '_', '_', 10, 'det'),
  row(10, '19e', '19', 'NUM', '_', '_', 11, 'nummod'),
  row(11, 'Lambermont-akkoord', 'Lambermont-akkoord', 'PROPN', '_', '_', 7, 'conj'),
  row(12, '.', '.', 'PUNCT', '_', '_', 4, 'punct'),
  '',
].join('\n');

test('LassySmall v1: degree words, "zowel", determiner slots, digit ordinals and hyphenated compounds', () => {
  const ud = parseConllu(V1);
  const tools = buildTools([], ud).v1;
  const [s] = parseConllu(V1).map((x) => convertV1Sentence(x, tools));
  assert.deepEqual(treeProblems(s), []);
  const r = rows(s);
  assert.equal(r.get('meeste'), 'ADV veel amod');
  assert.equal(r.get('zowel')!.split(' ')[0], 'CCONJ');
  assert.equal(r.get('hetzelfde')!.split(' ')[0], 'DET');
  assert.equal(r.get('19e'), 'ADJ 19 amod');
  assert.equal(r.get('Lambermont-akkoord')!.split(' ')[1], 'Lambermont_akkoord');
});

test('hyphenLemma keeps names, geographic adjectives and one-letter parts whole', () => {
  const lex = closedClass();
  assert.equal(hyphenLemma('Noord-Brabant', 'PROPN', 'Noord-Brabant', lex), 'Noord-Brabant');
  assert.equal(hyphenLemma('Zuid-Amerikaanse', 'ADJ', 'Zuid-Amerikaans', lex), 'Zuid-Amerikaans');
  assert.equal(hyphenLemma('e-mails', 'NOUN', 'e-mail', lex), 'e-mail');
  assert.equal(hyphenLemma('1-0', 'NUM', '1-0', lex), '1-0');
  assert.equal(hyphenLemma('diepte-investeringen', 'NOUN', 'diepte-investering', lex), 'diepte_investering');
  assert.equal(hyphenLemma('niet-communistische', 'ADJ', 'niet-communistisch', lex), 'niet_communistisch');
});

test('a name with a genitive apostrophe-s has the bare name as lemma', () => {
  assert.equal(withoutGenitive("Morgan's", "Morgan's"), 'Morgan');
  assert.equal(withoutGenitive("Rabo's", 'Rabo'), 'Rabo');
  assert.equal(withoutGenitive('Ensor', 'Ensor'), 'Ensor');
  assert.equal(withoutGenitive("'s", "'s"), "'s");
});

test('first halves of elided compounds ("land- en tuinbouw") are X with their form as lemma', () => {
  const tokens = [
    { form: 'land-', lemma: 'land', upos: 'NOUN' },
    { form: 'en', lemma: 'en', upos: 'CCONJ' },
    { form: 'tuinbouw', lemma: 'tuin_bouw', upos: 'NOUN' },
    { form: '-', lemma: '-', upos: 'PUNCT' },
  ];
  markTruncatedWords(tokens);
  assert.deepEqual(tokens.map((t) => `${t.upos} ${t.lemma}`), ['X land-', 'CCONJ en', 'NOUN tuin_bouw', 'PUNCT -']);
});
