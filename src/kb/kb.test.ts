import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentNoun, knowledgeBase, lookup, validateKnowledgeBase, type ActorCandidate } from './index.js';

function best(name: string, options: Parameters<typeof lookup>[1] = {}): ActorCandidate {
  const [first] = lookup(name, options);
  assert.ok(first, `no candidate for '${name}'`);
  return first;
}

test('the built-in data loads without errors and covers every kind', () => {
  const data = validateKnowledgeBase();
  assert.deepEqual(data.issues, []);
  for (const kind of ['country', 'metonym', 'institution', 'international', 'media', 'group', 'person', 'agents']) {
    assert.ok((data.counts[kind] ?? 0) > 0, `no ${kind} records`);
  }
  assert.ok(data.counts.country >= 249, 'every ISO 3166-1 country and territory');
});

test('Biden resolves by date: president in 2022, vice-president in 2012', () => {
  const in2022 = best('Biden', { date: '2022-03-19' });
  assert.equal(in2022.id, 'joe-biden');
  assert.equal(in2022.name, 'Joe Biden');
  assert.equal(in2022.country, 'USA');
  assert.equal(in2022.sector, 'GOV');
  assert.equal(in2022.role, 'president');
  assert.equal(in2022.wikidata, 'Q6279');
  assert.equal(in2022.dateMatch, 'covered');
  const in2012 = best('Biden', { date: '2012-06-01' });
  assert.equal(in2012.role, 'vice-president');
  assert.equal(in2012.from, '2009-01-20');
  assert.equal(in2012.to, '2017-01-20');
  const in2018 = best('Joe Biden', { date: '2018-06-01' });
  assert.equal(in2018.sector, 'ELI', 'out of office: the default (former) role');
  assert.equal(in2018.dateMatch, 'default');
});

test('US presidents around the hand-over day', () => {
  assert.equal(best('Trump', { date: '2025-01-20' }).role, 'president');
  assert.equal(best('Biden', { date: '2025-01-20' }).sector, 'ELI');
  assert.equal(best('Trump', { date: '2019-01-01' }).role, 'president');
  assert.equal(best('Bush', { date: '2003-01-01' }).id, 'george-w-bush');
  assert.equal(best('Bush', { date: '1990-01-01' }).id, 'george-h-w-bush');
});

test('people converted from the Phoenix dictionaries keep their dated roles, closed where the dictionaries stop', () => {
  const inOffice = best('Agnes van Ardenne', { date: '2005-06-01' });
  assert.deepEqual([inOffice.country, inOffice.sector, inOffice.dateMatch], ['NLD', 'GOV', 'covered']);
  assert.match(inOffice.source, /^people-phoenix\.tsv:\d+$/);
  assert.equal(best('Agnes van Ardenne', { date: '2020-06-01' }).dateMatch, 'nearest');
  assert.equal(best('Akihito').source.startsWith('people.tsv'), true, 'a curated one-word name replaces the converted one');
  assert.equal(lookup('Akihito').length, 1);
  assert.ok(!lookup('Putin').some((c) => c.source.startsWith('people-phoenix')), 'curated people replace converted ones');
});

test('Xi, Poetin/Putin, Yang Jiechi and Jake Sullivan', () => {
  const xi = best('Xi', { date: '2022-03-18' });
  assert.deepEqual([xi.id, xi.country, xi.sector], ['xi-jinping', 'CHN', 'GOV']);
  for (const name of ['Poetin', 'Putin', 'Vladimir Poetin', 'Poutine', 'POETIN']) {
    assert.equal(best(name, { language: 'nl' }).id, 'vladimir-putin', name);
  }
  const yang = best('Yang Jiechi', { date: '2022-03-18' });
  assert.deepEqual([yang.country, yang.sector, yang.role], ['CHN', 'GOV', 'top-diplomat']);
  const sullivan = best('Jake Sullivan', { date: '2022-03-18' });
  assert.deepEqual([sullivan.country, sullivan.sector, sullivan.role], ['USA', 'GOV', 'security-adviser']);
});

