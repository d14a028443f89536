/** Entries added for gaps the linking dev set showed: parties, groups, people, agent nouns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentNoun, knowledgeBase, lookup, type ActorCandidate } from './index.js';

function best(name: string, options: Parameters<typeof lookup>[1] = {}): ActorCandidate {
  const [first] = lookup(name, options);
  assert.ok(first, `no candidate for '${name}'`);
  return first;
}

test('parties carry sector PTY and their country', () => {
  const cases: [string, string, string][] = [
    ['Conservative Party', 'en', 'GBR'],
    ['Labour Party', 'en', 'GBR'],
    ['Republikeinse Partij', 'nl', 'USA'],
    ['Democratic Party', 'en', 'USA'],
    ['VVD', 'nl', 'NLD'],
    ['GroenLinks-PvdA', 'nl', 'NLD'],
    ['Nieuw Sociaal Contract', 'nl', 'NLD'],
  ];
  for (const [name, language, country] of cases) {
    const party = best(name, { language });
    assert.equal(party.kind, 'institution', name);
    assert.equal(party.country, country, name);
    assert.equal(party.sector, 'PTY', name);
  }
  assert.equal(lookup('sp', { language: 'nl' }).length, 0, 'a party acronym only matches in capitals');
});

test('armed groups by their long names, the Belarusian KGB', () => {
  assert.equal(best("People's Protection Units", { language: 'en' }).id, 'ypg');
  const isis = best('Islamic State of Iraq and Syria', { language: 'en' });
  assert.equal(isis.id, 'islamic-state');
  assert.equal(isis.match, 'exact');
  const kgb = best('Belarusian KGB', { language: 'en' });
  assert.equal(kgb.country, 'BLR');
  assert.equal(kgb.sector, 'SPY');
});

test('people from the dev-set gaps resolve with their role on the date', () => {
  const corbyn = best('Jeremy Corbyn', { date: '2019-09-11' });
  assert.equal(corbyn.country, 'GBR');
  assert.equal(corbyn.role, 'opposition-leader');
  assert.equal(best('Jeremy Corbyn', { date: '2021-01-01' }).sector, 'LEG', 'after 2020 the default: a member of parliament');
  assert.equal(best('Carrie Lam', { date: '2019-09-06' }).role, 'head-of-government');
  assert.equal(best('Carrie Lam', { date: '2019-09-06' }).country, 'HKG');
  assert.equal(best('Terry Branstad', { date: '2018-05-01' }).role, 'ambassador');
  assert.equal(best('Terry Branstad', { date: '2014-05-01' }).role, 'governor');
  assert.equal(best('Ryan Zinke', { date: '2018-01-01' }).sector, 'GOV');
  assert.equal(best('Ryan Zinke', { date: '2024-01-01' }).sector, 'LEG');
  assert.equal(best('Alexander Novak', { date: '2022-03-01' }).role, 'deputy-head-of-government');
  assert.equal(best('Aleksandr Novak', { date: '2018-03-01' }).role, 'minister');
  const envoy = best('Staffan de Mistura', { date: '2017-01-01' });
  assert.equal(envoy.country, 'IGO');
  assert.equal(envoy.sector, 'IGO');
  assert.equal(best('Walid Moualem', { date: '2018-01-01' }).id, 'walid-muallem');
});

test('Issoufou was president of Niger in 2019; Oramah heads an IGO', () => {
  const issoufou = best('Mahamadou Issoufou', { date: '2019-07-10' });
  assert.equal(issoufou.country, 'NER');
  assert.equal(issoufou.role, 'president');
  assert.equal(issoufou.from, '2011-04-07');
  assert.equal(issoufou.to, '2021-04-02');
  assert.equal(best('Mahamadou Issoufou', { date: '2021-06-01' }).sector, 'ELI');
  const oramah = best('Okey Oramah', { date: '2019-07-10' });
  assert.equal(oramah.country, 'IGO');
  assert.equal(oramah.sector, 'IGO');
});

test('current ministers of smaller EU states are known', () => {
  assert.equal(best('Elina Valtonen', { date: '2025-06-01' }).role, 'foreign-minister');
  assert.equal(best('Nikos Dendias', { date: '2025-06-01' }).role, 'defence-minister');
  assert.equal(best('Nikos Dendias', { date: '2021-06-01' }).role, 'foreign-minister');
  assert.equal(best('Pål Jonson', { date: '2025-06-01' }).country, 'SWE');
});

test('agent nouns: leaders, lawmakers, the people, militias', () => {
  for (const [word, language] of [
    ['leider', 'nl'],
    ['leiders', 'nl'],
    ['leader', 'en'],
    ['leaders', 'en'],
  ] as const) {
    const noun = agentNoun(word, language);
    assert.equal(noun?.sector, 'GOV', word);
    assert.equal(noun?.role, 'leader', word);
  }
  assert.equal(agentNoun('wetgever', 'nl')?.sector, 'LEG');
  assert.equal(agentNoun('volk', 'nl')?.sector, 'CVL');
  assert.equal(agentNoun('militias', 'en')?.sector, 'PRM');
  assert.equal(agentNoun('milities', 'nl')?.sector, 'PRM');
  assert.equal(agentNoun('partijleider', 'nl')?.sector, 'PTY', 'a listed compound keeps its own sector');
  const chinese = best('de Chinese leider', { language: 'nl' });
  assert.equal(chinese.id, 'CHN:GOV');
  assert.equal(chinese.role, 'leader');
});

test('phrases: false drops phrase readings without trying folded spellings instead', () => {
  const kb = knowledgeBase();
  assert.equal(best('president Poetin', { language: 'nl' }).match, 'phrase');
  assert.deepEqual(kb.lookup('president Poetin', { language: 'nl', phrases: false }), []);
  assert.deepEqual(kb.lookup('de Chinese ambassadeur', { language: 'nl', phrases: false }), []);
  assert.equal(kb.lookup('Poetin', { language: 'nl', phrases: false })[0]?.id, 'vladimir-putin');
  assert.equal(kb.lookup('Putins', { language: 'en', phrases: false })[0]?.match, 'possessive');
});

test('isFirstWordOfName: the first words of names of several words', () => {
  const kb = knowledgeBase();
  assert.equal(kb.isFirstWordOfName('conservative'), true);
  assert.equal(kb.isFirstWordOfName('verenigde'), true);
  assert.equal(kb.isFirstWordOfName('qwxz'), false);
});
