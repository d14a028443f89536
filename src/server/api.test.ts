import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startServer } from './server.js';
import { startTestServer, type TestServer } from './testing/fixture.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(server.url + path);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text };
}

async function expectError(path: string, status: number, code: string, message?: RegExp) {
  const { status: got, body } = await get(path);
  assert.equal(got, status, `${path}: ${JSON.stringify(body)}`);
  assert.equal(body.error.code, code, path);
  if (message) assert.match(body.error.message, message);
}

const post = (target: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${target}api/articles`, { method: 'POST', headers, body });

describe('reading', () => {
  test('stats count the store and say whether writing needs a token', async () => {
    const { status, body } = await get('api/stats');
    assert.equal(status, 200);
    assert.equal(body.articles, 4);
    assert.equal(body.events, 6);
    assert.equal(body.writeNeedsToken, false);
  });

  test('articles: newest first, paged, searched; one article with its analysis', async () => {
    const all = (await get('api/articles')).body;
    assert.deepEqual(all.articles.map((a: { id: string }) => a.id), ['hostile', 'talks', 'protest', 'threat']);
    const page = (await get('api/articles?limit=2&offset=1')).body;
    assert.deepEqual([page.articles.map((a: { id: string }) => a.id), page.hasMore], [['talks', 'protest'], true]);
    assert.equal((await get('api/articles?limit=2&offset=2')).body.hasMore, false);
    assert.deepEqual((await get('api/articles?q=blockade')).body.articles.map((a: { id: string }) => a.id), ['threat']);
    const key = all.articles[3].key;
    const one = await get(`api/articles/${key}`);
    assert.equal(one.body.article.id, 'threat');
    assert.equal(one.body.article.events.length, 2);
    assert.equal(one.body.article.claims[0].stance, 'asserts');
    await expectError('api/articles/999', 404, 'not_found');
    await expectError('api/articles/abc', 400, 'bad_parameter');
    await expectError('api/articles?limit=201', 400, 'out_of_range');
  });

  test('events: each filter, the sort and the paging', async () => {
    const ids = async (query: string) => (await get(`api/events?${query}`)).body.events.map((e: { article: { id: string }; event: { type: string } }) => `${e.article.id}:${e.event.type}`);
    assert.deepEqual(await ids('type=THREATEN,protest'), ['protest:PROTEST', 'threat:THREATEN']);
    assert.deepEqual(await ids('type=THREATEN&type=PROTEST'), ['protest:PROTEST', 'threat:THREATEN']);
    assert.deepEqual(await ids('status=reported'), ['threat:CONSULT']);
    assert.deepEqual(await ids('sourceCountry=usa'), ['threat:CONSULT', 'talks:AGREE']);
    assert.deepEqual(await ids('targetCountry=TWN&from=2024-03&to=2024-03-10'), ['threat:THREATEN']);
    assert.deepEqual(await ids('q=spying'), ['hostile:ACCUSE', 'hostile:REJECT']);
    assert.deepEqual(await ids('actor=United%20States&sort=-date'), ['threat:CONSULT', 'talks:AGREE']);
    assert.deepEqual(await ids('source=Q148&target=taiwan'), ['threat:THREATEN', 'hostile:ACCUSE']);
    assert.deepEqual(await ids('source=Q148&target=taiwan&limit=1&offset=1'), ['hostile:ACCUSE']);
    const page = (await get('api/events?limit=2&offset=4')).body;
    assert.deepEqual([page.total, page.limit, page.offset, page.events.length], [6, 2, 4, 2]);
    assert.equal((await get('api/events?source=Q148&target=Q865&limit=1')).body.total, 2);
    assert.equal((await get('api/events?sort=-confidence')).body.sort, '-confidence');
  });

  test('bad parameters are 400s that name the problem', async () => {
    await expectError('api/events?type=BOMB', 400, 'bad_parameter', /type="BOMB": expected one of AGREE/);
    await expectError('api/events?status=rumoured', 400, 'bad_parameter', /status/);
    await expectError('api/events?from=2024-02-30', 400, 'bad_date');
    await expectError('api/events?to=march', 400, 'bad_date');
    await expectError('api/events?from=2024-04&to=2024-03', 400, 'bad_date', /after/);
    await expectError('api/events?limit=0', 400, 'out_of_range');
    await expectError('api/events?limit=1001', 400, 'out_of_range');
    await expectError('api/events?offset=-1', 400, 'bad_parameter');
    await expectError('api/events?sort=random', 400, 'bad_parameter');
    await expectError('api/events?sourceCountry=China', 400, 'bad_parameter', /three-letter/);
    await expectError('api/events?actr=China', 400, 'unknown_parameter', /actr/);
    await expectError('api/events?actor=a&actor=b', 400, 'bad_parameter', /more than once/);
    await expectError('api/stats?x=1', 400, 'unknown_parameter');
    await expectError('api/timeline?interval=year', 400, 'bad_parameter');
    await expectError('api/network?maxNodes=0', 400, 'out_of_range');
  });

  test('exports download every match as CSV or JSON lines', async () => {
    const csv = await get('api/events?format=csv&actor=Taiwan');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    assert.match(csv.headers.get('content-disposition')!, /attachment; filename="kroniek-events.csv"/);
    const lines = (csv.body as string).trim().split('\n');
    assert.match(lines[0], /^event_key,article_id,event_id,day/);
    assert.equal(lines.length, 1 + 4);
    const jsonl = await get('api/events?format=jsonl&type=ACCUSE,REJECT');
    const records = (jsonl.body as string).trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((r) => r.event.type), ['ACCUSE', 'REJECT']);
    const edge = await get('api/events?format=jsonl&source=Taiwan&target=China');
    assert.equal((edge.body as string).trim().split('\n').length, 2);
  });

  test('network: actors sized by events, edges weighted with their mean Goldstein score', async () => {
    const { body } = await get('api/network');
    assert.equal(body.events, 6);
    assert.deepEqual(body.nodes.map((n: { id: string; events: number }) => `${n.id}:${n.events}`), ['Q148:6', 'Q865:4', 'Q30:2']);
    const edge = (source: string, target: string) => body.edges.find((e: { source: string; target: string }) => e.source === source && e.target === target);
    assert.deepEqual([edge('Q148', 'Q865').events, edge('Q148', 'Q865').meanGoldstein], [2, -4.5]);
    assert.deepEqual([edge('Q865', 'Q148').events, edge('Q865', 'Q148').meanGoldstein], [2, -5.25]);
    assert.deepEqual(edge('Q30', 'Q148').types, { CONSULT: 1 });
    const small = (await get('api/network?maxNodes=2&type=CONSULT')).body;
    assert.deepEqual([small.nodes.length, small.omittedNodes, small.edges.length], [2, 0, 1]);
  });

  test('timeline: events per month by quad class, empty periods filled, undated ones counted apart', async () => {
    const { body } = await get('api/timeline?interval=month&by=quad');
    assert.deepEqual(body.buckets, [
      { period: '2024-02', counts: { 'material conflict': 1 }, total: 1 },
      { period: '2024-03', counts: { 'verbal conflict': 3, 'verbal cooperation': 1 }, total: 4 },
    ]);
    assert.equal(body.undated, 1);
    const days = (await get('api/timeline?interval=day&by=type&actor=Taiwan')).body;
    assert.equal(days.buckets[0].period, '2024-02-10');
    assert.equal(days.buckets.at(-1).period, '2024-03-12');
    assert.equal(days.buckets.length, 32);
    assert.deepEqual(days.buckets.at(-1).counts, { ACCUSE: 1, REJECT: 1 });
  });

  test('unknown routes are 404, other methods 405 with Allow; the OpenAPI description documents every endpoint', async () => {
    await expectError('api/nothing', 404, 'not_found');
    await expectError('nothing/here', 404, 'not_found');
    const deleted = await fetch(`${server.url}api/events`, { method: 'DELETE' });
    assert.equal(deleted.status, 405);
    assert.equal(deleted.headers.get('allow'), 'GET, HEAD');
    assert.equal(((await deleted.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
    const { body } = await get('api/openapi.json');
    assert.match(body.openapi, /^3\./);
    for (const [path, methods] of Object.entries(body.paths as Record<string, Record<string, unknown>>)) {
      const concrete = path.replace('{key}', '1');
      for (const method of Object.keys(methods)) {
        if (method !== 'get') continue;
        assert.equal((await fetch(server.url + concrete.slice(1))).status, 200, `${method} ${path}`);
      }
    }
  });
});

describe('writing', () => {
  test('on loopback without a token: an article is analysed and stored, a second time it is a duplicate', async () => {
    const article = JSON.stringify({ text: 'The Dutch government met Belgian ministers in Brussels on Monday.', title: 'Benelux talks', published: '2024-05-06' });
    const added = await post(server.url, article);
    assert.equal(added.status, 201);
    const result = (await added.json()) as { status: string; key: number };
    assert.equal(result.status, 'added');
    const stored = (await get(`api/articles/${result.key}`)).body.article;
    assert.equal(stored.title, 'Benelux talks');
    assert.equal(stored.language, 'en');
    assert.ok(stored.sentences.length >= 1);
    const again = await post(server.url, article);
    assert.deepEqual([again.status, ((await again.json()) as { status: string }).status], [200, 'duplicate']);
  });

  test('bad bodies are refused with clear errors', async () => {
    const code = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    assert.deepEqual(await code(await post(server.url, '{"text": ')), [400, 'bad_json']);
    assert.deepEqual(await code(await post(server.url, '[]')), [400, 'bad_article']);
    assert.deepEqual(await code(await post(server.url, '{"title": "no text"}')), [400, 'bad_article']);
    assert.deepEqual(await code(await post(server.url, '{"text": "x", "author": "me"}')), [400, 'bad_article']);
    assert.deepEqual(await code(await post(server.url, '{"text": "x", "published": "yesterday"}')), [400, 'bad_date']);
    assert.deepEqual(await code(await post(server.url, '{"text": "x"}', { 'Content-Type': 'text/plain' })), [415, 'unsupported_media_type']);
    assert.deepEqual(await code(await post(server.url, '{"text": "x"}', { 'Content-Type': 'application/json', Origin: 'http://evil.example' })), [403, 'cross_origin']);
    const huge = JSON.stringify({ text: 'word '.repeat(500_000) });
    assert.deepEqual(await code(await post(server.url, huge)), [413, 'body_too_large']);
  });

  test('with a token, writing needs it and reading does not', async () => {
    const guarded = await startTestServer({ token: 'sesame-1234' });
    try {
      const body = JSON.stringify({ text: 'Germany and France signed a treaty in Aachen.', language: 'en' });
      assert.equal((await post(guarded.url, body)).status, 401);
      assert.equal((await post(guarded.url, body, { 'Content-Type': 'application/json', Authorization: 'Bearer wrong' })).status, 403);
      assert.equal((await post(guarded.url, body, { 'Content-Type': 'application/json', Authorization: 'Bearer sesame-1234' })).status, 201);
      assert.equal((await fetch(`${guarded.url}api/events`)).status, 200);
      assert.equal(((await (await fetch(`${guarded.url}api/stats`)).json()) as { writeNeedsToken: boolean }).writeNeedsToken, true);
    } finally {
      await guarded.stop();
    }
  });

  test('listening beyond loopback without a token is refused before it listens', async () => {
    await assert.rejects(startServer({ store: server.store, host: '0.0.0.0', port: 0 }), /needs a write token/);
  });

  test('on loopback, a request for another host name (DNS rebinding) is refused', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${server.url}api/stats`, { headers: { Host: 'attacker.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
    assert.equal(status, 403);
  });
});
