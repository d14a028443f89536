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
 * A Doc from sentences of lines "form lemma UPOS head relation [XPOS]" (head 1-based within the sentence, 0 for the
 * root), run through time expressions, the linker and the event coder.
 */
function code(language: string, ...sentences: string[]): { events: EventRecord[]; claims: ClaimRecord[]; text: string } {
  return coded(parsed(language, ...sentences));
}

/** The Doc of `code` before any component ran. */
function parsed(language: string, ...sentences: string[]): Doc {
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
    if (row[5] !== undefined) doc.xpos[i] = doc.strings.add(row[5]);
  });
  return doc;
}

/** Time expressions, the linker and the event coder run on a Doc. */
function coded(doc: Doc): { events: EventRecord[]; claims: ClaimRecord[]; text: string } {
  const context = { published: PUBLISHED };
  timeComponent.apply(doc, context);
  Linker.forLanguage(doc.language).apply(doc, context);
  EventCoder.forLanguage(doc.language).apply(doc, context);
  return { events: doc.events, claims: doc.claims, text: doc.text };
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

test('a passive without its door-phrase: the subject labelled nsubj undergoes the event, so no one is its source', () => {
  const { events } = code('nl', `
    Amerikaanse Amerikaans ADJ 2 amod
    bedrijven bedrijf NOUN 4 nsubj
    worden worden AUX 4 aux:pass
    verboden verbieden VERB 0 root
    zaken zaak NOUN 7 obj
    te te ADP 7 mark
    doen doen VERB 4 xcomp
    . . PUNCT 4 punct`);
  assert.deepEqual(events, []);
});

test('signing is support only for an agreement: a decree signed supports no one', () => {
  const signed = (what: string) =>
    code('nl', `
      Trump Trump PROPN 3 nsubj
      heeft hebben AUX 3 aux
      ondertekend ondertekenen VERB 0 root
      een een DET 5 det
      ${what} ${what} NOUN 3 obj
      . . PUNCT 3 punct`).events.map((e) => e.type);
  assert.deepEqual(signed('decreet'), []);
  assert.deepEqual(signed('akkoord'), ['SUPPORT']);
});

test('misparse repair: a phrase hung on the modal of the verb cluster is its infinitive\'s ("met China te willen samenwerken")', () => {
  const { events } = code('nl', `
    Nederland Nederland PROPN 2 nsubj
    zegt zeggen VERB 0 root
    met met ADP 4 case
    China China PROPN 6 obl
    te te ADP 6 mark
    willen willen VERB 2 xcomp
    samenwerken samen_werken VERB 6 xcomp
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0].source), ['NLD']);
  assert.deepEqual(countries(events[0].target), ['CHN']);
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

test('a sports report is sport in every sentence: "Vettel hielp Leclerc" after three sentences about the race', () => {
  const helped = `
    Vettel Vettel PROPN 2 nsubj
    hielp helpen VERB 0 root
    Leclerc Leclerc PROPN 2 obj
    . . PUNCT 2 punct`;
  const about = (noun: string) => `
    Het het DET 2 det
    ${noun} ${noun} NOUN 3 nsubj
    begon beginnen VERB 0 root
    . . PUNCT 3 punct`;
  assert.deepEqual(code('nl', helped).events.map((e) => e.type), ['AID'], 'alone it reads as help');
  assert.deepEqual(code('nl', about('circuit'), about('seizoen'), about('kwalificatie'), helped).events, []);
  assert.deepEqual(code('nl', about('circuit'), about('debat'), about('kabinet'), helped).events.map((e) => e.type), ['AID'], 'one sport word is no sports report');
});

test('an investigation needs someone investigated: "onderzoekt of …" and "onderzoekt manieren" are research', () => {
  const investigates = (what: string) =>
    code('nl', `
      De de DET 2 det
      politie politie NOUN 3 nsubj
      onderzoekt onderzoeken VERB 0 root
      ${what}
      . . PUNCT 3 punct`).events.map((e) => e.type);
  assert.deepEqual(investigates('Rutte Rutte PROPN 3 obj'), ['ACCUSE']);
  assert.deepEqual(investigates('manieren manier NOUN 3 obj'), []);
});

test('a thing as object, also a pronoun or the subject of a passive, is no party ("released a statement", "passed it")', () => {
  const released = (object: string) =>
    code('en', `
      Iran Iran PROPN 2 nsubj
      released release VERB 0 root
      ${object} 2 obj
      . . PUNCT 2 punct`).events.map((e) => e.type);
  assert.deepEqual(released('prisoners prisoner NOUN'), ['RETREAT']);
  assert.deepEqual(released('statements statement NOUN'), []);
  assert.deepEqual(released('it it PRON'), []);
  const passive = code('en', `
    No no DET 2 det
    cause cause NOUN 4 nsubj:pass
    was be AUX 4 aux:pass
    released release VERB 0 root
    by by ADP 6 case
    Iran Iran PROPN 4 obl:agent
    . . PUNCT 4 punct`);
  assert.deepEqual(passive.events.map((e) => e.type), [], 'the subject of a passive is its object');
});

test('help needs someone helped, but an offer of help may name no one yet: AGREE', () => {
  const given = code('nl', `
    Nederland Nederland PROPN 3 nsubj
    noodhulp noodhulp NOUN 3 obj
    verstrekt verstrekken VERB 0 root
    . . PUNCT 3 punct`);
  assert.deepEqual(given.events, []);
  const offered = code('nl', `
    Nederland Nederland PROPN 4 nsubj
    zal zullen AUX 4 aux
    noodhulp noodhulp NOUN 4 obj
    verstrekken verstrekken VERB 0 root
    . . PUNCT 4 punct`);
  assert.deepEqual(offered.events.map((e) => `${e.type} ${e.status}`), ['AGREE asserted']);
});

test('a verbal attack on a plan or a speech is criticism, not force ("vielen hem aan op zijn betoog")', () => {
  const { events } = code('nl', `
    Kamerleden Kamerlid NOUN 2 nsubj
    vielen vallen VERB 0 root
    Wilders Wilders PROPN 2 obj
    aan aan ADP 2 compound:prt
    op op ADP 7 case
    zijn zijn PRON 7 nmod:poss
    betoog betoog NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => `${e.type}/${e.mode}`), ['ACCUSE/disapprove']);
});

test('"they" after coordinated names is each of them: "Trump met Kim in Singapore, where they agreed"', () => {
  const { events } = code('en', `
    Trump Trump PROPN 2 nsubj
    met meet VERB 0 root
    Kim Kim PROPN 2 obj
    in in ADP 5 case
    Singapore Singapore PROPN 2 obl
    . . PUNCT 2 punct`, `
    Putin Putin PROPN 4 nsubj
    and and CCONJ 3 cc
    Xi Xi PROPN 1 conj
    talked talk VERB 0 root
    . . PUNCT 4 punct`, `
    They they PRON 2 nsubj
    agreed agree VERB 0 root
    . . PUNCT 2 punct`);
  const agreed = events.find((e) => e.type === 'AGREE');
  assert.ok(agreed, JSON.stringify(events.map((e) => e.type)));
  assert.deepEqual([...countries(agreed.source), ...countries(agreed.target)].sort(), ['CHN', 'RUS']);
});

test('misparse repair: a country name before a titled name is no second subject ("United States President Donald Trump met …")', () => {
  const { events } = code('en', `
    United United PROPN 2 compound
    States States PROPN 6 nsubj
    President President PROPN 4 nmod:desc
    Donald Donald PROPN 6 nsubj
    Trump Trump PROPN 4 flat
    met meet VERB 0 root
    Xi Xi PROPN 6 obj
    . . PUNCT 6 punct`);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].source.map((p) => p.text), ['Donald Trump']);
  assert.deepEqual(countries(events[0].target), ['CHN']);
});

test('"te" before a form that is no infinitive is "too": "vindt het te vroeg" asks nothing', () => {
  const early = code('nl', `
    Rutte Rutte PROPN 2 nsubj
    vindt vinden VERB 0 root
    het het PRON 2 obj
    te te ADV 5 advmod
    vroeg vragen VERB 2 xcomp
    om om ADP 8 mark
    te te ADP 8 mark
    speculeren speculeren VERB 5 ccomp
    . . PUNCT 2 punct`);
  assert.deepEqual(early.events, []);
  const asked = code('nl', `
    Rutte Rutte PROPN 2 nsubj
    vroeg vragen VERB 0 root
    China China PROPN 2 obj
    om om ADP 5 case
    hulp hulp NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.deepEqual(asked.events.map((e) => e.type), ['REQUEST'], 'without "te" it is the past of "vragen"');
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

test('misparse repair: a genitive name before a bare noun owns it', () => {
  const { events } = code('nl', `
    Maandag maandag PROPN 2 obl
    bekritiseerde bekritiseren VERB 0 root
    Bidens Biden PROPN 2 nsubj
    veiligheidsadviseur veiligheid_adviseur NOUN 2 obj
    Jake Jake PROPN 4 appos
    Sullivan Sullivan PROPN 5 flat
    Yang Yang PROPN 2 obj
    Jiechi Jiechi PROPN 7 flat
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['ACCUSE']);
  assert.deepEqual(events[0].source.map((s) => s.text), ['Jake Sullivan']);
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

test('a past form the lemmatizer left unresolved: weak ("veroordeelden") and strong ("beschoot") verbs', () => {
  const weak = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    veroordeelden veroordeelden VERB 0 root
    Rusland Rusland PROPN 4 obj
    . . PUNCT 4 punct`);
  assert.deepEqual(weak.events.map((e) => e.type), ['ACCUSE']);
  assert.deepEqual(countries(weak.events[0].target), ['RUS']);
  const strong = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    beschoot beschoot VERB 0 root
    Oekraïne Oekraïne PROPN 2 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(strong.events.map((e) => e.type), ['ASSAULT']);
  const none = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    wandelde wandelde VERB 0 root
    . . PUNCT 2 punct`);
  assert.equal(none.events.length, 0);
});

test('an object pronoun is not its own clause subject: "Rusland beschuldigde hem" is someone else', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    protesteerde protesteren VERB 0 root
    . . PUNCT 2 punct`, `
    Rusland Rusland PROPN 2 nsubj
    beschuldigde beschuldigen VERB 0 root
    hem hem PRON 2 obj
    . . PUNCT 2 punct`);
  const accusation = events.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.deepEqual(countries(accusation.source), ['RUS']);
  assert.deepEqual(countries(accusation.target), ['FRA']);
});

test('a te-infinitive has no subject: its misparsed subject is the object of the verb ("verweet X … te verspreiden")', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    verweet verwijten VERB 0 root
    Rusland Rusland PROPN 6 nsubj
    desinformatie desinformatie NOUN 6 obj
    te te ADP 6 mark
    verspreiden verspreiden VERB 2 ccomp
    . . PUNCT 2 punct`);
  const accusation = events.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.deepEqual(countries(accusation.source), ['FRA']);
  assert.deepEqual(countries(accusation.target), ['RUS']);
});

