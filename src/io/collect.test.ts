import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { collectInputs, type CollectOptions } from './collect.js';
import type { InputItem } from './input.js';

function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kroniek-collect-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

async function collect(paths: string[], options: Partial<CollectOptions> = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const stdin = options.stdin ?? Readable.from([]);
  for await (const item of collectInputs(paths, { format: 'auto', maxChars: 10_000, ...options, stdin })) items.push(item);
  return items;
}

test('a directory is searched recursively, in path order, for article files only', async () => {
  const dir = fixtureDir({
    'b.txt': 'Tweede artikel.',
    'a/nested.md': 'Eerste artikel.',
    'notes.csv': 'x,y',
    '.hidden.txt': 'verborgen',
    'c.jsonl': '{"id":"c1","text":"Derde."}\n{"id":"c2","text":"Vierde."}\n',
  });
  const items = await collect([dir]);
  assert.deepEqual(
    items.map((i) => i.id),
    [join(dir, 'a/nested.md'), join(dir, 'b.txt'), 'c1', 'c2'],
  );
});

test('a missing file, and a directory without articles, are error items naming them', async () => {
  const empty = fixtureDir({ 'readme.csv': 'nothing' });
  const items = await collect(['/no/such/file.txt', empty]);
  assert.deepEqual(items[0], { id: '/no/such/file.txt', error: '/no/such/file.txt: no such file or directory' });
  assert.equal(items[1].id, empty);
  assert.match((items[1] as { error: string }).error, /no articles in this directory/);
});

test('binary, non-UTF-8 and empty files are refused with the reason, and the batch goes on', async () => {
  const dir = fixtureDir({
    '1-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    '2-latin1.txt': Buffer.from('Caf\xe9 in Br\xfcssel', 'latin1'),
    '3-empty.txt': '  \n\n ',
    '4-good.txt': 'Goed artikel.',
  });
  const items = await collect([dir]);
  assert.equal(items.length, 4);
  assert.match((items[0] as { error: string }).error, /1-binary\.txt: binary data/);
  assert.match((items[1] as { error: string }).error, /2-latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/);
  assert.match((items[2] as { error: string }).error, /3-empty\.txt: empty text/);
  assert.deepEqual(items[3], { id: join(dir, '4-good.txt'), text: 'Goed artikel.' });
});

test('a bad JSONL line yields an error item with file and line, the other lines go on', async () => {
  const dir = fixtureDir({
    'batch.jsonl': [
      '{"id":"a","text":"Eerste.","published":"2022-03-19","language":"nl","title":"T"}',
      '{"id":"b","text":',
      '',
      '{"id":"c"}',
      '{"id":7,"text":"Zevende.","published":"gisteren"}',
      '[1,2]',
      '{"text":"Zonder id."}',
    ].join('\n'),
  });
  const file = join(dir, 'batch.jsonl');
  const items = await collect([file]);
  assert.deepEqual(items[0], { id: 'a', text: 'Eerste.', published: '2022-03-19', language: 'nl', title: 'T' });
  assert.equal(items[1].id, `${file}:2`);
  assert.match((items[1] as { error: string }).error, /:2: not JSON/);
  assert.deepEqual(items[2], { id: 'c', error: `${file}:4: no "text" field` });
  assert.deepEqual(items[3], { id: '7', error: `${file}:5: publication date "gisteren" is not a date (expected YYYY-MM-DD)` });
  assert.match((items[4] as { error: string }).error, /:6: not a JSON object/);
  assert.deepEqual(items[5], { id: `${file}:7`, text: 'Zonder id.' });
  assert.equal(items.length, 6);
});

test('a text over the character limit is refused without reading it whole', async () => {
  const dir = fixtureDir({ 'huge.txt': 'woord '.repeat(20_000), 'long.jsonl': `{"id":"x","text":"${'a'.repeat(50_000)}"}\n{"id":"y","text":"kort"}\n` });
  const [huge] = await collect([join(dir, 'huge.txt')]);
  assert.match((huge as { error: string }).error, /text too long: 120000 bytes, the limit is 10000 characters \(raise it with --max-chars\)/);
  const lines = await collect([join(dir, 'long.jsonl')]);
  assert.match((lines[0] as { error: string }).error, /long\.jsonl:1: line too long/);
  assert.deepEqual(lines[1], { id: 'y', text: 'kort' });
});

test('metadata comes from NAME.meta.json beside a text file', async () => {
  const dir = fixtureDir({
    'art.txt': 'Tekst.',
    'art.meta.json': '{"published":"2022-03-19T10:00:00+01:00","title":"Kop","source":"krant"}',
    'bad.txt': 'Tekst.',
    'bad.meta.json': '{"published": 20220319}',
  });
  const [art, bad] = await collect([join(dir, 'art.txt'), join(dir, 'bad.txt')]);
  assert.deepEqual(art, { id: join(dir, 'art.txt'), text: 'Tekst.', published: '2022-03-19', title: 'Kop', source: 'krant' });
  assert.match((bad as { error: string }).error, /"published" must be a string/);
});

test('stdin is one article, or JSONL records with --input jsonl', async () => {
  const [one] = await collect(['-'], { stdin: Readable.from([Buffer.from('Een artikel.')]) });
  assert.deepEqual(one, { id: 'stdin', text: 'Een artikel.' });
  const records = await collect(['-'], {
    format: 'jsonl',
    stdin: Readable.from([Buffer.from('{"id":"1","text":"Ee'), Buffer.from('n."}\n{"id":"2","text":"Twee."}')]),
  });
  assert.deepEqual(records, [{ id: '1', text: 'Een.' }, { id: '2', text: 'Twee.' }]);
  const [nothing] = await collect(['-'], { format: 'jsonl', stdin: Readable.from([Buffer.from('\n\n')]) });
  assert.deepEqual(nothing, { id: 'stdin', error: 'stdin: no JSONL records in it' });
});

test('an HTML page gives its article text, title, date and language', async () => {
  const page = `<!doctype html><html lang="nl-NL"><head><title>Kop | Krant</title>
    <meta property="article:published_time" content="2022-03-19T08:00:00+01:00"></head>
    <body><nav><a href="/">Home</a></nav><article><h1>Biden belt Xi</h1>
    <p>Voor het eerst sinds de invasie hadden Biden en Xi vrijdag rechtstreeks contact. Het gesprek duurde ruim twee uur en ging over de oorlog.</p>
    <p>Het Witte Huis liet weten dat Biden Xi heeft gewezen op de gevolgen van steun aan Rusland.<script>alert(1)</script></p>
    </article><footer>Colofon</footer></body></html>`;
  const [article] = await collect([join(fixtureDir({ 'p.html': page }), 'p.html')]);
  assert.ok(!('error' in article));
  const { text, title, published, language } = article as { text: string; title: string; published: string; language: string };
  assert.equal(published, '2022-03-19');
  assert.equal(language, 'nl');
  assert.equal(title, 'Kop | Krant');
  assert.match(text, /^Biden belt Xi\n\nVoor het eerst .* oorlog\.\n\nHet Witte Huis .* Rusland\.$/s);
  assert.doesNotMatch(text, /alert|Home|Colofon/);
});
