import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAlpinoXml } from './alpino-xml.js';
import { alpinoToConllu } from './alpino-conllu.js';
import { buildTools } from './tools.js';
import { treeProblems } from './validate.js';
import type { ConlluSentence } from '../../src/io/conllu.js';

// Hand-written Alpino XML 1.2 snippets (cdb style: leaves with word/root/pos, empty co-indexed nodes).
const XML = `<?xml version="1.0" encoding="ISO-8859-1"?>
<alpino version="1.2">
<alpino_ds version="1.2" id="cop">
  <node begin="0" cat="top" end="4" id="0" rel="top">
    <node begin="0" cat="smain" end="3" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="noun" rel="su" root="dit" word="Dit"/>
      <node begin="1" end="2" id="3" pos="verb" rel="hd" root="ben" word="is"/>
      <node begin="2" end="3" id="4" pos="adj" rel="predc" root="onvermijdelijk" word="onvermijdelijk"/>
    </node>
    <node begin="3" end="4" id="5" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Dit is onvermijdelijk .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="pass">
  <node begin="0" cat="top" end="8" id="0" rel="top">
    <node begin="0" cat="smain" end="7" id="1" rel="--">
      <node begin="0" cat="np" end="2" id="2" index="1" rel="su">
        <node begin="0" end="1" id="3" pos="det" rel="det" root="de" word="De"/>
        <node begin="1" end="2" id="4" pos="noun" rel="hd" root="wet" word="wet"/>
      </node>
      <node begin="2" end="3" id="5" pos="verb" rel="hd" root="word" word="werd"/>
      <node begin="3" cat="ppart" end="7" id="6" rel="vc">
        <node begin="0" end="2" id="7" index="1" rel="obj1"/>
        <node begin="3" cat="pp" end="6" id="8" rel="mod">
          <node begin="3" end="4" id="9" pos="prep" rel="hd" root="door" word="door"/>
          <node begin="4" cat="np" end="6" id="10" rel="obj1">
            <node begin="4" end="5" id="11" pos="det" rel="det" root="de" word="de"/>
            <node begin="5" end="6" id="12" pos="noun" rel="hd" root="Kamer" word="Kamer"/>
          </node>
        </node>
        <node begin="6" end="7" id="13" pos="verb" rel="hd" root="neem" word="aangenomen"/>
      </node>
    </node>
    <node begin="7" end="8" id="14" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>De wet werd door de Kamer aangenomen .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="perf-conj">
  <node begin="0" cat="top" end="8" id="0" rel="top">
    <node begin="0" cat="smain" end="7" id="1" rel="--">
      <node begin="0" cat="conj" end="3" id="2" index="1" rel="su">
        <node begin="0" end="1" id="3" pos="noun" rel="cnj" root="Jan" word="Jan"/>
        <node begin="1" end="2" id="4" pos="vg" rel="crd" root="en" word="en"/>
        <node begin="2" end="3" id="5" pos="noun" rel="cnj" root="Piet" word="Piet"/>
      </node>
      <node begin="3" end="4" id="6" pos="verb" rel="hd" root="heb" word="hebben"/>
      <node begin="4" cat="ppart" end="7" id="7" rel="vc">
        <node begin="0" end="3" id="8" index="1" rel="su"/>
        <node begin="4" cat="np" end="6" id="9" rel="obj1">
          <node begin="4" end="5" id="10" pos="det" rel="det" root="het" word="het"/>
          <node begin="5" end="6" id="11" pos="noun" rel="hd" root="boek" word="boek"/>
        </node>
        <node begin="6" end="7" id="12" pos="verb" rel="hd" root="lees" word="gelezen"/>
      </node>
    </node>
    <node begin="7" end="8" id="13" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Jan en Piet hebben het boek gelezen .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="rel-pp">
  <node begin="0" cat="top" end="10" id="0" rel="top">
    <node begin="0" cat="smain" end="9" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="noun" rel="su" root="ik" word="Ik"/>
      <node begin="1" end="2" id="3" pos="verb" rel="hd" root="zie" word="zag"/>
      <node begin="2" cat="np" end="9" id="4" rel="obj1">
        <node begin="2" end="3" id="5" pos="det" rel="det" root="de" word="de"/>
        <node begin="3" end="4" id="6" pos="noun" rel="hd" root="man" word="man"/>
        <node begin="4" cat="pp" end="7" id="7" rel="mod">
          <node begin="4" end="5" id="8" pos="prep" rel="hd" root="in" word="in"/>
          <node begin="5" cat="np" end="7" id="9" rel="obj1">
            <node begin="5" end="6" id="10" pos="det" rel="det" root="het" word="het"/>
            <node begin="6" end="7" id="11" pos="noun" rel="hd" root="huis" word="huis"/>
          </node>
        </node>
        <node begin="7" cat="rel" end="9" id="12" rel="mod">
          <node begin="7" end="8" id="13" index="1" pos="noun" rel="rhd" root="die" word="die"/>
          <node begin="8" cat="ssub" end="9" id="14" rel="body">
            <node begin="7" end="8" id="15" index="1" rel="su"/>
            <node begin="8" end="9" id="16" pos="verb" rel="hd" root="lach" word="lacht"/>
          </node>
        </node>
      </node>
    </node>
    <node begin="9" end="10" id="17" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Ik zag de man in het huis die lacht .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="svp-ti">
  <node begin="0" cat="top" end="7" id="0" rel="top">
    <node begin="0" cat="smain" end="6" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="noun" rel="su" root="hij" word="Hij"/>
      <node begin="1" end="2" id="3" pos="verb" rel="hd" root="spoor" word="spoorde"/>
      <node begin="2" end="3" id="4" index="1" pos="noun" rel="obj1" root="haar" word="haar"/>
      <node begin="3" end="4" id="5" pos="part" rel="svp" root="aan" word="aan"/>
      <node begin="4" cat="ti" end="6" id="6" rel="vc">
        <node begin="4" end="5" id="7" pos="comp" rel="cmp" root="te" word="te"/>
        <node begin="5" cat="inf" end="6" id="8" rel="body">
          <node begin="2" end="3" id="9" index="1" rel="su"/>
          <node begin="5" end="6" id="10" pos="verb" rel="hd" root="stop" word="stoppen"/>
        </node>
      </node>
    </node>
    <node begin="6" end="7" id="11" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Hij spoorde haar aan te stoppen .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="mwu-aux">
  <node begin="0" cat="top" end="10" id="0" rel="top">
    <node begin="0" cat="smain" end="9" id="1" rel="--">
      <node begin="0" cat="mwu" end="2" id="2" index="1" rel="su">
        <node begin="0" end="1" id="3" pos="noun" rel="mwp" root="Jan" word="Jan"/>
        <node begin="1" end="2" id="4" pos="noun" rel="mwp" root="Jansen" word="Jansen"/>
      </node>
      <node begin="2" end="3" id="5" pos="verb" rel="hd" root="zal" word="zal"/>
      <node begin="3" cat="inf" end="9" id="6" rel="vc">
        <node begin="0" end="2" id="7" index="1" rel="su"/>
        <node begin="3" cat="pp" end="7" id="8" rel="mod">
          <node begin="3" cat="mwu" end="6" id="9" rel="hd">
            <node begin="3" end="4" id="10" pos="prep" rel="mwp" root="ten" word="ten"/>
            <node begin="4" end="5" id="11" pos="prep" rel="mwp" root="opzichte" word="opzichte"/>
            <node begin="5" end="6" id="12" pos="prep" rel="mwp" root="van" word="van"/>
          </node>
          <node begin="6" end="7" id="13" pos="noun" rel="obj1" root="hem" word="hem"/>
        </node>
        <node begin="7" end="8" id="14" pos="adv" rel="mod" root="niet" word="niet"/>
        <node begin="8" end="9" id="15" pos="verb" rel="hd" root="verheel" word="verhelen"/>
      </node>
    </node>
    <node begin="9" end="10" id="16" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Jan Jansen zal ten opzichte van hem niet verhelen .</sentence>
</alpino_ds>
<alpino_ds version="1.2" id="mwu-adj">
  <node begin="0" cat="top" end="5" id="0" rel="top">
    <node begin="0" cat="smain" end="4" id="1" rel="--">
      <node begin="0" end="1" id="2" pos="pron" rel="su" root="hij" word="Hij"/>
      <node begin="1" end="2" id="3" pos="verb" rel="hd" root="ben" word="is"/>
      <node begin="2" cat="mwu" end="4" id="4" rel="predc">
        <node begin="2" end="3" id="5" pos="adj" rel="mwp" root="op" word="op"/>
        <node begin="3" end="4" id="6" pos="adj" rel="mwp" root="zoek" word="zoek"/>
      </node>
    </node>
    <node begin="4" end="5" id="7" pos="punct" rel="--" root="." word="."/>
  </node>
  <sentence>Hij is op zoek .</sentence>
</alpino_ds>
</alpino>`;

