import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, DocActor } from '../doc/doc.js';
import { Pipeline, pipelineFor } from '../pipeline/index.js';
import { Linker, linkerComponent, type LinkResult } from './index.js';

interface Linked {
  doc: Doc;
  result: LinkResult;
  /** Every mention with this exact text, with its actor. */
  mentionsOf(text: string): DocActor[];
  /** The actor index of each mention with this text. */
  actorIndexes(text: string): number[];
  placesOf(text: string): number;
}

function link(text: string, language: string, published: string | null): Linked {
  const { doc } = pipelineFor(language).run(text, { published });
  const result = Linker.forLanguage(language).link(doc, published);
  const mentions = (t: string) => result.mentions.filter((m) => text.slice(m.start, m.end) === t);
  return {
    doc,
    result,
    mentionsOf: (t) => mentions(t).map((m) => result.actors[m.actor]),
    actorIndexes: (t) => mentions(t).map((m) => m.actor),
    placesOf: (t) => result.places.filter((p) => text.slice(p.start, p.end) === t).length,
  };
}

function assertAll(actors: DocActor[], expected: Partial<DocActor>, what: string, atLeast = 1): void {
  assert.ok(actors.length >= atLeast, `${what}: expected at least ${atLeast} mention(s), found ${actors.length}`);
  for (const actor of actors) {
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(actor[key as keyof DocActor], value, `${what}: ${key} of ${JSON.stringify(actor)}`);
    }
  }
}

const articlePath = fileURLToPath(new URL('../../examples/biden-xi.nl.txt', import.meta.url));

test('the Biden-Xi article: every actor it names resolves to its country and sector', () => {
  const linked = link(readFileSync(articlePath, 'utf8'), 'nl', '2022-03-19');
  assertAll(linked.mentionsOf('Xi'), { id: 'xi-jinping', country: 'CHN', sector: 'GOV' }, 'Xi', 5);
  assertAll(linked.mentionsOf('Biden'), { id: 'joe-biden', country: 'USA', sector: 'GOV' }, 'Biden', 5);
  assertAll(linked.mentionsOf('Bidens'), { id: 'joe-biden' }, 'Bidens');
  assertAll(linked.mentionsOf('Poetin'), { id: 'vladimir-putin', country: 'RUS', sector: 'GOV' }, 'Poetin');
  assertAll(linked.mentionsOf('Peking'), { country: 'CHN', sector: 'GOV' }, 'Peking', 5);
  assertAll(linked.mentionsOf('Witte Huis'), { country: 'USA', sector: 'GOV' }, 'Witte Huis');
  assertAll(linked.mentionsOf('Chinese ambassadeur'), { country: 'CHN', sector: 'GOV' }, 'de Chinese ambassadeur');
  assertAll(linked.mentionsOf('Jake Sullivan'), { id: 'jake-sullivan', country: 'USA', sector: 'GOV' }, 'Jake Sullivan');
  assertAll(linked.mentionsOf('Sullivan'), { id: 'jake-sullivan' }, 'Sullivan after Jake Sullivan');
  assertAll(linked.mentionsOf('Yang Jiechi'), { country: 'CHN', sector: 'GOV' }, 'Yang Jiechi');
  assertAll(linked.mentionsOf('CGTN'), { country: 'CHN', sector: 'MED' }, 'CGTN');
  assertAll(linked.mentionsOf('Chinese staatsmedia'), { country: 'CHN', sector: 'MED' }, 'de Chinese staatsmedia');
  assertAll(linked.mentionsOf('Russische leger'), { country: 'RUS', sector: 'MIL' }, 'het Russische leger');
  assertAll(linked.mentionsOf('Chinese banken en bedrijven'), { country: 'CHN', sector: 'BUS' }, 'Chinese banken en bedrijven');
});

test('the Biden-Xi article: places are no actors, and one actor keeps one id', () => {
  const text = readFileSync(articlePath, 'utf8');
  const linked = link(text, 'nl', '2022-03-19');
  // "in Oekraïne", "in Rome": where, not who.
  assert.ok(linked.placesOf('Oekraïne') >= 3, 'Oekraïne after "in" is a place');
  assert.equal(linked.placesOf('Rome'), 1);
  assert.deepEqual(linked.mentionsOf('Rome'), []);
  // The American bureau of CGTN is Chinese state media, not an American actor.
  assert.ok(!linked.result.mentions.some((m) => text.slice(m.start, m.end).includes('Amerikaanse bureau')));
  for (const name of ['Xi', 'Biden', 'Peking']) {
    assert.equal(new Set(linked.actorIndexes(name)).size, 1, `all mentions of ${name} share one actor`);
  }
  const ids = linked.result.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'actor ids are unique within the article');
  for (let i = 1; i < linked.result.mentions.length; i++) {
    assert.ok(linked.result.mentions[i - 1].start <= linked.result.mentions[i].start, 'mentions in text order');
  }
});

