import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { EventQuery, Store } from '../store.js';
import { makeArticle, sampleArticles } from './articles.js';

/**
 * The behaviour every Store implementation must have. A backend's test file calls this with a function that opens
 * an empty store; each test gets a fresh one.
 */
export function describeStoreConformance(backend: string, openEmpty: () => Promise<Store>): void {
  describe(`Store conformance: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });

    async function withSamples(): Promise<void> {
      const outcomes = await store.addBatch({ articles: sampleArticles(), errors: [] });
      assert.deepEqual(outcomes.map((o) => o.status), ['added', 'added', 'added']);
    }

    /** The ids (article/event) of the events a query finds, in order. */
    async function found(query: EventQuery): Promise<string[]> {
      const events = await store.events(query);
      if (query.limit === undefined && query.offset === undefined) assert.equal(await store.countEvents(query), events.length);
      return events.map((e) => `${e.article.id}/${e.event.type}`);
    }

    it('gives back a stored article as it was added', async () => {
      const [article] = sampleArticles();
      const [outcome] = await store.addBatch({ articles: [article], errors: [] });
      assert.equal(outcome.status, 'added');
      assert.deepEqual(await store.article(outcome.key), article);
      assert.equal(await store.article(outcome.key + 1000), undefined);
    });

    it('adds nothing for an article stored before: same text (white space aside), or same URL', async () => {
      await withSamples();
      const [threat, protest, talks] = sampleArticles();
      const again = await store.addBatch({ articles: sampleArticles(), errors: [] });
      assert.deepEqual(again.map((o) => o.status), ['duplicate', 'duplicate', 'duplicate']);
      const respaced = { ...talks, id: 'talks-copy', text: talks.text.replace(/ /g, '  ').replace('\n', '\r\n') + '\n' };
      const sameUrl = { ...protest, id: 'protest-updated', text: protest.text + ' Updated.', url: protest.url + '#comments' };
      const outcomes = await store.addBatch({ articles: [respaced, sameUrl], errors: [] });
      assert.deepEqual(outcomes.map((o) => o.status), ['duplicate', 'duplicate']);
      const stats = await store.stats();
      assert.equal(stats.articles, 3);
      assert.equal(stats.events, 4);
      assert.deepEqual(
        await store.isKnown([{ contentHash: 'f'.repeat(64) }, { url: threat.url, contentHash: 'f'.repeat(64) }]),
        [false, true],
      );
    });

    it('skips a duplicate within one batch and stores the rest', async () => {
      const one = makeArticle({ id: 'one', text: 'China threatened Taiwan.' });
      const two = makeArticle({ id: 'two', text: 'Taiwan protested.' });
      const outcomes = await store.addBatch({ articles: [one, { ...one, id: 'one-again' }, two], errors: [] });
      assert.deepEqual(outcomes.map((o) => o.status), ['added', 'duplicate', 'added']);
      assert.equal(outcomes[1].key, outcomes[0].key);
    });

    it('records ingest errors, counting repeats', async () => {
      const error = { input: 'feed.xml:3', message: 'feed.xml:3: could not fetch https://x.example/a (timed out)' };
      await store.addBatch({ articles: [], errors: [error] });
      await store.addBatch({ articles: [], errors: [error, { input: 'b.txt', message: 'b.txt: empty text' }] });
      const errors = await store.ingestErrors({});
      assert.deepEqual(errors.map((e) => [e.input, e.count]).sort(), [['b.txt', 1], ['feed.xml:3', 2]]);
      assert.equal((await store.stats()).ingestErrors, 2);
    });

    it('filters events by actor: Wikidata id, name or text as written, either side', async () => {
      await withSamples();
      assert.deepEqual(await found({ actor: 'Q865' }), ['protest/PROTEST', 'threat/THREATEN']);
      assert.deepEqual(await found({ actor: 'china' }), ['protest/PROTEST', 'threat/THREATEN', 'threat/CONSULT', 'talks/AGREE']);
      assert.deepEqual(await found({ actor: 'Atlantis' }), []);
      assert.deepEqual(await found({ actor: 'q30' }), ['threat/CONSULT', 'talks/AGREE']);
    });

    it('filters events by the actor of one side', async () => {
      await withSamples();
      assert.deepEqual(await found({ sourceActor: 'China' }), ['threat/THREATEN', 'talks/AGREE']);
      assert.deepEqual(await found({ targetActor: 'Q148' }), ['protest/PROTEST', 'threat/CONSULT']);
      assert.deepEqual(await found({ sourceActor: 'united states', targetActor: 'china' }), ['threat/CONSULT']);
    });

    it('filters events by source and target country', async () => {
      await withSamples();
      assert.deepEqual(await found({ sourceCountry: 'CHN' }), ['threat/THREATEN', 'talks/AGREE']);
      assert.deepEqual(await found({ targetCountry: 'chn' }), ['protest/PROTEST', 'threat/CONSULT']);
      assert.deepEqual(await found({ sourceCountry: 'CHN', targetCountry: 'TWN' }), ['threat/THREATEN']);
    });

    it('filters events by type and status', async () => {
      await withSamples();
      assert.deepEqual(await found({ type: ['PROTEST', 'AGREE'] }), ['protest/PROTEST', 'talks/AGREE']);
      assert.deepEqual(await found({ status: ['reported', 'alleged'] }), ['protest/PROTEST', 'threat/CONSULT']);
      assert.deepEqual(await found({ type: ['THREATEN'], status: ['reported'] }), []);
    });

    it('filters events by day: the event date, else the publication date', async () => {
      await withSamples();
      assert.deepEqual(await found({ from: '2024-03' }), ['threat/THREATEN', 'threat/CONSULT']);
      assert.deepEqual(await found({ from: '2024-03-05' }), ['threat/CONSULT']);
      assert.deepEqual(await found({ to: '2024-02' }), ['protest/PROTEST']);
      assert.deepEqual(await found({ from: '2024-02-11', to: '2024-03-04' }), ['threat/THREATEN']);
      const [threaten] = await store.events({ type: ['THREATEN'] });
      assert.equal(threaten.day, '2024-03-04');
      const [agree] = await store.events({ type: ['AGREE'] });
      assert.equal(agree.day, null, 'a month-only date without publication date has no day');
    });

    it('filters events by words of their article', async () => {
      await withSamples();
      assert.deepEqual(await found({ q: 'blockade' }), ['threat/THREATEN', 'threat/CONSULT']);
      assert.deepEqual(await found({ q: 'Taipei MARCHED' }), ['protest/PROTEST']);
      assert.deepEqual(await found({ q: 'geneva "talks' }), ['talks/AGREE']);
      assert.deepEqual(await found({ q: 'blockade Geneva' }), []);
    });

    it('sorts and pages events', async () => {
      await withSamples();
      assert.deepEqual(await found({ sort: '-date' }), ['threat/CONSULT', 'threat/THREATEN', 'protest/PROTEST', 'talks/AGREE']);
      assert.deepEqual(await found({ sort: 'ingested' }), ['threat/THREATEN', 'threat/CONSULT', 'protest/PROTEST', 'talks/AGREE']);
      assert.deepEqual(await found({ limit: 2, offset: 1 }), ['threat/THREATEN', 'threat/CONSULT']);
      assert.equal(await store.countEvents({ actor: 'China', limit: 1 }), 4);
      const all: string[] = [];
      for await (const e of store.eachEvent({ sort: '-date' })) all.push(`${e.article.id}/${e.event.type}`);
      assert.deepEqual(all, await found({ sort: '-date' }));
    });

    it('gives each event its article, evidence text and a store-wide key', async () => {
      await withSamples();
      const events = await store.events({});
      assert.equal(new Set(events.map((e) => e.key)).size, events.length);
      const threaten = events.find((e) => e.event.type === 'THREATEN');
      assert.ok(threaten);
      assert.equal(threaten.evidenceText, 'China threatened Taiwan with a blockade');
      assert.deepEqual(threaten.article, {
        key: threaten.article.key,
        id: 'threat',
        url: 'https://news.example/china-taiwan',
        title: 'China warns Taiwan',
        published: '2024-03-05',
        source: 'Example News',
        language: 'en',
      });
      assert.deepEqual(threaten.event, sampleArticles()[0].events[0]);
      assert.deepEqual(threaten.actors, [
        { id: 'a1', name: 'China', country: 'CHN', sector: 'GOV', wikidata: 'Q148' },
        { id: 'a2', name: 'Taiwan', country: 'TWN', sector: 'GOV', wikidata: 'Q865' },
      ]);
    });

    it('counts each actor’s articles and events', async () => {
      await withSamples();
      const actors = await store.actors({});
      const china = actors.find((a) => a.name === 'China');
      assert.deepEqual(china, { wikidata: 'Q148', name: 'China', country: 'CHN', sector: 'GOV', articles: 3, events: 4, asSource: 2, asTarget: 2 });
      assert.equal(actors[0].name, 'China', 'most events first');
      assert.deepEqual((await store.actors({ country: 'twn' })).map((a) => a.name).sort(), ['Taiwan', 'protesters']);
      assert.deepEqual((await store.actors({ name: 'unit', limit: 1 })).map((a) => a.name), ['United States']);
    });

    it('lists articles, newest first or by full-text match', async () => {
      await withSamples();
      assert.deepEqual((await store.articles({})).map((a) => a.id), ['talks', 'protest', 'threat']);
      assert.deepEqual((await store.articles({ q: 'geneva' })).map((a) => [a.id, a.events]), [['talks', 1]]);
      assert.deepEqual((await store.articles({ q: 'Taiwan' })).map((a) => a.id).sort(), ['protest', 'threat']);
      assert.deepEqual((await store.articles({ limit: 1, offset: 1 })).map((a) => a.id), ['protest']);
    });
  });
}