test('the subject pronoun of a side clause is the main clause subject: "De politie …, toen ze … arresteerde"', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    greep grijpen VERB 0 root
    in in ADP 3 compound:prt
    toen toen SCONJ 8 mark
    ze ze PRON 8 nsubj
    demonstranten demonstrant NOUN 8 obj
    arresteerde arresteren VERB 3 advcl
    . . PUNCT 3 punct`);
  const arrest = events.find((e) => e.type === 'COERCE');
  assert.ok(arrest);
  assert.equal(arrest.source[0].text, 'De politie');
  assert.equal(arrest.source[0].sector, 'COP');
});

test('"vragen om" with the om-clause hung on the object; a target inside a thing ("de beschuldigingen tegen X")', () => {
  const request = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    vraagt vragen VERB 0 root
    de de DET 5 det
    inwoners inwoner NOUN 3 obj
    om om ADP 9 mark
    zich zich PRON 9 expl:pv
    te te ADP 9 mark
    melden melden VERB 5 acl
    . . PUNCT 3 punct`);
  assert.deepEqual(request.events.map((e) => e.type), ['REQUEST']);
  assert.equal(request.events[0].target[0].text, 'de inwoners');
  const inquiry = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    onderzoekt onderzoeken VERB 0 root
    de de DET 4 det
    beschuldigingen beschuldiging NOUN 2 obj
    tegen tegen ADP 6 case
    Rusland Rusland PROPN 4 nmod
    . . PUNCT 2 punct`);
  const investigation = inquiry.events.find((e) => e.type === 'ACCUSE' && e.source[0].country === 'FRA');
  assert.ok(investigation);
  assert.deepEqual(countries(investigation.target), ['RUS']);
});

test('a promise to act is that act in the future, not a second AGREE event', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    belooft beloven VERB 0 root
    Rusland Rusland PROPN 5 obj
    te te ADP 5 mark
    straffen straffen VERB 2 xcomp
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => [e.type, e.status]), [['SANCTION', 'future']]);
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('a passive suspicion controls the infinitive and makes it alleged ("Hij wordt ervan verdacht … te hebben bedreigd")', () => {
  const { events } = code('nl', `
    Hij hij PRON 4 nsubj:pass
    wordt worden AUX 4 aux:pass
    ervan ervan ADV 4 advmod
    verdacht verdenken VERB 0 root
    een een DET 6 det
    agent agent NOUN 9 obj
    te te ADP 9 mark
    hebben hebben AUX 9 aux
    bedreigd bedreigen VERB 4 xcomp
    . . PUNCT 4 punct`);
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.ok(threat);
  assert.equal(threat.source[0].text, 'Hij');
  assert.equal(threat.target[0].text, 'een agent');
  assert.equal(threat.status, 'alleged');
});

test('English: announced cooperation is AGREE with CAMEO\'s intent code (PLOVER manual), an announced withdrawal CONCEDE', () => {
  const meeting = code('en', `
    France France PROPN 3 nsubj
    will will AUX 3 aux
    meet meet VERB 0 root
    Germany Germany PROPN 3 obj
    . . PUNCT 3 punct`).events;
  assert.deepEqual(meeting.map((e) => [e.type, e.cameo, e.status]), [['AGREE', '036', 'asserted']]);
  assert.deepEqual(countries([...meeting[0].source, ...meeting[0].target]).sort(), ['DEU', 'FRA']);
  const aboutTo = code('en', `
    Russia Russia PROPN 3 nsubj
    is be AUX 3 cop
    about about ADJ 0 root
    to to PART 5 mark
    meet meet VERB 3 xcomp
    Ukraine Ukraine PROPN 5 obj
    . . PUNCT 3 punct`).events;
  assert.deepEqual(aboutTo.map((e) => e.type), ['AGREE'], '"is about to" announces');
  const withdrawal = code('en', `
    Russia Russia PROPN 3 nsubj
    will will AUX 3 aux
    withdraw withdraw VERB 0 root
    from from ADP 5 case
    Ukraine Ukraine PROPN 3 obl
    . . PUNCT 3 punct`).events;
  assert.deepEqual(withdrawal.map((e) => [e.type, e.status]), [['CONCEDE', 'asserted']]);
  const past = code('en', `
    France France PROPN 2 nsubj
    met meet VERB 0 root
    Germany Germany PROPN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(past.map((e) => [e.type, e.status]), [['CONSULT', 'asserted']]);
});

test('English: a time expression is no party; an indirect object is the recipient', () => {
  const { events } = code('en', `
    France France PROPN 2 nsubj
    urged urge VERB 0 root
    Russia Russia PROPN 2 iobj
    on on ADP 5 case
    Monday Monday PROPN 2 obl
    to to PART 7 mark
    withdraw withdraw VERB 2 xcomp
    . . PUNCT 2 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request);
  assert.deepEqual(countries(request.target), ['RUS']);
  const criticism = code('en', `
    Germany Germany PROPN 2 nsubj
    condemned condemn VERB 0 root
    the the DET 4 det
    decision decision NOUN 2 obj
    on on ADP 6 case
    Monday Monday PROPN 2 obl
    . . PUNCT 2 punct`).events;
  assert.equal(criticism.length, 1);
  assert.deepEqual(criticism[0].target, []);
});

test('English: a complement hung on the object ("received weapons from X"): the giver\'s AID to the receiver', () => {
  const { events } = code('en', `
    Ukraine Ukraine PROPN 2 nsubj
    received receive VERB 0 root
    weapons weapon NOUN 2 obj
    from from ADP 5 case
    Germany Germany PROPN 3 nmod
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['AID']);
  assert.deepEqual(countries(events[0].source), ['DEU']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('English: a title before a name is one subject; an agent noun takes the country of its "from" complement', () => {
  const visit = code('en', `
    Russia Russia PROPN 3 nmod:poss
    's 's PART 1 case
    president president NOUN 5 nsubj
    Putin Putin PROPN 5 nsubj
    visited visit VERB 0 root
    China China PROPN 5 obj
    . . PUNCT 5 punct`).events;
  assert.equal(visit.length, 1);
  assert.equal(visit[0].source[0].text, 'Putin');
  assert.deepEqual(countries(visit[0].target), ['CHN']);
  const attack = code('en', `
    Soldiers soldier NOUN 4 nsubj
    from from ADP 3 case
    Russia Russia PROPN 1 nmod
    attacked attack VERB 0 root
    Ukraine Ukraine PROPN 4 obj
    . . PUNCT 4 punct`).events;
  assert.equal(attack.length, 1);
  assert.equal(attack[0].source[0].text, 'Soldiers from Russia');
  assert.deepEqual([attack[0].source[0].country, attack[0].source[0].sector], ['RUS', 'MIL']);
});

test('English: plain verbs CAMEO codes only with both actors named are no events alone ("took steps", "faced lawsuits")', () => {
  const took = code('en', `
    Russia Russia PROPN 2 nsubj
    took take VERB 0 root
    steps step NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(took, []);
  const faced = code('en', `
    Russia Russia PROPN 2 nsubj
    faced face VERB 0 root
    lawsuits lawsuit NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(faced, []);
  const takeOver = code('en', `
    Russia Russia PROPN 2 nsubj
    took take VERB 0 root
    over over ADP 2 compound:prt
    Crimea Crimea PROPN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(takeOver.map((e) => e.type), ['COERCE'], 'the phrasal pattern still seizes');
});

test('English: in sport a country is a team, no political actor', () => {
  const { events } = code('en', `
    Korea Korea PROPN 3 nmod:poss
    's 's PART 1 case
    women woman NOUN 4 nsubj
    grabbed grab VERB 0 root
    the the DET 6 det
    medal medal NOUN 4 obj
    . . PUNCT 4 punct`);
  assert.deepEqual(events, []);
  const hyphenated = code('en', `
    Korea Korea PROPN 3 nmod:poss
    's 's PART 1 case
    women woman NOUN 4 nsubj
    grabbed grab VERB 0 root
    gold gold NOUN 4 obj
    after after ADP 9 case
    a a DET 9 det
    hat hat NOUN 9 compound
    - - PUNCT 8 punct
    trick trick NOUN 4 obl
    . . PUNCT 4 punct`).events;
  assert.deepEqual(hyphenated, [], 'a hyphenated sport word split by the tokenizer ("hat - trick")');
});

test('"op verdenking van" a nominal event: the one arrested is its source, and it is alleged', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    hield houden VERB 0 root
    een een DET 5 det
    man man NOUN 3 obj
    aan aan ADP 3 compound:prt
    op op ADP 10 case
    verdenking verdenking ADP 7 fixed
    van van ADP 7 fixed
    mishandeling mishandeling NOUN 3 obl
    van van ADP 13 case
    een een DET 13 det
    vrouw vrouw NOUN 10 nmod
    . . PUNCT 3 punct`);
  assert.deepEqual(events.map((e) => e.type).sort(), ['ASSAULT', 'COERCE']);
  const assault = events.find((e) => e.type === 'ASSAULT')!;
  assert.equal(assault.source[0].text, 'een man');
  assert.equal(assault.target[0].text, 'een vrouw');
  assert.equal(assault.status, 'alleged');
  assert.equal(events.find((e) => e.type === 'COERCE')!.status, 'asserted');
});

test('a passive with a door-phrase and its subject labelled nsubj: the subject undergoes the event', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 5 nsubj
    werd worden AUX 5 aux:pass
    door door ADP 4 case
    Oekraïne Oekraïne PROPN 5 obl
    bedreigd bedreigen VERB 0 root
    . . PUNCT 5 punct`);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0].source), ['UKR']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('a second party hung on a nominal event joins its complement; a title with a name in apposition is a party', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    voerde voeren VERB 0 root
    een een DET 4 det
    gesprek gesprek NOUN 2 obj
    met met ADP 6 case
    Duitsland Duitsland PROPN 4 nmod
    en en CCONJ 9 cc
    de de DET 9 det
    heer heer NOUN 4 conj
    Jansen Jansen PROPN 9 appos
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.deepEqual(events[0].target.map((t) => t.text), ['Duitsland', 'de heer Jansen']);
});

test('a verb and its own nominal object telling one event give one record ("sloten een overeenkomst")', () => {
  const { events } = code('nl', `
    De de DET 2 det
    regeringen regering NOUN 3 nsubj
    sloten sluiten VERB 0 root
    een een DET 5 det
    overeenkomst overeenkomst NOUN 3 obj
    . . PUNCT 3 punct`);
  assert.deepEqual(events.map((e) => e.type), ['SUPPORT']);
});

test("'zou' in a that-clause is a future in the past; a denial outranks the clause's own modality", () => {
  const promised = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    verklaarde verklaren VERB 0 root
    dat dat SCONJ 7 mark
    hij hij PRON 7 nsubj
    Rusland Rusland PROPN 7 obj
    zou zullen AUX 7 aux
    straffen straffen VERB 2 ccomp
    . . PUNCT 2 punct`);
  assert.deepEqual(promised.events.map((e) => [e.type, e.status]), [['SANCTION', 'future']]);
  const denied = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    ontkende ontkennen VERB 0 root
    dat dat SCONJ 8 mark
    hij hij PRON 8 nsubj
    Oekraïne Oekraïne PROPN 8 obj
    zou zullen AUX 8 aux
    hebben hebben AUX 8 aux
    aangevallen aan_vallen VERB 2 ccomp
    . . PUNCT 2 punct`);
  assert.deepEqual(denied.events.map((e) => [e.type, e.status]), [['ASSAULT', 'denied']]);
});

test('a nominal event that a speech verb takes as its object is reported by its subject', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    benadrukte benadrukken VERB 0 root
    de de DET 4 det
    gesprekken gesprek NOUN 2 obj
    tussen tussen ADP 6 case
    Rusland Rusland PROPN 4 nmod
    en en CCONJ 8 cc
    Oekraïne Oekraïne PROPN 6 conj
    . . PUNCT 2 punct`);
  const talks = events.find((e) => e.type === 'CONSULT');
  assert.ok(talks);
  assert.equal(talks.status, 'reported');
  assert.equal(talks.attributedTo, 'FRA');
});

test('conjoined relative clauses share their noun ("activisten die … en die deelnemen aan een protest")', () => {
  const { events } = code('nl', `
    Twee twee NUM 2 nummod
    activisten activist NOUN 0 root
    die die PRON 4 nsubj
    jong jong ADJ 2 amod
    zijn zijn AUX 4 cop
    en en CCONJ 8 cc
    die die PRON 8 nsubj
    deelnemen deel_nemen VERB 4 conj
    aan aan ADP 10 case
    protest protest NOUN 8 obl
    . . PUNCT 2 punct`);
  const protest = events.find((e) => e.type === 'PROTEST');
  assert.ok(protest);
  assert.match(protest.source[0].text, /^activisten\b/);
});

test('verb-second with the object first: a pronoun right after the verb is the subject ("De Raad roep ik op")', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    roep roep VERB 0 root
    ik ik PRON 2 nsubj
    op op ADP 2 compound:prt
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'REQUEST');
  assert.equal(events[0].source[0].text, 'ik');
  assert.deepEqual(countries(events[0].target), ['FRA']);
});

