import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase, KnowledgeBaseError, validateKnowledgeBase, type KbIssue } from './index.js';

const ORG_HEADER = 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames';
const PEOPLE_HEADER = 'id\twikidata\tnames';

/** Validates the built-in data plus one extra file, written to a fresh directory; returns the issues. */
function issuesFor(fileName: string, lines: string[]): KbIssue[] {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-kb-'));
  try {
    writeFileSync(join(dir, fileName), `${lines.join('\n')}\n`);
    return validateKnowledgeBase([dir]).issues;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function assertOneIssue(issues: KbIssue[], fileName: string, line: number, pattern: RegExp): void {
  assert.equal(issues.length, 1, issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n'));
  assert.ok(issues[0].file.endsWith(fileName), issues[0].file);
  assert.equal(issues[0].line, line);
  assert.match(issues[0].message, pattern);
}

test('a valid extra file adds actors and passes', () => {
  const lines = ['# a comment', PEOPLE_HEADER, 'jan-jansen\t\tJan Jansen|Jansen', '\tNLD\tGOV\tmayor\t2020-01-01\t', '\tNLD\tELI\tformer\t\t'];
  assert.deepEqual(issuesFor('people-extra.tsv', lines), []);
});

test('an unknown country code is named with file and line', () => {
  const issues = issuesFor('media-extra.tsv', [ORG_HEADER, 'krant-x\tXYZ\tMED\t\t\t\t\tKrant X']);
  assertOneIssue(issues, 'media-extra.tsv', 2, /unknown country code 'XYZ'/);
});

test('a bad sector is caught', () => {
  const issues = issuesFor('institutions-extra.tsv', [ORG_HEADER, 'raad-x\tNLD\tGOVX\t\t\t\t\tRaad X']);
  assertOneIssue(issues, 'institutions-extra.tsv', 2, /unknown sector 'GOVX'/);
});

test('overlapping roles of one person are caught', () => {
  const issues = issuesFor('people-extra.tsv', [
    PEOPLE_HEADER,
    'piet-pietersen\t\tPiet Pietersen',
    '\tNLD\tGOV\tminister\t2010-01-01\t2015-01-01',
    '\tNLD\tGOV\thead-of-government\t2014-06-01\t2016-01-01',
  ]);
  assertOneIssue(issues, 'people-extra.tsv', 4, /overlaps minister/);
});

test('back-to-back roles (one ends the day the next begins) do not overlap', () => {
  const issues = issuesFor('people-extra.tsv', [
    PEOPLE_HEADER,
    'piet-pietersen\t\tPiet Pietersen',
    '\tNLD\tGOV\tminister\t2010-01-01\t2015-01-01',
    '\tNLD\tGOV\thead-of-government\t2015-01-01\t',
  ]);
  assert.deepEqual(issues, []);
});

test('a concurrent office (+role) may overlap other offices, but not the same office in the same country', () => {
  const issues = issuesFor('people-extra.tsv', [
    PEOPLE_HEADER,
    'piet-pietersen\t\tPiet Pietersen',
    '\tNLD\tGOV\thead-of-government\t2010-01-01\t2016-01-01',
    '\tNLD\tGOV\t+foreign-minister\t2012-01-01\t2014-01-01',
    '\tNLD\tGOV\t+defence-minister\t2013-01-01\t2015-01-01',
    '\tBEL\tGOV\t+foreign-minister\t2013-01-01\t2015-01-01',
    '\tNLD\tGOV\t+foreign-minister\t2013-06-01\t2015-01-01',
  ]);
  assertOneIssue(issues, 'people-extra.tsv', 7, /role foreign-minister .* overlaps foreign-minister/);
});

test('an inverted date range is caught', () => {
  const issues = issuesFor('people-extra.tsv', [PEOPLE_HEADER, 'kees\t\tKees', '\tNLD\tGOV\tminister\t2015-01-01\t2010-01-01']);
  assertOneIssue(issues, 'people-extra.tsv', 3, /inverted date range/);
});

test('a malformed or impossible date is caught', () => {
  const issues = issuesFor('groups-extra.tsv', [ORG_HEADER, 'groep-x\tNLD\tREB\t\t\t2021-02-30\t\tGroep X']);
  assertOneIssue(issues, 'groups-extra.tsv', 2, /malformed date '2021-02-30'/);
});

test('a duplicate id is caught, also against the built-in data', () => {
  const within = issuesFor('media-extra.tsv', [ORG_HEADER, 'krant-y\tNLD\tMED\t\t\t\t\tKrant Y', 'krant-y\tNLD\tMED\t\t\t\t\tKrant Y2']);
  assertOneIssue(within, 'media-extra.tsv', 3, /duplicate id 'krant-y' \(first defined at media-extra.tsv:2\)/);
  const builtin = issuesFor('media-extra.tsv', [ORG_HEADER, 'cgtn\tCHN\tMED\tstate\t\t\t\tCGTN']);
  assertOneIssue(builtin, 'media-extra.tsv', 2, /duplicate id 'cgtn' \(first defined at media.tsv:\d+\)/);
});

test('a malformed Wikidata id is caught', () => {
  const issues = issuesFor('people-extra.tsv', [PEOPLE_HEADER, 'kees\tq123\tKees', '\tNLD\tGOV\tminister\t\t']);
  assertOneIssue(issues, 'people-extra.tsv', 2, /malformed Wikidata id 'q123'/);
});

test('unknown roles, flags and language tags are caught', () => {
  const role = issuesFor('people-extra.tsv', [PEOPLE_HEADER, 'kees\t\tKees', '\tNLD\tGOV\tkingmaker\t\t']);
  assertOneIssue(role, 'people-extra.tsv', 3, /unknown role 'kingmaker'/);
  const flag = issuesFor('media-extra.tsv', [ORG_HEADER, 'krant-z\tNLD\tMED\tfree\t\t\t\tKrant Z']);
  assertOneIssue(flag, 'media-extra.tsv', 2, /unknown flag 'free'/);
  const tag = issuesFor('media-extra.tsv', [ORG_HEADER, 'krant-z\tNLD\tMED\t\t\t\t\tfr:Journal Z']);
  assertOneIssue(tag, 'media-extra.tsv', 2, /unknown language tag 'fr:'/);
});

test('a wrong header or column count is caught', () => {
  const header = issuesFor('media-extra.tsv', ['id\tcountry\tnames', 'krant-z\tNLD\tKrant Z']);
  assert.equal(header[0].line, 1);
  assert.match(header[0].message, /expected the header line/);
  const columns = issuesFor('media-extra.tsv', [ORG_HEADER, 'krant-z\tNLD\tMED\tKrant Z']);
  assertOneIssue(columns, 'media-extra.tsv', 2, /expected 8 tab-separated columns, found 4/);
});

test('a second default (undated) role is caught', () => {
  const issues = issuesFor('people-extra.tsv', [PEOPLE_HEADER, 'kees\t\tKees', '\tNLD\tELI\tformer\t\t', '\tNLD\tGOV\tminister\t\t']);
  assertOneIssue(issues, 'people-extra.tsv', 4, /two default \(undated\) roles/);
});

test('a role line needs a person above it, and a person needs a role', () => {
  const orphan = issuesFor('people-extra.tsv', [PEOPLE_HEADER, '\tNLD\tGOV\tminister\t\t']);
  assertOneIssue(orphan, 'people-extra.tsv', 2, /role line before any person line/);
  const roleless = issuesFor('people-extra.tsv', [PEOPLE_HEADER, 'kees\t\tKees', 'klaas\t\tKlaas', '\tNLD\tGOV\tminister\t\t']);
  assertOneIssue(roleless, 'people-extra.tsv', 2, /kees has no roles/);
});

test('an extra directory can define a country that its other files use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-kb-'));
  try {
    writeFileSync(
      join(dir, 'countries-fiction.tsv'),
      'code\twikidata\tfrom\tto\tnames\tadjectives\tdemonyms\nGND\t\t\t\tGondor\tnl:Gondoriaans|nl:Gondoriaanse\t\n',
    );
    writeFileSync(join(dir, 'metonyms-fiction.tsv'), `${ORG_HEADER}\nminas-tirith\tGND\tGOV\t\t\t\t\tMinas Tirith\n`);
    const kb = loadKnowledgeBase([dir]);
    assert.equal(kb.lookup('Minas Tirith')[0]?.country, 'GND');
    assert.equal(kb.lookup('Gondoriaanse')[0]?.id, 'GND');
    writeFileSync(join(dir, 'media-broken.tsv'), `${ORG_HEADER}\nkrant\tMOR\tMED\t\t\t\t\tKrant\n`);
    assert.throws(() => loadKnowledgeBase([dir]), (error: unknown) => {
      assert.ok(error instanceof KnowledgeBaseError);
      assert.match(error.message, /media-broken.tsv:2: unknown country code 'MOR'/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
