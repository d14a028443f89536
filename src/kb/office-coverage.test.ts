/** The curated people data keeps the offices listed in data/coverage.tsv filled, by default from 2016 to mid-2026. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DATA_DIR, knowledgeBase, type Actor } from './index.js';

/** The role titles (roles.tsv) that fill each office. */
const OFFICE_ROLES: Record<string, readonly string[]> = {
  'head-of-state': ['president', 'monarch', 'supreme-leader'],
  'head-of-government': ['head-of-government'],
  'foreign-minister': ['foreign-minister'],
  'defence-minister': ['defence-minister'],
};

const FIRST_YEAR = 2016;
const LAST_YEAR = 2026;

interface Requirement {
  country: string;
  office: string;
  /** The years checked, FIRST_YEAR..LAST_YEAR unless the office names others (head-of-state:1990, ...:1990-2018). */
  firstYear: number;
  lastYear: number;
  line: number;
}

const OFFICE_PATTERN = /^([a-z-]+)(?::(\d{4})(?:-(\d{4}))?)?$/;

function readRequirements(): Requirement[] {
  const lines = readFileSync(join(BUILTIN_DATA_DIR, 'coverage.tsv'), 'utf8').split('\n');
  const requirements: Requirement[] = [];
  let header = true;
  lines.forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    if (header) {
      assert.equal(text, 'country\toffices', 'coverage.tsv header');
      header = false;
      return;
    }
    const [country, offices, ...rest] = text.split('\t');
    assert.equal(rest.length, 0, `coverage.tsv:${index + 1}: two columns expected`);
    for (const text of offices.split('|')) {
      const match = OFFICE_PATTERN.exec(text);
      assert.ok(match, `coverage.tsv:${index + 1}: malformed office '${text}'`);
      const [, office, first, last] = match;
      const firstYear = first ? Number(first) : FIRST_YEAR;
      const lastYear = last ? Number(last) : LAST_YEAR;
      assert.ok(firstYear <= lastYear, `coverage.tsv:${index + 1}: ${text}: inverted years`);
      requirements.push({ country, office, firstYear, lastYear, line: index + 1 });
    }
  });
  return requirements;
}

/** Every 1 January and 1 July of the period, up to and including 1 July of the last year. */
function checkDates(firstYear: number, lastYear: number): string[] {
  const dates: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) dates.push(`${year}-01-01`, `${year}-07-01`);
  return dates;
}

function holders(people: readonly Actor[], country: string, roles: readonly string[], date: string): string[] {
  return people
    .filter((person) =>
      person.roles.some(
        (role) =>
          role.country === country &&
          roles.includes(role.role) &&
          (role.from !== '' || role.to !== '') &&
          (role.from === '' || role.from <= date) &&
          (role.to === '' || date < role.to),
      ),
    )
    .map((person) => person.id);
}

test('coverage.tsv names known countries and offices, each state once', () => {
  const kb = knowledgeBase();
  const requirements = readRequirements();
  assert.ok(requirements.length > 0);
  const seen = new Set<string>();
  for (const { country, office, line } of requirements) {
    assert.equal(kb.get(country)?.kind, 'country', `coverage.tsv:${line}: unknown country ${country}`);
    assert.ok(office in OFFICE_ROLES, `coverage.tsv:${line}: unknown office ${office}`);
    const key = `${country} ${office}`;
    assert.ok(!seen.has(key), `coverage.tsv:${line}: ${key} listed twice`);
    seen.add(key);
  }
});

test('every listed office has a holder on each 1 January and 1 July of its period', () => {
  const people = knowledgeBase().actors.filter((actor) => actor.kind === 'person');
  const gaps: string[] = [];
  for (const { country, office, firstYear, lastYear } of readRequirements()) {
    // Only the people with a role in the country can hold its offices (a filter once, not per date).
    const candidates = people.filter((person) => person.roles.some((role) => role.country === country));
    const dates = checkDates(firstYear, lastYear);
    const missing = dates.filter((date) => holders(candidates, country, OFFICE_ROLES[office], date).length === 0);
    if (missing.length > 0) gaps.push(`${country} ${office}: ${missing.join(' ')}`);
  }
  assert.deepEqual(gaps, [], `offices without a holder:\n${gaps.join('\n')}`);
});

test('the check finds a gap: no one is head of government of the USA', () => {
  const people = knowledgeBase().actors.filter((actor) => actor.kind === 'person');
  assert.deepEqual(holders(people, 'USA', OFFICE_ROLES['head-of-government'], '2020-01-01'), []);
  assert.deepEqual(holders(people, 'USA', OFFICE_ROLES['head-of-state'], '2020-01-01'), ['donald-trump']);
});