test('a person the KB does not know keeps the name and takes country and sector from the phrase', () => {
  const text = 'De Chinese topdiplomaat Wang Zhiqiang sprak dinsdag met de Franse president. Later zei Zhiqiang dat het overleg goed was.';
  const linked = link(text, 'nl', '2022-03-19');
  assertAll(linked.mentionsOf('Wang Zhiqiang'), { id: 'wang-zhiqiang', name: 'Wang Zhiqiang', country: 'CHN', sector: 'GOV' }, 'unknown diplomat');
  assert.deepEqual(linked.actorIndexes('Zhiqiang'), linked.actorIndexes('Wang Zhiqiang'), 'the surname refers back');
  assertAll(linked.mentionsOf('Franse president'), { country: 'FRA', sector: 'GOV' }, 'de Franse president');
});

test('the publication date picks the role a person held', () => {
  assertAll(link('Biden met Xi on Friday.', 'en', '2022-03-19').mentionsOf('Biden'), { id: 'joe-biden', country: 'USA', sector: 'GOV' }, '2022');
  const before = link('Biden spoke in the Senate on Friday.', 'en', '2005-06-01').mentionsOf('Biden');
  assertAll(before, { id: 'joe-biden', country: 'USA', sector: 'LEG' }, '2005: a senator');
});

test('English: agent phrases, metonyms by their role, and May the name against May the month', () => {
  const text =
    'The Chinese foreign minister met Theresa May in London on Monday. Washington imposed new sanctions, ' +
    'and the protests in Washington continued. In May, May said Russian troops had left.';
  const linked = link(text, 'en', '2019-03-10');
  assertAll(linked.mentionsOf('Chinese foreign minister'), { country: 'CHN', sector: 'GOV' }, 'the Chinese foreign minister');
  assertAll(linked.mentionsOf('Theresa May'), { id: 'theresa-may', country: 'GBR', sector: 'GOV' }, 'Theresa May');
  const mays = linked.result.mentions.filter((m) => text.slice(m.start, m.end) === 'May');
  assert.equal(mays.length, 1, 'only the second May (the person) is a mention');
  assert.equal(mays[0].start, text.lastIndexOf('May said'));
  assert.equal(linked.result.actors[mays[0].actor].id, 'theresa-may');
  assert.equal(linked.mentionsOf('Washington').length, 1, 'Washington imposing sanctions is an actor; in Washington a place');
  assertAll(linked.mentionsOf('Washington'), { country: 'USA', sector: 'GOV' }, 'Washington');
  assert.equal(linked.placesOf('London'), 1);
  assertAll(linked.mentionsOf('Russian troops'), { country: 'RUS', sector: 'MIL' }, 'Russian troops');
});

test('a name inside a longer unknown name is no mention ("Straat van Taiwan")', () => {
  const linked = link('Het schip voer door de Straat van Taiwan. Taiwan protesteerde.', 'nl', '2022-03-19');
  assert.equal(linked.mentionsOf('Taiwan').length, 1);
  assert.equal(linked.result.mentions[0].start, linked.doc.text.lastIndexOf('Taiwan'));
});

test('a country inside an organisation the recognizer found is no mention of the country', () => {
  const linked = link(
    'Het is een initiatief van het CIDI (Centrum Informatie en Documentatie Israël). Israël reageerde niet.',
    'nl',
    '2019-05-03',
  );
  assert.equal(linked.mentionsOf('Israël').length, 1, 'only the country on its own');
  assert.equal(linked.result.mentions.find((m) => linked.doc.text.slice(m.start, m.end) === 'Israël')?.start, linked.doc.text.lastIndexOf('Israël'));
});

test('a name joined to an agent noun by a hyphen lends its country, and a leader its sector ("VVD-leider")', () => {
  const linked = link(
    'VVD-leider Dilan Yesilgöz zei dat het kabinet moet ingrijpen. PvdA-Kamerlid Jan de Vries kritiseerde de minister.',
    'nl',
    '2023-05-03',
  );
  assertAll(linked.mentionsOf('Dilan Yesilgöz'), { country: 'NLD', sector: 'PTY' }, 'a party leader');
  assertAll(linked.mentionsOf('Jan de Vries'), { country: 'NLD', sector: 'LEG' }, "a party's member of parliament");
});

test('"de president" as a subject is the president the article named before; an office elsewhere is no one', () => {
  const nl = link('President Joe Biden sprak vrijdag met Xi Jinping. De president waarschuwde China.', 'nl', '2022-03-19');
  assertAll(nl.mentionsOf('president'), { id: 'joe-biden' }, 'de president');
  const en = link('Prime Minister Theresa May met Macron. Citizens do not elect the Prime Minister directly.', 'en', '2019-03-19');
  assert.equal(en.mentionsOf('Prime Minister').length, 0, 'the office as an object');
});

test('a name the English tokenizer split at its hyphen is still one name ("Kim Jong - un")', () => {
  const linked = link('Trump met Kim Jong-un in Singapore on Friday.', 'en', '2019-03-19');
  assertAll(linked.mentionsOf('Kim Jong-un'), { id: 'kim-jong-un', country: 'PRK' }, 'Kim Jong-un');
});

