/**
 * The event coder on small hand-parsed sentences (UD v2 trees written here, so that the tests do not depend on the
 * shipped models): one behaviour per test. Time expressions and actors come from the real time component and linker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimRecord, EventRecord } from '../../doc/article.js';
import { Doc } from '../../doc/doc.js';
import { Linker } from '../../link/index.js';
import { timeComponent } from '../../time/index.js';
import { EventCoder } from './coder.js';

const PUBLISHED = '2022-03-19';

/**
 * A Doc from sentences of lines "form lemma UPOS head relation" (head 1-based within the sentence, 0 for the root),
 * run through time expressions, the linker and the event coder.
 */
function code(language: string, ...sentences: string[]): { events: EventRecord[]; claims: ClaimRecord[]; text: string } {
  const forms: string[] = [];
  const rows: string[][] = [];
  const sentenceStarts: number[] = [];
  const heads: number[] = [];
  for (const sentence of sentences) {
    const lines = sentence.trim().split('\n').map((l) => l.trim().split(/\s+/));
    sentenceStarts.push(forms.length);
    const base = forms.length;
    for (const row of lines) {
      forms.push(row[0]);
      rows.push(row);
      heads.push(Number(row[3]) === 0 ? -1 : base + Number(row[3]) - 1);
    }
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  forms.forEach((form, i) => {
    if (i > 0) text += ' ';
    starts.push(text.length);
    text += form;
    ends.push(text.length);
  });
  const doc = new Doc(text, { starts: Int32Array.from(starts), ends: Int32Array.from(ends), sentenceStarts: Int32Array.from(sentenceStarts) }, language);
  rows.forEach((row, i) => {
    doc.lemma[i] = doc.strings.add(row[1]);
    doc.upos[i] = doc.strings.add(row[2]);
    doc.head[i] = heads[i];
    doc.dep[i] = doc.strings.add(row[4]);
  });
  const context = { published: PUBLISHED };
  timeComponent.apply(doc, context);
  Linker.forLanguage(language).apply(doc, context);
  EventCoder.forLanguage(language).apply(doc, context);
  return { events: doc.events, claims: doc.claims, text };
}

const countries = (refs: EventRecord['source']) => refs.map((r) => r.country);

test('a passive: the door-phrase is the source, the subject the target', () => {
  const { events } = code('nl', `
    Oekraïne Oekraïne PROPN 5 nsubj:pass
    werd worden AUX 5 aux:pass
    door door ADP 4 case
    Rusland Rusland PROPN 5 obl:agent
    aangevallen aan_vallen VERB 0 root
    . . PUNCT 5 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ASSAULT');
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
  assert.equal(events[0].status, 'asserted');
});

test('a separable verb split over the clause ("valt … aan") with a coordinated subject', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 4 nsubj
    en en CCONJ 3 cc
    Belarus Belarus PROPN 1 conj
    vallen vallen VERB 0 root
    Oekraïne Oekraïne PROPN 4 obj
    aan aan ADP 4 compound:prt
    . . PUNCT 4 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ASSAULT');
  assert.deepEqual(countries(events[0].source), ['RUS', 'BLR']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('a reciprocal meeting is one event between both parties, with its place', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    ontmoetten ontmoeten VERB 0 root
    elkaar elkaar PRON 4 obj
    in in ADP 7 case
    Rome Rome PROPN 4 obl
    . . PUNCT 4 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
  assert.deepEqual(events[0].location, { text: 'Rome', country: 'ITA' });
});

test('control: the subject of "zegt … te steunen" supports, and says so', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    zegt zeggen VERB 0 root
    Oekraïne Oekraïne PROPN 5 obj
    te te ADP 5 mark
    steunen steunen VERB 2 xcomp
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'SUPPORT');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
  assert.equal(events[0].status, 'reported');
  assert.equal(events[0].attributedTo, 'FRA');
});

test('a nominal event with "tussen" parties, and a country adjective as the source of another', () => {
  const { events } = code('nl', `
    Het het DET 2 det
    overleg overleg NOUN 7 nsubj
    tussen tussen ADP 4 case
    Frankrijk Frankrijk PROPN 2 nmod
    en en CCONJ 6 cc
    Duitsland Duitsland PROPN 4 conj
    duurde duren VERB 0 root
    lang lang ADJ 7 advmod
    . . PUNCT 7 punct`, `
    Russische Russisch ADJ 2 amod
    beschietingen beschieting NOUN 3 nsubj
    troffen treffen VERB 0 root
    Kiev Kiev PROPN 3 obj
    . . PUNCT 3 punct`);
  assert.deepEqual(events.map((e) => e.type), ['CONSULT', 'ASSAULT']);
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
  assert.deepEqual(countries(events[1].source), ['RUS']);
});

test('a claim denied in the next sentence: alleged, attributed, with claims of both sides', () => {
  const { events, claims } = code('nl', `
    De de DET 2 det
    VS VS PROPN 3 nsubj
    stellen stellen VERB 0 root
    dat dat SCONJ 10 mark
    Rusland Rusland PROPN 10 nsubj
    China China PROPN 10 iobj
    om om ADP 8 case
    wapens wapen NOUN 10 obl
    heeft hebben AUX 10 aux
    gevraagd vragen VERB 3 ccomp
    . . PUNCT 3 punct`, `
    China China PROPN 2 nsubj
    ontkent ontkennen VERB 0 root
    dat dat PRON 2 obj
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  const [request] = events;
  assert.equal(request.type, 'REQUEST');
  assert.deepEqual(countries(request.source), ['RUS']);
  assert.deepEqual(countries(request.target), ['CHN']);
  assert.equal(request.status, 'alleged');
  assert.equal(request.attributedTo, 'USA');
  assert.deepEqual(
    claims.map((c) => [c.claimant, c.stance, c.event]),
    [['USA', 'alleges', request.id], ['CHN', 'denies', request.id]],
  );
});

test('a denial of a that-clause makes the event denied', () => {
  const { events, claims } = code('nl', `
    China China PROPN 2 nsubj
    ontkent ontkennen VERB 0 root
    dat dat SCONJ 6 mark
    Iran Iran PROPN 6 nsubj
    Rusland Rusland PROPN 6 obj
    steunt steunen VERB 2 ccomp
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].status, 'denied');
  assert.deepEqual(claims.map((c) => [c.claimant, c.stance]), [['CHN', 'denies']]);
});

test('"volgens X" reports; niet negates; zou makes hypothetical; zal makes future', () => {
  const attack = (extra: string) => code('nl', `
    Rusland Rusland PROPN 3 nsubj
    ${extra}
    valt vallen VERB 0 root
    Oekraïne Oekraïne PROPN 3 obj
    aan aan ADP 3 compound:prt
    . . PUNCT 3 punct`.replace(/^\s*\n/m, ''));
  const reported = code('nl', `
    Volgens volgens ADP 2 case
    Frankrijk Frankrijk PROPN 3 obl
    valt vallen VERB 0 root
    Rusland Rusland PROPN 3 nsubj
    Oekraïne Oekraïne PROPN 3 obj
    aan aan ADP 3 compound:prt
    . . PUNCT 3 punct`).events;
  assert.equal(reported[0].status, 'reported');
  assert.equal(reported[0].attributedTo, 'FRA');
  assert.equal(attack('niet niet ADV 3 advmod').events[0].status, 'negated');
  assert.equal(attack('zou zullen AUX 3 aux').events[0].status, 'hypothetical');
  assert.equal(attack('zal zullen AUX 3 aux').events[0].status, 'future');
  assert.equal(attack('ook ook ADV 3 advmod').events[0].status, 'asserted');
});

test('mentions of one phone call merge into one event that keeps the date', () => {
  const { events } = code('nl', `
    Biden Biden PROPN 2 nsubj
    belde bellen VERB 0 root
    vrijdag vrijdag NOUN 2 obl
    Xi Xi PROPN 2 obj
    . . PUNCT 2 punct`, `
    Het het DET 2 det
    telefoongesprek telefoon_gesprek NOUN 3 nsubj
    duurde duren VERB 0 root
    twee twee NUM 5 nummod
    uur uur NOUN 3 obl
    . . PUNCT 3 punct`, `
    Het het DET 2 det
    gesprek gesprek NOUN 6 nsubj
    met met ADP 4 case
    Xi Xi PROPN 2 nmod
    was zijn AUX 6 cop
    kort kort ADJ 0 root
    . . PUNCT 6 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.equal(events[0].mode, 'phone');
  assert.equal(events[0].date, '2022-03-18');
  assert.equal(events[0].mentions?.length, 2);
});

test('a light verb lends its subject to a nominal event ("hadden telefonisch contact")', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    hadden hebben VERB 0 root
    maandag maandag NOUN 4 obl
    telefonisch telefonisch ADJ 7 amod
    contact contact NOUN 4 obj
    . . PUNCT 4 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].mode, 'phone');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
  assert.equal(events[0].date, '2022-03-14');
});

