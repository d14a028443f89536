import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.js';
import { storeCli } from './testing/store-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kroniek-ingest-'));
let server: Server;
let base: string;
const hanging = new Set<import('node:http').ServerResponse>();

const PAGE = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title>
  <meta property="article:published_time" content="2024-03-06T09:00:00Z"></head>
  <body><article><h1>${title}</h1><p>${body}</p><p>Officials in Taipei said on Tuesday that they would answer calmly.</p></article></body></html>`;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/slow') {
      hanging.add(response); // never answers: the fetch must time out
      return;
    }
    if (request.url === '/missing') {
      response.writeHead(404).end('not here');
      return;
    }
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed());
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE(`Page ${request.url}`, `China threatened Taiwan again, the page ${request.url} reported on Monday.`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const response of hanging) response.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

function rssFeed(): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Test Feed</title>
    <item><title>Full</title><link>${base}/full</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>The United States and China agreed to talk again in Geneva, officials said on Monday.</p>]]></content:encoded></item>
    <item><title>Linked</title><link>${base}/linked</link><description>A teaser only.</description></item>
    <item><title>Gone</title><link>${base}/missing</link><description>A teaser only.</description></item>
    <item><title>Slow</title><link>${base}/slow</link><description>A teaser only.</description></item>
  </channel></rss>`;
}

const jsonl = (records: object[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';

describe('kroniek ingest', () => {
  it('stores articles analysed on worker threads; a bad item is recorded and the rest are stored; again adds nothing', async () => {
    const input = join(dir, 'batch.jsonl');
    writeFileSync(
      input,
      jsonl([
        { id: 'a1', text: 'China threatened Taiwan on Monday.', published: '2024-03-04', language: 'en', url: 'https://x.example/1' },
        { id: 'a2', text: 'De minister sprak gisteren met zijn Chinese collega.', published: '2024-03-05', language: 'nl' },
        { id: 'bad-language', text: 'Le ministre a parlé hier.', language: 'fr' },
        { id: 'a3', text: 'Taiwan rejected the demand on Tuesday.', published: '2024-03-06', language: 'en' },
      ]) + '{"id": "broken", "text": \n',
    );
    const db = join(dir, 'batch.db');
    const first = await storeCli(['ingest', input, '--db', db, '--jobs', '2']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /5 read: 3 added \(\d+ events\), 0 already stored, 2 failed/);

    const store = openSqliteStore(db, { mustExist: true });
    const articles = await store.articles({});
    assert.deepEqual(articles.map((a) => a.id).sort(), ['a1', 'a2', 'a3']);
    const a2 = await store.article(articles.find((a) => a.id === 'a2')!.key);
    assert.equal(a2?.language, 'nl');
    assert.ok(a2 && a2.sentences.length > 0 && a2.timexes.length > 0, 'the pipeline ran on it');
    const errors = await store.ingestErrors({});
    assert.deepEqual(errors.map((e) => e.input).sort(), [`${input}:5`, 'bad-language'].sort());
    assert.match(errors.find((e) => e.input === 'bad-language')!.message, /no pipeline for it/);
    await store.close();

    const again = await storeCli(['ingest', input, '--db', db, '--jobs', '1']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /5 read: 0 added \(0 events\), 3 already stored, 2 failed/);
    const reopened = openSqliteStore(db, { mustExist: true });
    assert.equal((await reopened.stats()).articles, 3);
    assert.deepEqual((await reopened.ingestErrors({})).map((e) => e.count), [2, 2]);
    await reopened.close();
  });

  it('reads feeds: full text from the feed, else the linked page; a page that fails or hangs is an error record', async () => {
    const feed = join(dir, 'news.rss');
    writeFileSync(feed, rssFeed());
    const db = join(dir, 'feed.db');
    const started = Date.now();
    const result = await storeCli(['ingest', feed, `${base}/page`, `${base}/missing`, '--db', db, '--jobs', '1', '--timeout', '0.5']);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started < 20_000, 'the hanging page timed out');
    assert.match(result.stderr, /6 read: 3 added/);

    const store = openSqliteStore(db, { mustExist: true });
    const articles = await store.articles({});
    const byTitle = new Map(articles.map((a) => [a.title, a]));
    assert.deepEqual([...byTitle.keys()].sort(), ['Full', 'Linked', 'Page /page']);
    assert.equal(byTitle.get('Full')?.published, '2024-03-05');
    assert.equal(byTitle.get('Full')?.source, 'Test Feed');
    assert.equal(byTitle.get('Linked')?.url, `${base}/linked`);
    const linked = await store.article(byTitle.get('Linked')!.key);
    assert.match(linked!.text, /the page \/linked reported/);
    assert.equal(byTitle.get('Page /page')?.published, '2024-03-06');
    const errors = (await store.ingestErrors({})).map((e) => e.message).sort();
    assert.equal(errors.length, 3);
    assert.match(errors[0], /item 3 .*HTTP 404/);
    assert.match(errors[1], /item 4 .*no answer within 0\.5 s/);
    assert.equal(errors[2], `could not fetch ${base}/missing: HTTP 404 Not Found`);
    await store.close();

    // Stored URLs are not fetched again.
    const again = await storeCli(['ingest', feed, `${base}/page`, '--db', db, '--jobs', '1', '--timeout', '0.5']);
    assert.match(again.stderr, /5 read: 0 added \(0 events\), 3 already stored, 2 failed/);
  });

  it('exits with status 1 when nothing could be ingested, and 2 for a usage error', async () => {
    const db = join(dir, 'none.db');
    const missing = await storeCli(['ingest', join(dir, 'no-such-file.txt'), '--db', db, '--jobs', '1']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /1 read: 0 added.*1 failed/);
    assert.equal((await storeCli(['ingest', '--db', db])).code, 2);
    assert.equal((await storeCli(['ingest', 'x.txt', '--jobs', '0'])).code, 2);
  });
});