const sentences = parseAlpinoXml(XML);
const tools = buildTools(sentences, []).alpino;
const converted = new Map(sentences.map((s) => [s.id, alpinoToConllu(s, tools)]));

/** "form upos lemma deprel headForm" per word, for compact assertions. */
function rows(id: string): Map<string, string> {
  const s = converted.get(id) as ConlluSentence;
  return new Map(
    s.words.map((w) => [w.form, `${w.upos} ${w.lemma} ${w.deprel} ${w.head === 0 ? 'ROOT' : s.words[w.head - 1].form}`]),
  );
}

test('every snippet becomes a valid UD tree with text and SpaceAfter', () => {
  assert.equal(converted.size, 7);
  for (const [id, s] of converted) assert.deepEqual(treeProblems(s), [], id);
  assert.equal(converted.get('cop')!.comments.get('text'), 'Dit is onvermijdelijk.');
  assert.equal(converted.get('cop')!.words[2].misc, 'SpaceAfter=No');
});

test('copula zijn depends on the predicate', () => {
  const r = rows('cop');
  assert.equal(r.get('onvermijdelijk'), 'ADJ onvermijdelijk root ROOT');
  assert.equal(r.get('is'), 'AUX zijn cop onvermijdelijk');
  assert.equal(r.get('Dit'), 'PRON dit nsubj onvermijdelijk');
  assert.equal(r.get('.'), 'PUNCT . punct onvermijdelijk');
});