test('traps: sport, an animal, "dreigt te", a warning without anyone warned', () => {
  const sport = code('nl', `
    Ajax Ajax PROPN 2 nsubj
    valt vallen VERB 0 root
    aan aan ADP 2 compound:prt
    in in ADP 6 case
    de de DET 6 det
    wedstrijd wedstrijd NOUN 2 obl
    . . PUNCT 2 punct`);
  const animal = code('nl', `
    De de DET 2 det
    haai haai NOUN 3 nsubj
    viel vallen VERB 0 root
    de de DET 5 det
    zwemmer zwemmer NOUN 3 obj
    aan aan ADP 3 compound:prt
    . . PUNCT 3 punct`);
  const risk = code('nl', `
    De de DET 2 det
    regering regering NOUN 3 nsubj
    dreigt dreigen VERB 0 root
    te te ADP 5 mark
    vallen vallen VERB 3 xcomp
    . . PUNCT 3 punct`);
  const warning = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    waarschuwt waarschuwen VERB 0 root
    dat dat SCONJ 6 mark
    een een DET 5 det
    oplossing oplossing NOUN 6 nsubj:pass
    gezocht zoeken VERB 2 ccomp
    moet moeten AUX 6 aux
    worden worden AUX 6 aux:pass
    . . PUNCT 2 punct`);
  for (const trap of [sport, animal, risk, warning]) assert.deepEqual(trap.events.map((e) => e.type), [], trap.text);
});

test('a warning of consequences is a threat to whom they would hit', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    waarschuwde waarschuwen VERB 0 root
    dat dat SCONJ 7 mark
    Russische Russisch ADJ 5 amod
    steun steun NOUN 7 nsubj
    gevolgen gevolg NOUN 7 obj
    heeft hebben VERB 2 ccomp
    . . PUNCT 2 punct`);
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.ok(threat, JSON.stringify(events));
  assert.deepEqual(countries(threat.source), ['FRA']);
  assert.deepEqual(countries(threat.target), ['RUS']);
});