test('possessives, diacritics and spelling variants', () => {
  assert.equal(best('Bidens', { date: '2022-01-01' }).id, 'joe-biden');
  assert.equal(best("Biden's").id, 'joe-biden');
  assert.equal(best('Biden’s').id, 'joe-biden');
  assert.equal(best('Poetins').id, 'vladimir-putin');
  assert.equal(best('Oekraine').id, 'UKR');
  assert.equal(best('Oekraïne').id, 'UKR');
  assert.equal(best('Zelenskij').id, 'volodymyr-zelensky');
  assert.equal(best('Zelenskij').match, 'spelling');
  assert.equal(best('Sergei Lavrov').id, 'sergey-lavrov');
});

test('country names, adjectives and demonyms', () => {
  for (const name of ['Russisch', 'Russische', 'Rusland', 'Russen', 'Russian']) assert.equal(best(name).id, 'RUS', name);
  assert.equal(best('Russische').use, 'adjective');
  assert.equal(best('Russen').use, 'demonym');
  for (const name of ['Amerikaanse', 'Amerikanen', 'VS', 'Verenigde Staten', 'U.S.', 'USA', 'America']) {
    assert.equal(best(name).country, 'USA', name);
  }
  for (const name of ['Chinees', 'Chinese', 'Oekraïense', 'Oekraïners']) assert.ok(['CHN', 'UKR'].includes(best(name).country), name);
  assert.equal(best('Sovjet-Unie').id, 'SUN');
  assert.equal(best('Sovjet-Unie', { date: '2020-01-01' }).dateMatch, 'outside');
});

test('acronyms match only when written in capitals', () => {
  assert.equal(best('VS').id, 'USA');
  assert.deepEqual(lookup('vs'), []);
  assert.ok(!lookup('who').some((c) => c.id === 'who'));
  assert.equal(best('WHO').id, 'who');
  assert.equal(best('EU’s').id, 'eu');
});

test('metonyms and seats of power stand for the government', () => {
  const peking = best('Peking');
  assert.deepEqual([peking.kind, peking.country, peking.sector], ['metonym', 'CHN', 'GOV']);
  assert.equal(best('Beijing').id, peking.id);
  for (const name of ['Witte Huis', 'het Witte Huis', 'the White House']) {
    const whiteHouse = best(name);
    assert.deepEqual([whiteHouse.country, whiteHouse.sector], ['USA', 'GOV'], name);
  }
  assert.equal(best('Kremlin').country, 'RUS');
  assert.equal(best('Kiev').country, 'UKR');
  assert.equal(best('Kyiv').country, 'UKR');
  assert.equal(best('Brussel').contextDependent, true);
  assert.equal(best('Peking').contextDependent, false);
});

test('media, with state media flagged', () => {
  const cgtn = best('CGTN');
  assert.deepEqual([cgtn.country, cgtn.sector, cgtn.stateOwned], ['CHN', 'MED', true]);
  assert.equal(best('Xinhua').stateOwned, true);
  assert.equal(best('Reuters').stateOwned, false);
  assert.equal(best('NOS').sector, 'MED');
});

test('international bodies and groups resolve with their code', () => {
  assert.deepEqual([best('NAVO').id, best('NAVO').country], ['nato', 'IGO']);
  assert.equal(best('Verenigde Naties').id, 'un');
  assert.equal(best('Internationaal Strafhof').sector, 'JUD');
  assert.equal(best('Artsen zonder Grenzen').country, 'NGO');
  assert.equal(best('Taliban', { date: '2023-01-01' }).sector, 'GOV');
  assert.equal(best('Taliban', { date: '2015-01-01' }).sector, 'REB');
});