test('passive: aux:pass, nsubj:pass through the trace, door-phrase as obl:agent', () => {
  const r = rows('pass');
  assert.equal(r.get('aangenomen'), 'VERB aan_nemen root ROOT');
  assert.equal(r.get('werd'), 'AUX worden aux:pass aangenomen');
  assert.equal(r.get('wet'), 'NOUN wet nsubj:pass aangenomen');
  assert.equal(r.get('Kamer'), 'PROPN Kamer obl:agent aangenomen');
  assert.equal(r.get('door'), 'ADP door case Kamer');
});

test('perfect auxiliary and coordination (cc on the following conjunct)', () => {
  const r = rows('perf-conj');
  assert.equal(r.get('gelezen'), 'VERB lezen root ROOT');
  assert.equal(r.get('hebben'), 'AUX hebben aux gelezen');
  assert.equal(r.get('Jan'), 'PROPN Jan nsubj gelezen');
  assert.equal(r.get('Piet'), 'PROPN Piet conj Jan');
  assert.equal(r.get('en'), 'CCONJ en cc Piet');
  assert.equal(r.get('boek'), 'NOUN boek obj gelezen');
  assert.equal(r.get('het'), 'DET het det boek');
});

test('PP inside NP is nmod with case; relative pronoun takes its trace function', () => {
  const r = rows('rel-pp');
  assert.equal(r.get('zag'), 'VERB zien root ROOT');
  assert.equal(r.get('man'), 'NOUN man obj zag');
  assert.equal(r.get('huis'), 'NOUN huis nmod man');
  assert.equal(r.get('in'), 'ADP in case huis');
  assert.equal(r.get('lacht'), 'VERB lachen acl:relcl man');
  assert.equal(r.get('die'), 'PRON die nsubj lacht');
});

test('separable particle, controlled te-infinitive as xcomp', () => {
  const r = rows('svp-ti');
  assert.equal(r.get('spoorde'), 'VERB aan_sporen root ROOT');
  assert.equal(r.get('aan'), 'ADP aan compound:prt spoorde');
  assert.equal(r.get('haar'), 'PRON haar obj spoorde');
  assert.equal(r.get('stoppen'), 'VERB stoppen xcomp spoorde');
  assert.equal(r.get('te'), 'ADP te mark stoppen');
});

test('names are flat, multiword prepositions fixed, modal zullen is aux, stems become infinitives', () => {
  const r = rows('mwu-aux');
  assert.equal(r.get('verhelen'), 'VERB verhelen root ROOT');
  assert.equal(r.get('zal'), 'AUX zullen aux verhelen');
  assert.equal(r.get('Jan'), 'PROPN Jan nsubj verhelen');
  assert.equal(r.get('Jansen'), 'PROPN Jansen flat Jan');
  assert.equal(r.get('hem'), 'PRON hem obl verhelen');
  assert.equal(r.get('ten'), 'ADP te case hem');
  assert.equal(r.get('van'), 'ADP van fixed ten');
  assert.equal(r.get('niet'), 'ADV niet advmod verhelen');
});

test('parts of a multi-word unit keep their own word class, not the class Alpino gives the whole', () => {
  const r = rows('mwu-adj');
  assert.equal(r.get('op')?.split(' ')[0], 'ADP');
  assert.equal(r.get('zoek')?.split(' ')[2], 'fixed');
});