test('an object parsed as a further apposition of the subject, or run into a name of its complement', () => {
  const apposition = code('nl', `
    Zaterdag zaterdag NOUN 2 obl
    beschuldigde beschuldigen VERB 0 root
    de de DET 5 det
    Russische Russisch ADJ 5 amod
    minister minister NOUN 2 nsubj
    , , PUNCT 7 punct
    Lavrov Lavrov PROPN 5 appos
    , , PUNCT 10 punct
    de de DET 10 det
    VS VS PROPN 5 appos
    . . PUNCT 2 punct`);
  assert.deepEqual(apposition.events.map((e) => [e.type, countries(e.source), countries(e.target)]), [['ACCUSE', ['RUS'], ['USA']]]);
  const runTogether = code('nl', `
    beschuldigde beschuldigen VERB 0 root
    de de DET 3 det
    ambassadeur ambassadeur NOUN 1 nsubj
    van van ADP 5 case
    Frankrijk Frankrijk PROPN 3 nmod
    Rusland Rusland PROPN 5 flat
    . . PUNCT 1 punct`);
  const accusation = runTogether.events.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.deepEqual(countries(accusation.target), ['RUS']);
});

test('the object of a threatened act may be a name hung on the infinitive without a preposition', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    dreigde dreigen VERB 0 root
    om om ADP 6 mark
    Rusland Rusland PROPN 6 obl
    te te ADP 6 mark
    straffen straffen VERB 2 advcl
    . . PUNCT 2 punct`);
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.ok(threat);
  assert.deepEqual(countries(threat.target), ['RUS']);
});

test('English: "agreed to support" is one announced SUPPORT (AGREE 032); a signed treaty is SUPPORT, whatever its kind', () => {
  const agreed = code('en', `
    France France PROPN 2 nsubj
    agreed agree VERB 0 root
    to to PART 4 mark
    support support VERB 2 xcomp
    Ukraine Ukraine PROPN 4 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(agreed.map((e) => [e.type, e.cameo]), [['AGREE', '032']]);
  assert.deepEqual(countries(agreed[0].target), ['UKR']);
  const treaty = code('en', `
    France France PROPN 2 nsubj
    signed sign VERB 0 root
    a a DET 5 det
    defence defence NOUN 5 compound
    treaty treaty NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(treaty.map((e) => [e.type, e.cameo]), [['SUPPORT', '057']]);
});

test('English: coordinated country modifiers are as many parties; a passive without agent borrows no source', () => {
  const meeting = code('en', `
    Russia Russia PROPN 2 nsubj
    met meet VERB 0 root
    French French ADJ 6 amod
    and and CCONJ 5 cc
    German German ADJ 3 conj
    leaders leader NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.equal(meeting.length, 1);
  assert.deepEqual(countries([...meeting[0].source, ...meeting[0].target]).sort(), ['DEU', 'FRA', 'RUS']);
  const killed = code('en', `
    The the DET 2 det
    army army NOUN 3 nsubj
    withdrew withdraw VERB 0 root
    and and CCONJ 6 cc
    were be AUX 6 aux:pass
    killed kill VERB 3 conj
    . . PUNCT 3 punct`).events;
  assert.deepEqual(killed.map((e) => e.type), ['RETREAT'], 'the soldiers killed are not the killers');
});

test('a relative clause on an apposition describes the named person; its pronoun beside an object is the subject', () => {
  const { events } = code('nl', `
    Jan Jan PROPN 0 root
    Jansen Jansen PROPN 1 flat
    , , PUNCT 5 punct
    een een DET 5 det
    timmerman timmerman NOUN 1 appos
    die die PRON 13 obj
    samen samen ADV 13 advmod
    met met ADP 10 case
    zijn zijn PRON 10 nmod:poss
    vrouw vrouw NOUN 13 obl
    het het DET 12 det
    protest protest NOUN 13 obj
    bijwoonde bij_wonen VERB 5 acl:relcl
    . . PUNCT 1 punct`);
  const protest = events.find((e) => e.type === 'PROTEST');
  assert.ok(protest);
  assert.match(protest.source[0].text, /^Jan Jansen/);
  assert.deepEqual(protest.target, []);
});

test('"van door X gesteunde troepen": the agent of a participle is not the source of the noun', () => {
  const { events } = code('nl', `
    Turkije Turkije PROPN 2 nsubj
    verijdelde verijdelen VERB 0 root
    een een DET 4 det
    aanval aanval NOUN 2 obj
    van van ADP 7 case
    door door ADP 7 case
    Rusland Rusland PROPN 4 nmod
    gesteunde steunen VERB 4 nmod
    troepen troep NOUN 8 obj
    . . PUNCT 2 punct`);
  assert.ok(!events.some((e) => e.type === 'ASSAULT' && countries(e.source).includes('RUS')));
});

test('a perfect with "hebben" is active even when its subject is labelled passive', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 3 nsubj:pass
    heeft hebben AUX 3 aux
    aangevallen aan_vallen VERB 0 root
    Rusland Rusland PROPN 3 obj
    . . PUNCT 3 punct`);
  assert.equal(events.length, 1);
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('a meeting after which someone spoke: the nearest subject of "zei", and not reported by that same verb', () => {
  const { events } = code('nl', `
    Wij wij PRON 5 nsubj
    gaan gaan AUX 3 aux
    winnen winnen VERB 0 root
    , , PUNCT 5 punct
    zei zeggen VERB 3 parataxis
    Macron Macron PROPN 5 nsubj
    na na ADP 8 case
    overleg overleg NOUN 5 obl
    met met ADP 10 case
    Duitsland Duitsland PROPN 8 nmod
    . . PUNCT 3 punct`);
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.source[0].text, 'Macron');
  assert.equal(meeting.status, 'asserted');
});

test('a speech verb whose past form the lemmatizer left alone still attributes ("merkten … op dat")', () => {
  const { events } = code('nl', `
    Diplomaten diplomaat NOUN 2 nsubj
    merkten merkten VERB 0 root
    op op ADP 2 compound:prt
    dat dat SCONJ 7 mark
    Frankrijk Frankrijk PROPN 7 nsubj
    Rusland Rusland PROPN 7 obj
    steunde steunen VERB 2 ccomp
    . . PUNCT 2 punct`);
  const support = events.find((e) => e.type === 'SUPPORT');
  assert.ok(support);
  assert.equal(support.status, 'reported');
});

test('a light verb\'s complement belongs to its nominal: "heeft een onderzoek geopend naar de beschuldigingen tegen X"', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    heeft hebben AUX 4 aux
    een een DET 4 det
    onderzoek onderzoek NOUN 5 obj
    geopend openen VERB 0 root
    naar naar ADP 8 case
    de de DET 8 det
    beschuldigingen beschuldiging NOUN 5 obl
    tegen tegen ADP 10 case
    Rusland Rusland PROPN 8 nmod
    . . PUNCT 5 punct`);
  const investigation = events.find((e) => e.type === 'ACCUSE' && countries(e.source).includes('FRA'));
  assert.ok(investigation);
  assert.deepEqual(countries(investigation.target), ['RUS']);
});

test('a "particle" far in front of its verb is a preposition ("Op vrijdag riepen …" is no oproepen)', () => {
  const { events } = code('nl', `
    Op op ADP 3 compound:prt
    vrijdag vrijdag NOUN 3 obl
    riepen roepen VERB 0 root
    Frankrijk Frankrijk PROPN 3 nsubj
    Rusland Rusland PROPN 3 obj
    . . PUNCT 3 punct`);
  assert.ok(!events.some((e) => e.type === 'REQUEST'));
});

test('wanting a meeting is a possible meeting of the ones who want it', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    willen willen VERB 0 root
    een een DET 6 det
    topontmoeting top_ontmoeting NOUN 4 obj
    . . PUNCT 4 punct`);
  assert.deepEqual(events.map((e) => [e.type, e.status]), [['CONSULT', 'hypothetical']]);
  assert.deepEqual([...countries(events[0].source), ...countries(events[0].target)], ['FRA', 'DEU']);
});

test('a directed event done to each other is one event per direction', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 1 conj
    beschuldigen beschuldigen VERB 0 root
    elkaar elkaar PRON 4 obj
    . . PUNCT 4 punct`);
  assert.deepEqual(
    events.map((e) => [e.type, countries(e.source), countries(e.target)]),
    [['ACCUSE', ['FRA'], ['DEU']], ['ACCUSE', ['DEU'], ['FRA']]],
  );
});

test('a possessive pronoun prefers a subject before it: "Frankrijk … Rusland …, maar zijn aanval …" is by France', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    waarschuwde waarschuwen VERB 0 root
    Rusland Rusland PROPN 2 obj
    , , PUNCT 8 punct
    maar maar CCONJ 8 cc
    zijn zijn PRON 7 nmod:poss
    aanval aanval NOUN 8 nsubj
    mislukte mislukken VERB 2 conj
    . . PUNCT 2 punct`);
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.deepEqual(countries(attack.source), ['FRA']);
});

test('English nominal events: talks between two parties are a meeting; a talk given (a lecture) is none', () => {
  const talks = code('en', `
    The the DET 2 det
    talks talk NOUN 7 nsubj
    between between ADP 4 case
    Russia Russia PROPN 2 nmod
    and and CCONJ 6 cc
    Ukraine Ukraine PROPN 4 conj
    collapsed collapse VERB 0 root
    . . PUNCT 7 punct`);
  assert.deepEqual(
    talks.events.map((e) => [e.type, [...countries(e.source), ...countries(e.target)].sort()]),
    [['CONSULT', ['RUS', 'UKR']]],
  );
  const lecture = code('en', `
    Macron Macron PROPN 2 nsubj
    gave give VERB 0 root
    a a DET 4 det
    talk talk NOUN 2 obj
    at at ADP 7 case
    the the DET 7 det
    university university NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.deepEqual(lecture.events, []);
});