test('a relative clause: the antecedent is the relative pronoun\'s party', () => {
  const { events } = code('nl', `
    Het het DET 2 det
    Rusland Rusland PROPN 7 nsubj
    dat dat PRON 5 nsubj
    Oekraïne Oekraïne PROPN 5 obj
    binnenviel binnen_vallen VERB 2 acl:relcl
    , , PUNCT 7 punct
    zweeg zwijgen VERB 0 root
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('English: a passive with "by", and "according to" attribution', () => {
  const { events } = code('en', `
    According accord VERB 3 case
    to to ADP 1 fixed
    France France PROPN 7 obl
    , , PUNCT 7 punct
    Ukraine Ukraine PROPN 7 nsubj:pass
    was be AUX 7 aux:pass
    invaded invade VERB 0 root
    by by ADP 9 case
    Russia Russia PROPN 7 obl:agent
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ASSAULT');
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
  assert.equal(events[0].status, 'reported');
  assert.equal(events[0].attributedTo, 'FRA');
});

test('a partnership sealed by a light verb is cooperation between the coordinated subjects, dated by the clause', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    beklonken beklinken VERB 0 root
    vorige vorig ADJ 6 amod
    maand maand NOUN 4 obl
    een een DET 8 det
    partnerschap partnerschap NOUN 4 obj
    . . PUNCT 4 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'COOPERATE');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
  assert.equal(events[0].date, '2022-02');
});

test('misparse repairs: two subjects (the later is the object), the subject on the auxiliary, civilians as targets', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    heeft hebben AUX 7 aux
    een een DET 6 det
    32-jarige 32_jarig ADJ 6 amod
    man man NOUN 7 nsubj
    aangehouden aan_houden VERB 0 root
    . . PUNCT 7 punct`, `
    Frankrijk Frankrijk PROPN 2 nsubj
    steunt steunen VERB 0 root
    Oekraïne Oekraïne PROPN 2 nsubj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['COERCE', 'SUPPORT']);
  assert.equal(events[0].source[0].sector, 'COP');
  assert.deepEqual(events[0].target.map((t) => [t.text, t.sector]), [['een 32-jarige man', 'CVL']]);
  assert.deepEqual(countries(events[1].source), ['FRA']);
  assert.deepEqual(countries(events[1].target), ['UKR']);
});

test('a thing of a country stands for the country; things themselves are no targets', () => {
  const { events } = code('nl', `
    Syrië Syrië PROPN 2 nsubj
    beveelt bevelen VERB 0 root
    de de DET 4 det
    bezettingsmacht bezetting_macht NOUN 2 obj
    van van ADP 6 case
    Turkije Turkije PROPN 4 nmod
    . . PUNCT 2 punct`, `
    Rusland Rusland PROPN 2 nsubj
    steunt steunen VERB 0 root
    het het DET 4 det
    plan plan NOUN 2 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['REQUEST', 'SUPPORT']);
  assert.deepEqual(countries(events[0].target), ['TUR']);
  assert.deepEqual(events[1].target, []);
});
