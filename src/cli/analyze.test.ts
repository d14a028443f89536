import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKroniek } from '../testing/cli.js';
import { assertValidArticle } from '../testing/schema.js';
import type { Article, ArticleError } from '../doc/article.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dutchExample = join(examples, 'biden-xi.nl.txt');

function jsonLines(stdout: string): (Article | ArticleError)[] {
  return stdout.trim().split('\n').map((line) => JSON.parse(line));
}

test('the Dutch example comes out as a valid Article with its sentences, headings on their own', async () => {
  const { code, stdout, stderr } = await runKroniek(['analyze', dutchExample, '--published', '2022-03-19']);
  assert.equal(code, 0, stderr);
  const article = JSON.parse(stdout) as Article;
  assertValidArticle(article);
  assert.equal(article.language, 'nl');
  assert.equal(article.published, '2022-03-19');
  assert.equal(article.sentences.length, 21);
  // Every line without final punctuation (a heading) is exactly one sentence.
  let offset = 0;
  const headings: string[] = [];
  for (const line of article.text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed && !/[.!?:'"”’]$/.test(trimmed)) {
      headings.push(trimmed);
      const start = offset + line.indexOf(trimmed);
      assert.ok(article.sentences.some((s) => s.start === start && s.end === start + trimmed.length), `heading "${trimmed}"`);
    }
    offset += line.length + 1;
  }
  assert.equal(headings.length, 1);
  for (const sentence of article.sentences) assert.equal(article.text.slice(sentence.start, sentence.end).trim().length, sentence.end - sentence.start);
});

test('--format text prints a readable summary', async () => {
  const { code, stdout } = await runKroniek(['analyze', dutchExample, '--format', 'text']);
  assert.equal(code, 0);
  assert.match(stdout, /^== .*biden-xi\.nl\.txt \(nl, published 2022-03-19\)$/m, 'the date comes from the metadata file');
  assert.match(stdout, /21 sentences/);
  assert.match(stdout, /^ +Time expressions:\n +vrijdag +2022-03-18$/m);
  assert.match(stdout, /^ +21\. Dit is een/m);
});

test('--tokens gives tokens whose offsets slice the text', async () => {
  const { stdout } = await runKroniek(['analyze', '-', '--tokens', '--lang', 'en'], 'The U.S. said on Friday that talks would resume.');
  const article = JSON.parse(stdout) as Article;
  assertValidArticle(article);
  assert.ok(article.tokens && article.tokens.length >= 10);
  for (const token of article.tokens) assert.equal(article.text.slice(token.start, token.end), token.text);
  assert.ok(article.tokens.some((t) => t.text === 'U.S.'));
});

test('a batch keeps ids and order, with an error record in place of each bad input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-analyze-'));
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(
    batch,
    [
      JSON.stringify({ id: 'nl-1', text: 'Het kabinet heeft gisteren een nieuw plan gepresenteerd voor de woningmarkt.', published: '2022-03-19' }),
      'dit is geen json',
      JSON.stringify({ id: 'de-1', text: 'Die Bundesregierung hat gestern einen neuen Plan für den Wohnungsmarkt vorgestellt.' }),
      JSON.stringify({ id: 'en-1', text: 'The government presented a new housing plan yesterday.', language: 'en' }),
      JSON.stringify({ id: 'empty', text: '' }),
    ].join('\n'),
  );
  const { code, stdout, stderr } = await runKroniek(['analyze', batch]);
  assert.equal(code, 0);
  const items = jsonLines(stdout);
  items.forEach(assertValidArticle);
  assert.deepEqual(items.map((i) => i.id), ['nl-1', `${batch}:2`, 'de-1', 'en-1', 'empty']);
  assert.deepEqual(items.map((i) => ('error' in i ? 'error' : i.language)), ['nl', 'error', 'error', 'en', 'error']);
  assert.match((items[2] as ArticleError).error, /'de' \(detected\).*no pipeline/);
  assert.match(stderr, /2 analysed, 3 failed/);
});

test('the exit status is 1 when nothing could be analysed, 2 for a usage error', async () => {
  const missing = await runKroniek(['analyze', '/no/such/article.txt']);
  assert.equal(missing.code, 1);
  assert.deepEqual(JSON.parse(missing.stdout), { id: '/no/such/article.txt', error: '/no/such/article.txt: no such file or directory' });
  assert.match(missing.stderr, /no such file/);
  for (const argv of [['analyze'], ['analyze', dutchExample, '--format', 'xml'], ['analyze', dutchExample, '--published', '19-03-2022'],
    ['analyze', dutchExample, '--published', '2022-02-30'], ['analyze', dutchExample, '--lang', 'fy'], ['analyze', dutchExample, '--bogus']]) {
    const result = await runKroniek(argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, /Usage: kroniek analyze/);
  }
});

test('the bundled English examples are all analysed as English with their dates', async () => {
  const { code, stdout } = await runKroniek(['analyze', join(examples, 'wikinews-en.jsonl')]);
  assert.equal(code, 0);
  const articles = jsonLines(stdout) as Article[];
  assert.equal(articles.length, 12);
  for (const article of articles) {
    assertValidArticle(article);
    assert.equal(article.language, 'en');
    assert.match(article.published ?? '', /^20(19|20)-\d\d-\d\d$/);
    assert.ok(article.sentences.length >= 5);
  }
});

test('json output of several articles is one JSON array', async () => {
  const { stdout } = await runKroniek(['analyze', dutchExample, dutchExample, '--format', 'json']);
  const articles = JSON.parse(stdout) as Article[];
  assert.equal(articles.length, 2);
});

test('a 50 MB text is refused with a clear message, and the next input is still analysed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-huge-'));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'Het kabinet vergadert. '.repeat(Math.ceil((50 * 1024 * 1024) / 23)));
  const { code, stdout } = await runKroniek(['analyze', huge, dutchExample]);
  assert.equal(code, 0);
  const [refused, analysed] = jsonLines(stdout);
  assert.match((refused as ArticleError).error, /huge\.txt: text too long: \d+ bytes, the limit is 2000000 characters \(raise it with --max-chars\)/);
  assert.equal((analysed as Article).sentences.length, 21);
});

test('--ner-model picks a shipped entity model for articles in its language, and refuses an unknown one', async () => {
  const open = await runKroniek(['analyze', dutchExample, '--ner-model', 'nl-open']);
  assert.equal(open.code, 0, open.stderr);
  const article = JSON.parse(open.stdout) as Article;
  assert.ok(article.entities.some((e) => e.text === 'Biden' && e.label === 'PER'));
  assert.ok(article.entities.every((e) => e.label !== 'MISC'), 'nl-open knows no MISC');
  const unknown = await runKroniek(['analyze', dutchExample, '--ner-model', 'fr']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--ner-model fr: no such entity model/);
});