test('English nominal events: sanctions on a country by a light verb\'s subject; a time as possessor is no party', () => {
  const { events } = code('en', `
    Germany Germany PROPN 2 nsubj
    imposed impose VERB 0 root
    new new ADJ 4 amod
    sanctions sanction NOUN 2 obj
    on on ADP 6 case
    Iran Iran PROPN 4 nmod
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => [e.type, countries(e.source), countries(e.target)]), [['SANCTION', ['DEU'], ['IRN']]]);
  const meeting = code('en', `
    Monday Monday PROPN 3 nmod:poss
    's 's PART 1 case
    meeting meeting NOUN 0 root
    between between ADP 5 case
    France France PROPN 3 nmod
    and and CCONJ 7 cc
    Italy Italy PROPN 5 conj
    . . PUNCT 3 punct`);
  assert.deepEqual(
    meeting.events.map((e) => [e.type, [...countries(e.source), ...countries(e.target)].sort()]),
    [['CONSULT', ['FRA', 'ITA']]],
  );
});

test('the target of criticism aimed at a thing is its owner ("criticized Russia\'s decision", "the act of the government")', () => {
  const { events } = code('en', `
    France France PROPN 2 nsubj
    criticized criticize VERB 0 root
    Russia Russia PROPN 5 nmod:poss
    's 's PART 3 case
    decision decision NOUN 2 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => [e.type, countries(e.source), countries(e.target)]), [['ACCUSE', ['FRA'], ['RUS']]]);
  const own = code('en', `
    France France PROPN 2 nsubj
    defended defend VERB 0 root
    its its PRON 4 nmod:poss
    decision decision NOUN 2 obj
    . . PUNCT 2 punct`);
  assert.ok(own.events.every((e) => e.target.length === 0), 'a possessive pronoun is no target');
});

test('an agent noun without a sector of its own is a party: "de westerse landen"', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    beschuldigt beschuldigen VERB 0 root
    de de DET 5 det
    westerse westers ADJ 5 amod
    landen land NOUN 2 obj
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ACCUSE');
  assert.deepEqual(events[0].target.map((r) => r.text), ['de westerse landen']);
});

test('a meeting that is postponed is planned, not held: AGREE', () => {
  const { events } = code('nl', `
    De de DET 2 det
    ontmoeting ontmoeting NOUN 8 nsubj:pass
    tussen tussen ADP 4 case
    Frankrijk Frankrijk PROPN 2 nmod
    en en CCONJ 6 cc
    Duitsland Duitsland PROPN 4 conj
    werd worden AUX 8 aux:pass
    uitgesteld uit_stellen VERB 0 root
    . . PUNCT 8 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'AGREE');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
});

test('what a speaker says another must do is the speaker\'s demand (REQUEST yield), not that other\'s retreat', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    zegt zeggen VERB 0 root
    dat dat SCONJ 7 mark
    Rusland Rusland PROPN 7 nsubj
    zich zich PRON 7 expl:pv
    moet moeten AUX 7 aux
    terugtrekken terug_trekken VERB 2 ccomp
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'REQUEST');
  assert.equal(events[0].mode, 'yield');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
  assert.equal(events[0].status, 'asserted');
});

test('the subject of a clause set during a protest takes part in it; police acting there do not', () => {
  const joined = code('nl', `
    Demonstranten demonstrant NOUN 2 nsubj
    zongen zingen VERB 0 root
    tijdens tijdens ADP 5 case
    hun hun PRON 5 nmod:poss
    protest protest NOUN 2 obl
    . . PUNCT 2 punct`).events;
  assert.equal(joined.length, 1);
  assert.equal(joined[0].type, 'PROTEST');
  assert.deepEqual(joined[0].source.map((r) => r.text), ['Demonstranten']);
  const policed = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    arresteerde arresteren VERB 0 root
    betogers betoger NOUN 3 obj
    tijdens tijdens ADP 7 case
    een een DET 7 det
    protest protest NOUN 3 obl
    . . PUNCT 3 punct`).events;
  assert.deepEqual(policed.map((e) => e.type), ['COERCE']);
});

test('"tussen X, …, en Y" with Y hung elsewhere by the parser: both parties meet', () => {
  const { events } = code('nl', `
    Het het DET 2 det
    overleg overleg NOUN 10 nsubj
    tussen tussen ADP 5 case
    de de DET 5 det
    regering regering NOUN 2 nmod
    van van ADP 7 case
    Frankrijk Frankrijk PROPN 5 nmod
    en en CCONJ 9 cc
    Poetin Poetin PROPN 10 obl
    duurde duren VERB 0 root
    . . PUNCT 10 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.deepEqual(countries([...events[0].source, ...events[0].target]).sort(), ['FRA', 'RUS']);
});

test('"op verzoek van X": X asked whoever acts on it', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 12 nsubj
    heeft hebben AUX 12 aux
    op op ADP 5 case
    verzoek verzoek NOUN 12 obl
    van van ADP 9 case
    de de DET 9 det
    Franse Frans ADJ 9 amod
    autoriteiten autoriteit NOUN 5 nmod
    een een DET 11 det
    man man NOUN 12 obj
    aangehouden aan_houden VERB 0 root
    . . PUNCT 12 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(countries(request.source), ['FRA']);
  assert.deepEqual(request.target.map((r) => r.sector), ['COP']);
});

test('a time word parsed as the verb keeps its subject for the real verb ("heeft maandagmorgen … aangehouden")', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 4 nsubj
    heeft hebben AUX 4 aux
    maandagmorgen maandagmorgen VERB 7 advcl
    een een DET 6 det
    man man NOUN 7 nsubj:pass
    aangehouden aan_houden VERB 0 root
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'COERCE');
  assert.deepEqual(events[0].source.map((r) => r.sector), ['COP']);
  assert.deepEqual(events[0].target.map((r) => r.text), ['een man']);
});

test('an attack on a plan is verbal criticism (ACCUSE), not an assault', () => {
  const { events } = code('nl', `
    De de DET 2 det
    aanval aanval NOUN 10 nsubj
    van van ADP 5 case
    de de DET 5 det
    oppositie oppositie NOUN 2 nmod
    op op ADP 8 case
    het het DET 8 det
    plan plan NOUN 2 nmod
    was zijn AUX 10 cop
    fel fel ADJ 0 root
    . . PUNCT 10 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ACCUSE');
  assert.equal(events[0].mode, 'disapprove');
  assert.deepEqual(events[0].source.map((r) => r.sector), ['OPP']);
});

test('English: a named party in front of a nominal is its source ("EU sanctions"); the subject of "is under sanctions" is none', () => {
  const { events } = code('en', `
    Turkey Turkey PROPN 5 nsubj
    is be AUX 5 cop
    under under ADP 5 case
    EU EU PROPN 5 compound
    sanctions sanction NOUN 0 root
    . . PUNCT 5 punct`);
  assert.deepEqual(events.map((e) => [e.type, countries(e.source)]), [['SANCTION', ['IGO']]]);
});

test('a conditional warning ("dat er geen hulp komt totdat …") is a threat to whom it would hit', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    waarschuwde waarschuwen VERB 0 root
    dat dat SCONJ 9 mark
    er er ADV 9 advmod
    geen geen DET 6 det
    hulp hulp NOUN 9 nsubj
    voor voor ADP 8 case
    Rusland Rusland PROPN 6 nmod
    komt komen VERB 2 ccomp
    totdat totdat SCONJ 13 mark
    de de DET 12 det
    oorlog oorlog NOUN 13 nsubj
    stopt stoppen VERB 9 advcl
    . . PUNCT 2 punct`);
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.ok(threat, JSON.stringify(events.map((e) => e.type)));
  assert.deepEqual(countries(threat.source), ['FRA']);
  assert.deepEqual(countries(threat.target), ['RUS']);
});

test('a purpose ("om … te") is intended, not done; under another event it is that event\'s goal, no event of its own', () => {
  const ready = code('nl', `
    Frankrijk Frankrijk PROPN 3 nsubj
    is zijn AUX 3 cop
    bereid bereid ADJ 0 root
    om om ADP 9 mark
    de de DET 6 det
    sancties sanctie NOUN 9 obj
    op op ADP 9 compound:prt
    te te ADP 9 mark
    heffen heffen VERB 3 ccomp
    . . PUNCT 3 punct`).events;
  assert.deepEqual(ready.map((e) => e.type), ['CONCEDE']);
  assert.deepEqual(countries(ready[0].source), ['FRA']);
  const threat = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    dreigde dreigen VERB 0 root
    om om ADP 6 mark
    Oekraïne Oekraïne PROPN 6 obj
    te te ADP 6 mark
    vernietigen vernietigen VERB 2 advcl
    . . PUNCT 2 punct`).events;
  assert.deepEqual(threat.map((e) => e.type), ['THREATEN']);
});

test('"beloofde om nooit geweld te gebruiken tegen burgers": the promiser is the source, negated', () => {
  const { events } = code('nl', `
    Mexico Mexico PROPN 3 nsubj
    heeft hebben AUX 3 aux
    beloofd beloven VERB 0 root
    om om ADP 8 mark
    nooit nooit ADV 8 advmod
    geweld geweld NOUN 8 obj
    te te ADP 8 mark
    gebruiken gebruiken VERB 3 ccomp
    tegen tegen ADP 10 case
    burgers burger NOUN 8 obl
    . . PUNCT 3 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ASSAULT');
  assert.deepEqual(countries(events[0].source), ['MEX']);
  assert.equal(events[0].status, 'negated');
});

test('a name glued to a time phrase as its apposition is the object; "zijn bezoek" afterwards is the same visit', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 6 nsubj
    heeft hebben AUX 6 aux
    dit dit DET 4 det
    jaar jaar NOUN 6 obl
    Rusland Rusland PROPN 4 appos
    bezocht bezoeken VERB 0 root
    , , PUNCT 11 punct
    maar maar CCONJ 11 cc
    zijn zijn PRON 10 nmod:poss
    bezoek bezoek NOUN 11 nsubj
    verliep verlopen VERB 6 conj
    slecht slecht ADJ 11 advmod
    . . PUNCT 6 punct`);
  assert.equal(events.length, 1, JSON.stringify(events.map((e) => [e.type, e.source, e.target])));
  assert.equal(events[0].type, 'CONSULT');
  assert.deepEqual(countries(events[0].source), ['FRA']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
  assert.equal(events[0].mentions?.length, 1);
});

test('a prevented event did not happen: "heeft een aanval van Rusland afgewend" is negated', () => {
  const { events } = code('nl', `
    Turkije Turkije PROPN 7 nsubj
    heeft hebben AUX 7 aux
    een een DET 4 det
    aanval aanval NOUN 7 obj
    van van ADP 6 case
    Rusland Rusland PROPN 4 nmod
    afgewend af_wenden VERB 0 root
    . . PUNCT 7 punct`);
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, JSON.stringify(events.map((e) => e.type)));
  assert.equal(attack.status, 'negated');
});

test('what a retreat ends is no event of its own: lifting sanctions is RETREAT only', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 2 nsubj
    hief heffen VERB 0 root
    de de DET 5 det
    Franse Frans ADJ 5 amod
    sancties sanctie NOUN 2 obj
    tegen tegen ADP 7 case
    Rusland Rusland PROPN 5 nmod
    op op ADP 2 compound:prt
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['RETREAT']);
  assert.deepEqual(countries(events[0].source), ['FRA']);
});