test('the linker is a pipeline component that fills doc.actors and doc.mentions', () => {
  const base = pipelineFor('nl');
  const pipeline = new Pipeline('nl', [...base.components, Linker.forLanguage('nl')]);
  assert.deepEqual(pipeline.names.slice(-1), ['linker']);
  const { doc, failures } = pipeline.run('Poetin ontmoette Xi in Peking.', { published: '2022-02-04' });
  assert.deepEqual(failures, []);
  const putin = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'Poetin');
  assert.ok(putin, 'Poetin is a mention');
  assert.equal(doc.actors[putin.actor].id, 'vladimir-putin');
  assert.ok(!doc.mentions.some((m) => doc.text.slice(m.start, m.end) === 'Peking'), 'in Peking is a place');
  // Without a recognizer in the pipeline, the linker must not declare that it reads entities.
  assert.ok(!Linker.forLanguage('nl').reads.includes('entities'));
  assert.ok(Linker.forLanguage('nl', true).reads.includes('entities'));
  assert.deepEqual(linkerComponent.writes, ['actors']);
});

test('entity spans from a recognizer become mentions: an unknown person keeps the name', () => {
  const text = 'Gisteren sprak Pieter Kloosterboer met Poetin.';
  const { doc } = pipelineFor('nl').run(text, { published: '2022-03-19' });
  const first = [...doc.tokens()].findIndex((t) => t.text === 'Pieter');
  const per = doc.strings.add('PER');
  doc.entityIob[first] = 1;
  doc.entityIob[first + 1] = 2;
  doc.entityType[first] = per;
  doc.entityType[first + 1] = per;
  Linker.forLanguage('nl', true).apply(doc, { published: '2022-03-19' });
  const names = doc.mentions.map((m) => text.slice(m.start, m.end));
  assert.deepEqual(names, ['Pieter Kloosterboer', 'Poetin']);
  assert.equal(doc.actors[doc.mentions[0].actor].id, 'pieter-kloosterboer');
  assert.equal(doc.actors[doc.mentions[0].actor].country, '');
});

test('a month or weekday name tagged as a person is no actor ("November komt eraan!")', () => {
  const text = 'Demonstranten riepen: November komt eraan! Zaterdag sprak Kloosterboer met Poetin.';
  const { doc } = pipelineFor('nl').run(text, { published: '2022-03-19' });
  const per = doc.strings.add('PER');
  for (const word of ['November', 'Zaterdag', 'Kloosterboer']) {
    const index = [...doc.tokens()].findIndex((t) => t.text === word);
    doc.entityIob[index] = 1;
    doc.entityType[index] = per;
  }
  Linker.forLanguage('nl', true).apply(doc, { published: '2022-03-19' });
  const names = doc.mentions.map((m) => text.slice(m.start, m.end));
  assert.deepEqual(names, ['Kloosterboer', 'Poetin']);
});

test('a long group name is one mention; parties and leaders link (en, nl)', () => {
  const en = link(
    'The Kurds fought the Islamic State of Iraq and Syria for years. Labour leader Jeremy Corbyn criticised the Conservative Party.',
    'en',
    '2019-10-15',
  );
  assertAll(en.mentionsOf('Islamic State of Iraq and Syria'), { id: 'islamic-state' }, 'ISIS by its long name');
  assert.equal(en.mentionsOf('Iraq').length + en.placesOf('Iraq'), 0, 'no Iraq inside the group name');
  assert.equal(en.mentionsOf('Syria').length + en.placesOf('Syria'), 0, 'no Syria inside the group name');
  assertAll(en.mentionsOf('Conservative Party'), { country: 'GBR', sector: 'PTY' }, 'the Conservative Party');
  assertAll(en.mentionsOf('Jeremy Corbyn'), { country: 'GBR', sector: 'OPP' }, 'Corbyn in 2019');
  const nl = link('De Noord-Koreaanse leider ontmoette de Republikeinse Partij niet.', 'nl', '2019-06-30');
  assertAll(nl.mentionsOf('Noord-Koreaanse leider'), { country: 'PRK', sector: 'GOV' }, 'a country adjective with leider');
  assertAll(nl.mentionsOf('Republikeinse Partij'), { country: 'USA', sector: 'PTY' }, 'the Republican Party in Dutch');
});

test('a name after a noun that is no title or state body stays a name of its own ("the people Trump met")', () => {
  const en = link('Many people Trump met were scared.', 'en', '2019-06-30');
  assertAll(en.mentionsOf('Trump'), { id: 'donald-trump' }, 'Trump after "people"');
  assert.equal(en.mentionsOf('people Trump').length, 0, 'no generic actor led by Trump');
});

test('a name an international body has only in context ("de Commissie") needs a related body earlier in the article', () => {
  const alone = link('De Commissie hoorde drie getuigen over de toeslagen.', 'nl', '2021-01-10');
  assert.deepEqual(alone.mentionsOf('Commissie'), [], 'a committee of any kind, not the European Commission');
  const inEu = link('De Europese Unie wil minder gas uit Rusland. De Commissie stelt nieuwe regels voor.', 'nl', '2022-05-01');
  assertAll(inEu.mentionsOf('Commissie'), { id: 'european-commission' }, 'Commissie after Europese Unie');
});