test('an adjective with an agent noun resolves to that country and sector', () => {
  const ambassador = best('de Chinese ambassadeur', { language: 'nl' });
  assert.deepEqual([ambassador.kind, ambassador.country, ambassador.sector, ambassador.role], ['generic', 'CHN', 'GOV', 'ambassador']);
  const troops = best('Russian troops', { language: 'en' });
  assert.deepEqual([troops.country, troops.sector], ['RUS', 'MIL']);
  assert.deepEqual(lookup('de onbekende ambassadeur'), []);
  const foreignMinister = best('de Amerikaanse minister van Buitenlandse Zaken', { language: 'nl' });
  assert.deepEqual([foreignMinister.country, foreignMinister.role], ['USA', 'foreign-minister']);
  assert.equal(best('Chinese staatsmedia', { language: 'nl' }).stateOwned, true);
});

test('a title with a name is that person; a collective noun with a name is the body it leads', () => {
  assert.equal(best('president Poetin', { language: 'nl' }).id, 'vladimir-putin');
  assert.equal(best('de Russische president Poetin', { language: 'nl' }).id, 'vladimir-putin');
  assert.equal(best('Dutch prime minister Mark Rutte', { language: 'en', date: '2015-01-01' }).id, 'mark-rutte');
  const administration = best('regering-Biden', { language: 'nl', date: '2022-01-01' });
  assert.deepEqual([administration.kind, administration.country, administration.sector], ['generic', 'USA', 'GOV']);
  assert.equal(best('het regime in Damascus', { language: 'nl' }).country, 'SYR');
  assert.deepEqual(lookup('president Qwxyzzy', { language: 'nl' }), []);
});

test('agent nouns map to sectors, with Dutch inflections and compounds', () => {
  const ambassadeur = agentNoun('ambassadeur', 'nl');
  assert.equal(ambassadeur?.sector, 'GOV');
  assert.equal(ambassadeur?.official, true);
  assert.equal(ambassadeur?.person, true);
  assert.equal(agentNoun('ambassadeurs', 'nl')?.plural, true);
  assert.equal(agentNoun('troepen', 'nl')?.sector, 'MIL');
  assert.equal(agentNoun('grondtroepen', 'nl')?.sector, 'MIL');
  assert.equal(agentNoun('betogers', 'nl')?.sector, 'CVL');
  assert.equal(agentNoun('rebellen', 'nl')?.sector, 'REB');
  assert.equal(agentNoun('staatsmedia', 'nl')?.stateOwned, true);
  assert.equal(agentNoun('regeringswoordvoerder', 'nl')?.sector, 'GOV');
  assert.equal(agentNoun('woordvoerder', 'nl')?.sector, '');
  assert.equal(agentNoun('protesters', 'en')?.sector, 'CVL');
  assert.equal(agentNoun('state media', 'en')?.sector, 'MED');
  assert.equal(agentNoun('zebra', 'nl'), undefined);
  assert.equal(agentNoun('troepen', 'en'), undefined);
});

test('the knowledge base is loaded once', () => {
  assert.equal(knowledgeBase(), knowledgeBase());
});

test('a concurrent office does not hide the main role, and fills in where no main role covers the date', () => {
  const netanyahu = best('Netanyahu', { date: '2017-01-01' });
  assert.deepEqual([netanyahu.id, netanyahu.role], ['benjamin-netanyahu', 'head-of-government']);
  const queen = best('Elizabeth II', { date: '2000-01-01' });
  assert.deepEqual([queen.country, queen.role], ['GBR', 'monarch']);
  const person = knowledgeBase().get('benjamin-netanyahu');
  assert.ok(person?.roles.some((r) => r.concurrent && r.role === 'foreign-minister'), 'the concurrent office is kept');
});

test('a name marked as context-dependent makes only that reading context-dependent', () => {
  const commissie = best('de Commissie', { language: 'nl' });
  assert.deepEqual([commissie.id, commissie.contextDependent], ['european-commission', true]);
  const full = best('Europese Commissie', { language: 'nl' });
  assert.deepEqual([full.id, full.contextDependent], ['european-commission', false]);
});