test('a bare nominal after the verb labelled obl is its object: "verweet de Oekraïense regering leugens te verspreiden"', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    verweet verwijten VERB 0 root
    de de DET 5 det
    Oekraïense Oekraïens ADJ 5 amod
    regering regering NOUN 2 obl
    leugens leugen NOUN 8 obj
    te te ADP 8 mark
    verspreiden verspreiden VERB 5 acl
    . . PUNCT 2 punct`);
  const accuse = events.filter((e) => e.type === 'ACCUSE');
  assert.equal(accuse.length, 1);
  assert.deepEqual(countries(accuse[0].source), ['RUS']);
  assert.deepEqual(countries(accuse[0].target), ['UKR']);
});

test('an indirect object before the object of a verb without subject is its subject: "heeft de regering Oekraïne opgeroepen"', () => {
  const { events } = code('nl', `
    Gisteren gisteren ADV 7 advmod
    heeft hebben AUX 7 aux
    de de DET 5 det
    Russische Russisch ADJ 5 amod
    regering regering NOUN 7 iobj
    Oekraïne Oekraïne PROPN 7 obj
    opgeroepen op_roepen VERB 0 root
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'REQUEST');
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('a relative pronoun after a conjunction shares the noun of the relative clause before it', () => {
  const { events } = code('nl', `
    Er er ADV 2 advmod
    zijn zijn VERB 0 root
    Russische Russisch ADJ 4 amod
    soldaten soldaat NOUN 2 nsubj
    die die PRON 6 nsubj
    jong jong ADJ 4 amod
    zijn zijn AUX 6 cop
    en en CCONJ 11 cc
    die die PRON 11 nsubj
    Oekraïne Oekraïne PROPN 11 obj
    aanvallen aan_vallen VERB 2 conj
    . . PUNCT 2 punct`);
  const assault = events.filter((e) => e.type === 'ASSAULT');
  assert.equal(assault.length, 1);
  assert.deepEqual(countries(assault[0].source), ['RUS']);
  assert.deepEqual(countries(assault[0].target), ['UKR']);
});

test('the passive subject controls a te-infinitive labelled advcl: "wordt ervan verdacht … te hebben bedreigd"', () => {
  const { events } = code('nl', `
    De de DET 2 det
    man man NOUN 5 nsubj:pass
    wordt worden AUX 5 aux:pass
    ervan ervan ADV 5 advmod
    verdacht verdenken VERB 0 root
    de de DET 7 det
    burgemeester burgemeester NOUN 10 obj
    te te ADP 10 mark
    hebben hebben AUX 10 aux
    bedreigd bedreigen VERB 5 advcl
    . . PUNCT 5 punct`);
  const threats = events.filter((e) => e.type === 'THREATEN');
  assert.equal(threats.length, 1);
  assert.equal(threats[0].source.length, 1);
  assert.equal(threats[0].source[0].text, 'De man');
});

test('a complement of a visit hung on its source after the noun is its target: "het bezoek van Erdogan aan Duitsland"', () => {
  const { events } = code('nl', `
    Het het DET 2 det
    bezoek bezoek NOUN 7 nsubj
    van van ADP 4 case
    Erdogan Erdogan PROPN 2 nmod
    aan aan ADP 6 case
    Duitsland Duitsland PROPN 4 nmod
    duurde duren VERB 0 root
    twee twee NUM 9 nummod
    dagen dag NOUN 7 obl
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.deepEqual(countries(events[0].source), ['TUR']);
  assert.deepEqual(countries(events[0].target), ['DEU']);
});

test('a that-clause labelled advcl is a clausal complement: "waarschuwde ervoor dat de kosten … zouden aantasten" is no threat', () => {
  const { events } = code('nl', `
    De de DET 2 det
    regering regering NOUN 3 nsubj
    waarschuwde waarschuwen VERB 0 root
    ervoor ervoor ADV 3 advmod
    dat dat SCONJ 12 mark
    de de DET 7 det
    kosten kost NOUN 12 nsubj
    de de DET 9 det
    positie positie NOUN 12 obj
    van van ADP 11 case
    Duitsland Duitsland PROPN 9 nmod
    aantasten aantasten VERB 3 advcl
    . . PUNCT 3 punct`);
  assert.deepEqual(events.map((e) => e.type), []);
});

test('what a warning is about is no event of its own: "waarschuwde dat Chinese steun aan Rusland gevolgen zal hebben"', () => {
  const { events } = code('nl', `
    Washington Washington PROPN 2 nsubj
    waarschuwde waarschuwen VERB 0 root
    dat dat SCONJ 11 mark
    Chinese Chinees ADJ 5 amod
    steun steun NOUN 11 obj
    aan aan ADP 7 case
    Rusland Rusland PROPN 5 nmod
    ernstige ernstig ADJ 9 amod
    gevolgen gevolg NOUN 11 obj
    zal zullen AUX 11 aux
    hebben hebben VERB 2 ccomp
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['THREATEN']);
  assert.deepEqual(countries(events[0].source), ['USA']);
});

test('a quote put before its speech verb and labelled advcl is what was said: "Oekraïne moet zich terugtrekken, zei Rusland"', () => {
  const { events } = code('nl', `
    Oekraïne Oekraïne PROPN 4 nsubj
    moet moeten AUX 4 aux
    zich zich PRON 4 expl:pv
    terugtrekken terug_trekken VERB 6 advcl
    , , PUNCT 4 punct
    zei zeggen VERB 0 root
    Rusland Rusland PROPN 6 nsubj
    . . PUNCT 6 punct`);
  assert.deepEqual(events.map((e) => e.type), ['REQUEST']);
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('a common noun run into the subject\'s name as a flat part is the object: "beschuldigde Poetin demonstranten van …"', () => {
  const { events } = code('nl', `
    Gisteren gisteren ADV 2 advmod
    beschuldigde beschuldigen VERB 0 root
    Poetin Poetin PROPN 2 nsubj
    demonstranten demonstrant NOUN 3 flat
    van van ADP 6 case
    verraad verraad NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ACCUSE');
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(events[0].target.map((r) => r.text), ['demonstranten']);
});

test('an object with a preposition is a prepositional phrase: "had kritiek op de plannen van Rusland" with "op …" labelled obj', () => {
  const { events } = code('nl', `
    De de DET 3 det
    Oekraïense Oekraïens ADJ 3 amod
    regering regering NOUN 4 nsubj
    had hebben VERB 0 root
    kritiek kritiek NOUN 4 obj
    op op ADP 8 case
    de de DET 8 det
    plannen plan NOUN 4 obj
    van van ADP 10 case
    Rusland Rusland PROPN 8 nmod
    . . PUNCT 4 punct`);
  assert.deepEqual(events.map((e) => e.type), ['ACCUSE']);
  assert.deepEqual(countries(events[0].source), ['UKR']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('"op verzoek van X" parsed as one preposition with fixed parts: X asked whoever acts', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 11 nsubj
    heeft hebben AUX 11 aux
    op op ADP 8 case
    verzoek verzoek ADP 4 fixed
    van van ADP 4 fixed
    Duitse Duits ADJ 8 amod
    autoriteiten autoriteit NOUN 11 obl
    een een DET 10 det
    vrouw vrouw NOUN 11 obj
    aangehouden aan_houden VERB 0 root
    . . PUNCT 11 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(countries(request.source), ['DEU']);
  assert.deepEqual(request.target.map((r) => r.sector), ['COP']);
});

test('a nominal event used as the means of a clause ("door middel van sancties") is done by its subject', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    vergroot vergroten VERB 0 root
    de de DET 4 det
    druk druk NOUN 2 obj
    door door ADP 8 case
    middel middel NOUN 5 fixed
    van van ADP 5 fixed
    sancties sanctie NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'SANCTION');
  assert.deepEqual(countries(events[0].source), ['RUS']);
});

test('a relative clause with a light verb tells its noun\'s event: "de sancties die Japan tegen Rusland heeft ingesteld"', () => {
  const { events } = code('nl', `
    De de DET 2 det
    sancties sanctie NOUN 10 nsubj
    die die PRON 8 obj
    Japan Japan PROPN 8 obj
    tegen tegen ADP 6 case
    Rusland Rusland PROPN 4 nmod
    heeft hebben AUX 8 aux
    ingesteld in_stellen VERB 2 acl:relcl
    zijn zijn AUX 10 cop
    streng streng ADJ 0 root
    . . PUNCT 10 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'SANCTION');
  assert.deepEqual(countries(events[0].source), ['JPN']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('a relative adverb opens its clause: "iets waarop de oppositie aandringt" has the opposition as the requester', () => {
  const { events } = code('nl', `
    Het het PRON 2 nsubj
    is zijn AUX 0 root
    iets iets PRON 7 nsubj
    waarop waarop ADV 7 advmod
    de de DET 6 det
    oppositie oppositie NOUN 7 obj
    aandringt aan_dringen VERB 2 ccomp
    . . PUNCT 2 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(request.source.map((r) => r.sector), ['OPP']);
});

test('"vraagt iedereen … om zich te melden" with the om-clause hung a clause lower: everyone addressed is the target', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    vraagt vragen VERB 0 root
    iedereen iedereen PRON 3 nsubj
    die die PRON 7 nsubj
    iets iets PRON 7 obj
    zag zien VERB 4 acl:relcl
    wat wat PRON 10 nsubj
    er er ADV 10 advmod
    gebeurde gebeuren VERB 3 ccomp
    om om ADP 14 mark
    zich zich PRON 14 expl:pv
    te te ADP 14 mark
    melden melden VERB 10 advcl
    . . PUNCT 3 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(request.source.map((r) => r.sector), ['COP']);
  assert.deepEqual(request.target.map((r) => r.text), ['iedereen']);
});

test('what is ordered is the order\'s content: "beveelt … zich terug te trekken" misparsed as a conjunct', () => {
  const { events } = code('nl', `
    Turkije Turkije PROPN 2 nsubj
    beveelt bevelen VERB 0 root
    de de DET 4 det
    troepen troep NOUN 11 nsubj
    van van ADP 6 case
    Griekenland Griekenland PROPN 4 nmod
    zich zich PRON 11 expl:pv
    onmiddellijk onmiddellijk ADJ 11 advmod
    terug terug ADV 11 compound:prt
    te te ADP 11 mark
    trekken terug_trekken VERB 2 conj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['REQUEST']);
  assert.deepEqual(countries(events[0].source), ['TUR']);
  assert.deepEqual(countries(events[0].target), ['GRC']);
});

test('a purpose of a purpose of an event is that event\'s goal: "prees Kim om zijn moed om te ontwapenen" is no retreat', () => {
  const { events } = code('nl', `
    Biden Biden PROPN 2 nsubj
    prees prijzen VERB 0 root
    Kim Kim PROPN 2 obj
    om om ADP 9 mark
    zijn zijn PRON 6 nmod:poss
    moed moed NOUN 9 obj
    om om ADP 9 mark
    te te ADP 9 mark
    tonen tonen VERB 2 advcl
    om om ADP 12 mark
    te te ADP 12 mark
    ontwapenen ontwapenen VERB 9 advcl
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['SUPPORT']);
});

test('a meeting of one unnamed group ("een top tussen de leiders") codes no one', () => {
  const { events } = code('nl', `
    Er er ADV 2 expl
    was zijn VERB 0 root
    een een DET 4 det
    top top NOUN 2 nsubj
    tussen tussen ADP 7 case
    de de DET 7 det
    leiders leider NOUN 4 nmod
    . . PUNCT 2 punct`);
  assert.deepEqual(events, []);
});

test('what was decided is told as done: "kozen ervoor om het akkoord goed te keuren" is support, not an intention', () => {
  const { events } = code('nl', `
    De de DET 2 det
    Republikeinen republikein NOUN 4 nsubj
    ervoor ervoor ADV 4 advmod
    kozen kiezen VERB 0 root
    om om ADP 11 mark
    het het DET 7 det
    voorstel voorstel NOUN 11 obj
    van van ADP 9 case
    Biden Biden PROPN 7 nmod
    te te ADP 11 mark
    keuren goed_keuren VERB 4 advcl
    . . PUNCT 4 punct`);
  const support = events.find((e) => e.type === 'SUPPORT');
  assert.ok(support, JSON.stringify(events));
  assert.equal(support.status, 'asserted');
  assert.ok(!events.some((e) => e.type === 'AGREE'));
});

test('a meeting being prepared is announced, also with the particle in the lemma: "bereidt zich voor op een top tussen X en Y"', () => {
  const { events } = code('nl', `
    Parijs Parijs PROPN 2 nsubj
    bereidt voor_bereiden VERB 0 root
    zich zich PRON 2 expl:pv
    voor voor ADP 2 compound:prt
    op op ADP 7 case
    een een DET 7 det
    top top NOUN 2 obl
    tussen tussen ADP 9 case
    Frankrijk Frankrijk PROPN 7 nmod
    en en CCONJ 11 cc
    Rusland Rusland PROPN 9 conj
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'AGREE');
  assert.deepEqual(countries([...events[0].source, ...events[0].target]), ['FRA', 'RUS']);
});

test('a nominalised participle with its determiner is a person: "de beschuldigingen tegen de genomineerde onderzoeken"', () => {
  const { events } = code('nl', `
    De de DET 2 det
    FBI FBI PROPN 3 nsubj
    onderzoekt onderzoeken VERB 0 root
    de de DET 5 det
    beschuldigingen beschuldiging NOUN 3 obj
    tegen tegen ADP 8 case
    de de DET 8 det
    genomineerde nomineren VERB 3 obl
    . . PUNCT 3 punct`);
  const investigation = events.find((e) => e.type === 'ACCUSE' && e.mode === 'investigate');
  assert.ok(investigation, JSON.stringify(events));
  assert.deepEqual(investigation.target.map((r) => r.text), ['de genomineerde']);
});

test('status: an adjunct with "geen" negates ("in geen geval opgeven"); a light verb is no speech cue ("stelde zijn veto")', () => {
  const negated = code('nl', `
    Iran Iran PROPN 8 nsubj
    zal zullen AUX 8 aux
    in in ADP 5 case
    geen geen DET 5 det
    geval geval NOUN 8 obl
    zijn zijn PRON 7 nmod:poss
    kernwapens kernwapen NOUN 8 obj
    opgeven op_geven VERB 0 root
    . . PUNCT 8 punct`);
  assert.deepEqual(negated.events.map((e) => [e.type, e.status]), [['RETREAT', 'negated']]);
  const veto = code('nl', `
    Hongarije Hongarije PROPN 2 nsubj
    stelde stellen VERB 0 root
    zijn zijn PRON 4 nmod:poss
    veto veto NOUN 2 obj
    tegen tegen ADP 7 case
    de de DET 7 det
    toetreding toetreding NOUN 4 nmod
    . . PUNCT 2 punct`);
  assert.deepEqual(veto.events.map((e) => [e.type, e.status]), [['REJECT', 'asserted']]);
});

test('status: a that-clause hung on the verb of a statement ("een verklaring uitbracht dat …") is reported', () => {
  const { events } = code('nl', `
    Het het DET 2 det
    kantoor kantoor NOUN 5 nsubj
    een een DET 4 det
    verklaring verklaring NOUN 5 obj
    bracht uit_brengen VERB 0 root
    uit uit ADP 5 compound:prt
    dat dat SCONJ 11 mark
    Frankrijk Frankrijk PROPN 11 nsubj
    Oekraïne Oekraïne PROPN 11 obj
    zal zullen AUX 11 aux
    steunen steunen VERB 5 ccomp
    . . PUNCT 5 punct`);
  const support = events.find((e) => e.type === 'SUPPORT' || e.type === 'AGREE');
  assert.ok(support, JSON.stringify(events));
  assert.equal(support.status, 'reported');
});

test('"de leiders van Turkije en Duitsland gingen samen ontbijten": a meeting ("samen" labelled advcl), told as done', () => {
  const { events } = code('nl', `
    De de DET 2 det
    leiders leider NOUN 7 nsubj
    van van ADP 4 case
    Turkije Turkije PROPN 2 nmod
    en en CCONJ 6 cc
    Duitsland Duitsland PROPN 4 conj
    gingen gaan VERB 0 root
    samen samen ADV 9 advcl
    ontbijten ontbijten VERB 7 xcomp
    . . PUNCT 7 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'CONSULT');
  assert.equal(events[0].status, 'asserted');
  // The linker makes one mention of the whole phrase, so both names resolve to it (a linker matter).
  assert.ok(countries([...events[0].source, ...events[0].target]).includes('TUR'));
});

test('a conjunct clause that opens with its verb shares the subject: "…, en zet activisten uit" has China as source', () => {
  const { events } = code('nl', `
    China China PROPN 2 nsubj
    wantrouwt wantrouwen VERB 0 root
    de de DET 4 det
    vluchtelingen vluchteling NOUN 2 obj
    en en CCONJ 6 cc
    zet uit_zetten VERB 2 conj
    activisten activist NOUN 6 nsubj
    vaak vaak ADV 6 advmod
    uit uit ADP 6 compound:prt
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'COERCE');
  assert.deepEqual(countries(events[0].source), ['CHN']);
  assert.deepEqual(events[0].target.map((r) => r.text), ['activisten']);
});

test('a possessive pronoun stands for the nearest subject noun before it: "betogers riepen leuzen en hun protest duurde uren"', () => {
  const { events } = code('nl', `
    Betogers betoger NOUN 2 nsubj
    riepen roepen VERB 0 root
    leuzen leus NOUN 2 obj
    en en CCONJ 7 cc
    hun hun PRON 6 nmod:poss
    protest protest NOUN 7 nsubj
    duurde duren VERB 2 conj
    uren uur NOUN 7 obl
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'PROTEST');
  assert.deepEqual(events[0].source.map((r) => r.text), ['Betogers']);
});

test('an event on a condition is hypothetical: "Rusland valt Oekraïne aan als de NAVO uitbreidt"', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    valt vallen VERB 0 root
    Oekraïne Oekraïne PROPN 2 obj
    aan aan ADP 2 compound:prt
    als als SCONJ 8 mark
    de de DET 7 det
    NAVO NAVO PROPN 8 nsubj
    uitbreidt uit_breiden VERB 2 advcl
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => [e.type, e.status]), [['ASSAULT', 'hypothetical']]);
});

test('English: a gerund adjunct has its clause\'s subject ("after accusing China"), its object when marked "of"/"for"', () => {
  const after = code('en', `
    Trump Trump PROPN 2 nsubj
    spoke speak VERB 0 root
    after after SCONJ 4 mark
    accusing accuse VERB 2 advcl VBG
    China China PROPN 4 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(after.map((e) => e.type), ['ACCUSE']);
  assert.equal(after[0].source[0].text, 'Trump');
  assert.deepEqual(countries(after[0].target), ['CHN']);
  const of = code('en', `
    Russia Russia PROPN 2 nsubj
    accused accuse VERB 0 root
    Ukraine Ukraine PROPN 2 obj
    of of SCONJ 5 mark
    attacking attack VERB 2 advcl VBG
    Crimea Crimea PROPN 5 obj
    . . PUNCT 2 punct`).events;
  const attack = of.find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.deepEqual(countries(attack.source), ['UKR']);
  // Without the gerund tag (a language without gerundTags, or a finite verb) nothing is borrowed.
  const untagged = code('en', `
    Trump Trump PROPN 2 nsubj
    spoke speak VERB 0 root
    after after SCONJ 4 mark
    accusing accuse VERB 2 advcl
    China China PROPN 4 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(untagged, []);
});

test('English: a passive gerund adjunct is undergone by the subject of its clause ("were injured after being attacked")', () => {
  const { events } = code('en', `
    Journalists journalist NOUN 3 nsubj:pass
    were be AUX 3 aux:pass
    injured injure VERB 0 root
    after after SCONJ 6 mark
    being be AUX 6 aux:pass VBG
    attacked attack VERB 3 advcl VBN
    by by ADP 8 case
    protesters protester NOUN 6 obl:agent
    . . PUNCT 3 punct`);
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.equal(attack.source[0].text, 'protesters');
  assert.equal(attack.target[0]?.text, 'Journalists');
});

test('English: an object with a preposition is a prepositional complement ("spoke with Pompeo" labelled obj)', () => {
  const { events } = code('en', `
    Raab Raab PROPN 2 nsubj
    spoke speak VERB 0 root
    with with ADP 4 case
    Pompeo Pompeo PROPN 2 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['CONSULT']);
  assert.equal(events[0].target[0]?.text, 'Pompeo');
});

test('English: a named owner of a criticised thing is the target ("criticized the House\'s decision")', () => {
  const { events } = code('en', `
    Kupec Kupec PROPN 2 nsubj
    criticized criticize VERB 0 root
    the the DET 4 det
    House House PROPN 6 nmod:poss
    's 's PART 4 case
    decision decision NOUN 2 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['ACCUSE']);
  assert.equal(events[0].target[0]?.text, 'the House');
});

test('English: a meeting of "the leaders of X and Y" is between X and Y', () => {
  const meeting = code('en', `
    The the DET 2 det
    leaders leader NOUN 7 nsubj
    of of ADP 4 case
    Turkey Turkey PROPN 2 nmod
    and and CCONJ 6 cc
    Germany Germany PROPN 4 conj
    met meet VERB 0 root
    . . PUNCT 7 punct`).events;
  assert.deepEqual(meeting.map((e) => e.type), ['CONSULT']);
  assert.deepEqual([...countries(meeting[0].source), ...countries(meeting[0].target)], ['TUR', 'DEU']);
});

test('English: a demand that is granted was made ("acceded to the protesters\' demands")', () => {
  const { events } = code('en', `
    Lam Lam PROPN 2 nsubj
    acceded accede VERB 0 root
    to to ADP 6 case
    the the DET 5 det
    protesters protester NOUN 6 nmod:poss
    demands demand NOUN 2 obl
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type).sort(), ['CONCEDE', 'REQUEST']);
  assert.equal(events.find((e) => e.type === 'REQUEST')?.source[0]?.text, 'the protesters');
});

test('English vocabulary: light uses of "slap" and "leave" are no events; giving up weapons is RETREAT', () => {
  const tariffs = code('en', `
    China China PROPN 2 nsubj
    slapped slap VERB 0 root
    tariffs tariff NOUN 2 obj
    on on ADP 5 case
    Canada Canada PROPN 3 nmod
    . . PUNCT 2 punct`).events;
  assert.deepEqual(tariffs.map((e) => e.type), ['SANCTION']);
  const left = code('en', `
    Pompeo Pompeo PROPN 2 nsubj
    left leave VERB 0 root
    Pyongyang Pyongyang PROPN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(left, []);
  const disarm = code('en', `
    Iran Iran PROPN 2 nsubj
    gave give VERB 0 root
    up up ADP 2 compound:prt
    its its PRON 6 nmod:poss
    nuclear nuclear ADJ 6 amod
    weapons weapon NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(disarm.map((e) => `${e.type}/${e.mode}`), ['RETREAT/disarm']);
  const resisted = code('en', `
    Washington Washington PROPN 2 nsubj
    resisted resist VERB 0 root
    calls call NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(resisted.map((e) => e.type), ['REJECT']);
});

test('English: "X, who …" parsed as the main clause: the relative pronoun stands for the name before the comma', () => {
  const { events } = code('en', `
    Trump Trump PROPN 5 vocative
    , , PUNCT 1 punct
    who who PRON 5 nsubj
    repeatedly repeatedly ADV 5 advmod
    threatened threaten VERB 0 root
    Iran Iran PROPN 5 obj
    . . PUNCT 5 punct`);
  assert.deepEqual(events.map((e) => e.type), ['THREATEN']);
  assert.equal(events[0].source[0].text, 'Trump');
  assert.deepEqual(countries(events[0].target), ['IRN']);
});

test('English: an infinitive on the object has the subject of its verb ("cited reasons to block the crowd")', () => {
  const { events } = code('en', `
    Police police NOUN 2 nsubj
    cited cite VERB 0 root
    reasons reason NOUN 2 obj
    to to PART 5 mark
    block block VERB 3 acl
    the the DET 7 det
    protesters protester NOUN 5 obj
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['COERCE']);
  assert.equal(events[0].source[0].text, 'Police');
  assert.equal(events[0].target[0]?.text, 'the protesters');
});

test('English vocabulary: questioning someone is an investigation; deciding, issuing a statement, calling a thing names are no events', () => {
  const questioned = code('en', `
    Police police NOUN 2 nsubj
    questioned question VERB 0 root
    the the DET 4 det
    suspect suspect NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(questioned.map((e) => `${e.type}/${e.mode}`), ['ACCUSE/investigate']);
  const doubted = code('en', `
    Russia Russia PROPN 2 nsubj
    questioned question VERB 0 root
    the the DET 4 det
    decision decision NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(doubted, []);
  const decided = code('en', `
    Germany Germany PROPN 2 nsubj
    decided decide VERB 0 root
    to to PART 4 mark
    wait wait VERB 2 xcomp
    . . PUNCT 2 punct`).events;
  assert.deepEqual(decided, []);
  const statement = code('en', `
    Russia Russia PROPN 2 nsubj
    issued issue VERB 0 root
    a a DET 4 det
    statement statement NOUN 2 obj
    . . PUNCT 2 punct`).events;
  assert.deepEqual(statement, []);
  const calledIt = code('en', `
    Trump Trump PROPN 2 nsubj
    called call VERB 0 root
    the the DET 4 det
    decision decision NOUN 2 obj
    a a DET 6 det
    mistake mistake NOUN 2 xcomp
    . . PUNCT 2 punct`).events;
  assert.deepEqual(calledIt, []);
});

test('English: a conditional warning threatens whom it would hit; a warning of a trend to no one is no threat', () => {
  const conditional = code('en', `
    The the DET 2 det
    EU EU PROPN 3 nsubj
    warned warn VERB 0 root
    that that SCONJ 7 mark
    there there PRON 7 expl
    will will AUX 7 aux
    be be VERB 3 ccomp
    no no DET 9 det
    aid aid NOUN 7 nsubj
    for for ADP 11 case
    Syria Syria PROPN 9 nmod
    until until SCONJ 15 mark
    there there PRON 15 expl
    is is VERB 15 cop
    peace peace NOUN 7 advcl
    . . PUNCT 3 punct`).events;
  const threat = conditional.find((e) => e.type === 'THREATEN');
  assert.ok(threat);
  assert.deepEqual(countries(threat.target), ['SYR']);
  const trend = code('en', `
    Toyota Toyota PROPN 2 nsubj
    warned warn VERB 0 root
    that that SCONJ 6 mark
    costs cost NOUN 6 nsubj
    would would AUX 6 aux
    rise rise VERB 2 ccomp
    . . PUNCT 2 punct`).events;
  assert.deepEqual(trend, []);
});

test('English: force used against someone is an assault on them ("use the military to repress the people"); fire on a demonstration hits its people', () => {
  const against = code('en', `
    Mexico Mexico PROPN 2 nsubj
    used use VERB 0 root
    force force NOUN 2 obj
    against against ADP 5 case
    civilians civilian NOUN 2 obl
    . . PUNCT 2 punct`).events;
  assert.deepEqual(against.map((e) => e.type), ['ASSAULT']);
  assert.equal(against[0].target[0]?.text, 'civilians');
  const repress = code('en', `
    Mexico Mexico PROPN 2 nsubj
    used use VERB 0 root
    the the DET 4 det
    military military NOUN 2 obj
    to to PART 6 mark
    repress repress VERB 2 advcl
    the the DET 8 det
    people people NOUN 6 obj
    . . PUNCT 2 punct`).events;
  const assault = repress.find((e) => e.type === 'ASSAULT');
  assert.ok(assault);
  assert.equal(assault.target[0]?.text, 'the people');
  const fired = code('en', `
    Troops troop NOUN 2 nsubj
    fired fire VERB 0 root
    on on ADP 5 case
    a a DET 5 det
    demonstration demonstration NOUN 2 obl
    . . PUNCT 2 punct`).events;
  assert.deepEqual(fired.map((e) => e.type), ['ASSAULT']);
  assert.equal(fired[0].target[0]?.text, 'a demonstration');
});

test('English: a first subject labelled passive before "and" and a second subject of an active perfect is a subject too', () => {
  const { events } = code('en', `
    Panama Panama PROPN 5 nsubj:pass
    and and CCONJ 5 cc
    Nicaragua Nicaragua PROPN 5 nsubj
    had have AUX 5 aux
    recognized recognize VERB 0 root
    Beijing Beijing PROPN 5 obj
    . . PUNCT 5 punct`);
  assert.deepEqual(events.map((e) => e.type), ['SUPPORT']);
  assert.deepEqual(countries(events[0].source).sort(), ['NIC', 'PAN']);
  assert.deepEqual(countries(events[0].target), ['CHN']);
});

test('a nominal with its own conjunction hung beside the subject as an object is the subject\'s conjunct', () => {
  const { events } = code('nl', `
    Frankrijk Frankrijk PROPN 4 nsubj
    en en CCONJ 3 cc
    Duitsland Duitsland PROPN 4 obj
    veroordeelden veroordelen VERB 0 root
    Rusland Rusland PROPN 4 obj
    . . PUNCT 4 punct`);
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.deepEqual(countries(events[0].source).sort(), ['DEU', 'FRA']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('an indirect object without a direct one is the object', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    bespotte bespotten VERB 0 root
    Oekraïne Oekraïne PROPN 2 iobj
    . . PUNCT 2 punct`);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'ACCUSE');
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('the subject and auxiliary hung on a nominal argument belong to the verb, whose object that nominal is', () => {
  const { events } = code('nl', `
    De de DET 2 det
    politie politie NOUN 5 nsubj
    heeft hebben AUX 5 aux
    een een DET 5 det
    Rus Rus PROPN 6 obl
    aangehouden aan_houden VERB 0 root
    . . PUNCT 6 punct`);
  const arrest = events.find((e) => e.type === 'COERCE');
  assert.ok(arrest, JSON.stringify(events));
  assert.equal(arrest.source[0]?.sector, 'COP');
  assert.equal(arrest.target.length, 1);
});

test('"om" before a te-infinitive marks it: the nominal between is the infinitive\'s object', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 2 nsubj
    dreigde dreigen VERB 0 root
    om om ADP 4 case
    Oekraïne Oekraïne PROPN 2 obl
    te te ADP 6 mark
    vernietigen vernietigen VERB 2 advcl
    . . PUNCT 2 punct`);
  const threat = events.find((e) => e.type === 'THREATEN');
  assert.ok(threat, JSON.stringify(events));
  assert.deepEqual(countries(threat.target), ['UKR']);
  assert.ok(!events.some((e) => e.type === 'ASSAULT'), 'the threatened destruction is no event of its own');
});

test('"zijn" labelled copula on a participle with an agent phrase is a passive auxiliary', () => {
  const { events } = code('nl', `
    Oekraïne Oekraïne PROPN 5 nsubj
    was zijn AUX 5 cop
    door door ADP 4 case
    Rusland Rusland PROPN 5 obl
    aangevallen aan_vallen VERB 0 root
    . . PUNCT 5 punct`);
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.deepEqual(countries(events[0].source), ['RUS']);
  assert.deepEqual(countries(events[0].target), ['UKR']);
});

test('a main clause tagged without a verb takes a listed past form as its verb', () => {
  const { events } = code('nl', `
    Rusland Rusland PROPN 0 root
    en en CCONJ 3 cc
    China China PROPN 1 conj
    beklonken beklonken ADJ 6 amod
    een een DET 6 det
    partnerschap partnerschap NOUN 1 conj
    . . PUNCT 1 punct`);
  const pact = events.find((e) => e.type === 'COOPERATE' || e.type === 'AGREE');
  assert.ok(pact, JSON.stringify(events));
  assert.deepEqual([...countries(pact.source), ...countries(pact.target)].sort(), ['CHN', 'RUS']);
});

test('a preposition that the parser made the head of its nominal is that nominal\'s case marker', () => {
  const { events } = code('en', `
    Germany Germany PROPN 2 nsubj
    held hold VERB 0 root
    talks talk NOUN 2 obj
    with with ADP 3 nmod
    France France PROPN 4 conj
    . . PUNCT 2 punct`);
  const talks = events.find((e) => e.type === 'CONSULT');
  assert.ok(talks, JSON.stringify(events));
  assert.deepEqual([...countries(talks.source), ...countries(talks.target)].sort(), ['DEU', 'FRA']);
});

test('an opening clause set off by a comma is no subject: the nominal after the comma is', () => {
  const { events } = code('en', `
    Addressing address VERB 6 csubj VBG
    the the DET 3 det
    assembly assembly NOUN 1 obj
    , , PUNCT 5 punct
    Germany Germany PROPN 3 appos
    called call VERB 0 root
    on on ADP 8 case
    Russia Russia PROPN 6 obl
    to to PART 10 mark
    negotiate negotiate VERB 6 advcl
    . . PUNCT 6 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(countries(request.source), ['DEU']);
  assert.deepEqual(countries(request.target), ['RUS']);
});

test('a nominal labelled the object of one verb right before the auxiliary of another without a subject is its subject', () => {
  const { events } = code('en', `
    Iran Iran PROPN 2 nsubj
    says say VERB 5 advcl
    Israel Israel PROPN 2 obj
    will will AUX 5 aux
    attack attack VERB 0 root
    Syria Syria PROPN 5 obj
    . . PUNCT 5 punct`);
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, JSON.stringify(events));
  assert.deepEqual(countries(attack.source), ['ISR']);
  assert.deepEqual(countries(attack.target), ['SYR']);
});

test('the words of a direct quote hung on the speech verb belong to the quoted verb: a demand', () => {
  const { events } = code('nl', `
    " " PUNCT 8 punct
    Rusland Rusland PROPN 8 nsubj
    moet moeten AUX 8 aux
    zich zich PRON 8 expl:pv
    onmiddellijk onmiddellijk ADJ 8 advmod
    terugtrekken terug_trekken VERB 5 conj
    " " PUNCT 8 punct
    zei zeggen VERB 0 root
    Oekraïne Oekraïne PROPN 8 nsubj
    . . PUNCT 8 punct`);
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.equal(events[0].type, 'REQUEST');
  assert.deepEqual(countries(events[0].source), ['UKR']);
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('"vraagt … om … te" with the infinitive clause hung further down a misparsed relative clause, or the relative clause hung on the verb', () => {
  const parse = ([relative, happened]: string[]) => `
    De de DET 2 det
    politie politie NOUN 3 nsubj
    vraagt vragen VERB 0 root
    iedereen iedereen PRON 3 nsubj
    die die PRON 9 nsubj
    mogelijk mogelijk ADJ 9 advmod
    iets iets PRON 9 obj
    heeft hebben AUX 9 aux
    gefilmd filmen VERB ${relative}
    van van ADP 14 case
    wat wat PRON 14 nsubj
    er er ADV 14 advmod
    is zijn AUX 14 aux
    gebeurd gebeuren VERB ${happened}
    om om ADP 18 mark
    zich zich PRON 18 expl:pv
    te te ADP 18 mark
    melden melden VERB 14 advcl
    . . PUNCT 3 punct`;
  for (const heads of [['3 xcomp', '7 nmod'], ['3 acl:relcl', '9 advcl']]) {
    const { events } = code('nl', parse(heads));
    const request = events.find((e) => e.type === 'REQUEST');
    assert.ok(request, `${heads.join(', ')}: ${JSON.stringify(events)}`);
    assert.equal(request.source[0].text, 'De politie');
    assert.equal(request.target[0].text, 'iedereen');
  }
});

test('an infinitive inside a that-clause is what was said, not what was asked', () => {
  const { events } = code('en', `
    Poland Poland PROPN 2 nsubj
    told tell VERB 0 root
    Germany Germany PROPN 2 iobj
    that that SCONJ 6 mark
    Russia Russia PROPN 6 nsubj
    tried try VERB 2 ccomp
    to to PART 8 mark
    invade invade VERB 6 xcomp
    Ukraine Ukraine PROPN 8 obj
    . . PUNCT 2 punct`);
  assert.equal(events.filter((e) => e.type === 'REQUEST').length, 0, JSON.stringify(events));
});

test('a separable particle taken for the preposition opening the infinitive clause after it ("riep … op de beloften na te komen")', () => {
  const { events } = code('nl', `
    Hij hij PRON 2 nsubj
    riep roepen VERB 0 root
    Rusland Rusland PROPN 2 obj
    op op ADP 6 case
    de de DET 6 det
    beloften belofte NOUN 9 obl
    na na ADP 9 compound:prt
    te te ADP 9 mark
    komen komen VERB 2 advcl
    . . PUNCT 2 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(countries(request.target), ['RUS']);
});

test('verb-second: an object right after the opening phrase ends that phrase, it is not the verb\'s', () => {
  const { events } = code('nl', `
    In in ADP 3 case
    een een DET 3 det
    interview interview NOUN 8 obl
    met met ADP 6 case
    de de DET 6 det
    Times Times PROPN 3 nmod
    krant krant NOUN 8 obj
    beschuldigde beschuldigen VERB 0 root
    Rusland Rusland PROPN 8 nsubj
    Oekraïne Oekraïne PROPN 8 obj
    . . PUNCT 8 punct`);
  const accusation = events.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation, JSON.stringify(events));
  assert.deepEqual(countries(accusation.source), ['RUS']);
  assert.deepEqual(accusation.target.map((r) => r.country), ['UKR']);
});

test('a common noun hung on the subject name without a preposition is the verb\'s object ("beschuldigde Premier May politici")', () => {
  const { events } = code('nl', `
    Gisteren gisteren ADV 2 advmod
    beschuldigde beschuldigen VERB 0 root
    Rusland Rusland PROPN 2 nsubj
    demonstranten demonstrant NOUN 3 nmod
    van van ADP 6 case
    geweld geweld NOUN 2 obl
    . . PUNCT 2 punct`);
  const accusation = events.find((e) => e.type === 'ACCUSE');
  assert.ok(accusation, JSON.stringify(events));
  assert.deepEqual(countries(accusation.source), ['RUS']);
  assert.equal(accusation.target[0]?.text, 'demonstranten');
});

test('an apposition with its own comma is set off: no second object', () => {
  const { events } = code('en', `
    Smith Smith PROPN 7 nsubj
    , , PUNCT 3 punct
    spokeswoman spokeswoman NOUN 1 appos
    for for ADP 5 case
    Germany Germany PROPN 3 nmod
    , , PUNCT 1 punct
    criticized criticize VERB 0 root
    Russia Russia PROPN 7 obj
    . . PUNCT 7 punct`);
  const criticism = events.find((e) => e.type === 'ACCUSE');
  assert.ok(criticism, JSON.stringify(events));
  assert.deepEqual(criticism.target.map((r) => r.text), ['Russia']);
});

test('condemning the things of two owners is an event against each owner', () => {
  const { events } = code('nl', `
    Ze ze PRON 2 nsubj
    veroordeelden veroordelen VERB 0 root
    zowel zowel CCONJ 5 cc:preconj
    het het DET 5 det
    beleid beleid NOUN 2 obj
    van van ADP 7 case
    Rusland Rusland PROPN 5 nmod
    als als SCONJ 10 mark
    het het DET 10 det
    besluit besluit NOUN 5 conj
    van van ADP 12 case
    Duitsland Duitsland PROPN 10 nmod
    . . PUNCT 2 punct`);
  const accusations = events.filter((e) => e.type === 'ACCUSE');
  assert.equal(accusations.length, 2, JSON.stringify(events));
  assert.deepEqual(accusations.map((e) => countries(e.target)).sort(), [['DEU'], ['RUS']]);
});

test('a gerund adjunct of a complement without a subject has the subject of the clause above', () => {
  const { events } = code('en', `
    Protesters protester NOUN 2 nsubj
    made make VERB 0 root
    their their PRON 4 nmod:poss
    voices voice NOUN 2 obj
    heard hear VERB 2 xcomp
    , , PUNCT 7 punct
    condemning condemn VERB 5 advcl VBG
    Russia Russia PROPN 10 nmod:poss
    's 's PART 8 case
    policies policy NOUN 7 obj
    . . PUNCT 2 punct`);
  const condemnation = events.find((e) => e.type === 'ACCUSE');
  assert.ok(condemnation, JSON.stringify(events));
  assert.equal(condemnation.source[0].text, 'Protesters');
  assert.deepEqual(countries(condemnation.target), ['RUS']);
});

test('calling someone hysterical denounces them; it is no phone call', () => {
  const { events } = code('en', `
    Poland Poland PROPN 2 nsubj
    called call VERB 0 root
    Russia Russia PROPN 2 obj
    " " PUNCT 5 punct
    hysterical hysterical ADJ 3 parataxis
    " " PUNCT 5 punct
    . . PUNCT 2 punct`);
  assert.deepEqual(events.map((e) => e.type), ['ACCUSE'], JSON.stringify(events));
  assert.deepEqual(countries(events[0].target), ['RUS']);
});

test('"jullie" in a direct quote is whom the quote is told to ("zei tegen de militairen: …")', () => {
  const doc = parsed('nl', `
    Rusland Rusland PROPN 2 nsubj
    zei zeggen VERB 0 root
    tegen tegen ADP 5 case
    de de DET 5 det
    militairen militair NOUN 2 obl
    : : PUNCT 9 punct
    " " PUNCT 9 punct
    Ik ik PRON 9 nsubj
    roep roepen VERB 2 parataxis
    jullie jullie PRON 9 obj
    op op ADP 9 compound:prt
    " " PUNCT 9 punct
    . . PUNCT 2 punct`);
  const start = doc.text.indexOf('Ik');
  const end = doc.text.lastIndexOf('"');
  doc.quotes.push({ id: 'q1', start, end, text: doc.text.slice(start, end), kind: 'direct', cue: 'zei' });
  const { events } = coded(doc);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.equal(request.target[0]?.text, 'de militairen');
});

test('a meeting after a participle used as a preposition ("said following a meeting with …") is the setting of the clause', () => {
  const { events } = code('en', `
    Russia Russia PROPN 2 nsubj
    said say VERB 0 root
    following follow VERB 5 case VBG
    a a DET 5 det
    meeting meeting NOUN 2 obl
    with with ADP 7 case
    Germany Germany PROPN 5 nmod
    . . PUNCT 2 punct`);
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, JSON.stringify(events));
  assert.deepEqual([...countries(meeting.source), ...countries(meeting.target)].sort(), ['DEU', 'RUS']);
});

test('a finite past verb hung on a noun as a modifier has that noun as its subject', () => {
  const { events } = code('en', `
    as as ADP 2 case
    leaders leader NOUN 0 root
    of of ADP 4 case
    Turkey Turkey PROPN 2 nmod
    and and CCONJ 6 cc
    Germany Germany PROPN 4 conj
    met meet VERB 2 acl VBD
    in in ADP 9 case
    Berlin Berlin PROPN 7 obl
    . . PUNCT 2 punct`);
  const meeting = events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, JSON.stringify(events));
  assert.deepEqual([...countries(meeting.source), ...countries(meeting.target)].sort(), ['DEU', 'TUR']);
});

test('a quote whose verb governs the speech verb keeps its parse (no cycle)', () => {
  const { events } = code('nl', `
    " " PUNCT 6 punct
    Rusland Rusland PROPN 9 nsubj
    moet moeten AUX 9 aux
    zich zich PRON 6 expl:pv
    onmiddellijk onmiddellijk ADJ 6 advmod
    terugtrekken terug_trekken VERB 0 root
    " " PUNCT 6 punct
    , , PUNCT 9 punct
    zei zeggen VERB 6 parataxis
    Oekraïne Oekraïne PROPN 9 nsubj
    . . PUNCT 6 punct`);
  assert.ok(events.every((e) => e.type !== 'REQUEST' || countries(e.source).includes('UKR')), JSON.stringify(events));
});

test('a request\'s target is whom it asks, not the object of what it asks for', () => {
  const { events } = code('nl', `
    Syrië Syrië PROPN 2 nsubj
    vraagt vragen VERB 0 root
    om om ADP 9 mark
    Oekraïne Oekraïne PROPN 9 obj
    weer weer ADV 9 advmod
    te te ADP 9 mark
    helpen helpen VERB 9 aux
    op op ADP 9 compound:prt
    bouwen bouwen VERB 2 advcl
    . . PUNCT 2 punct`);
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events));
  assert.deepEqual(countries(request.source), ['SYR']);
  assert.deepEqual(countries(request.target), []);
});
