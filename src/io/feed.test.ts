import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeFeed, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment first -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example News &amp; Views</title>
    <item>
      <title>China warns Taiwan</title>
      <link>https://news.example/a</link>
      <guid isPermaLink="false">story-1</guid>
      <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
      <description>Short.</description>
      <content:encoded><![CDATA[<p>China warned Taiwan.</p><p>Taipei answered.</p>]]></content:encoded>
    </item>
    <item>
      <title>Only a summary</title>
      <link>https://news.example/b</link>
      <description>&lt;p&gt;A teaser&lt;/p&gt;</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom News</title>
  <entry>
    <id>urn:uuid:1</id>
    <title>Talks in Geneva</title>
    <link rel="self" href="https://news.example/self"/>
    <link href="https://news.example/geneva"/>
    <updated>2024-04-01T08:00:00Z</updated>
    <content type="html">&lt;p&gt;The talks &amp;amp; more.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:uuid:2</id>
    <title>Elsewhere</title>
    <link rel="alternate" href="https://news.example/elsewhere"/>
    <published>2024-04-02</published>
    <summary>Plain &lt; text</summary>
    <content src="https://news.example/elsewhere.html"/>
  </entry>
</feed>`;

describe('feeds', () => {
  it('tells feeds from other documents by their root element', () => {
    assert.equal(looksLikeFeed(RSS), true);
    assert.equal(looksLikeFeed(ATOM), true);
    assert.equal(looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>'), true);
    assert.equal(looksLikeFeed('<!DOCTYPE html><html><body><p>rss feed</p></body></html>'), false);
    assert.equal(looksLikeFeed('China threatened Taiwan.'), false);
  });

  it('reads RSS items: guid, link, date, full text when the feed has it', () => {
    const feed = parseFeed(RSS);
    assert.equal(feed.title, 'Example News & Views');
    assert.deepEqual(feed.items, [
      {
        id: 'story-1',
        title: 'China warns Taiwan',
        link: 'https://news.example/a',
        published: 'Tue, 05 Mar 2024 10:00:00 GMT',
        contentHtml: '<p>China warned Taiwan.</p><p>Taipei answered.</p>',
        summary: 'Short.',
      },
      { id: 'https://news.example/b', title: 'Only a summary', link: 'https://news.example/b', summary: '<p>A teaser</p>' },
    ]);
  });

  it('reads Atom entries: the alternate link, html content, and content kept elsewhere as missing', () => {
    const feed = parseFeed(ATOM);
    assert.equal(feed.title, 'Atom News');
    assert.deepEqual(feed.items[0], {
      id: 'urn:uuid:1',
      title: 'Talks in Geneva',
      link: 'https://news.example/geneva',
      published: '2024-04-01T08:00:00Z',
      contentHtml: '<p>The talks &amp; more.</p>',
    });
    assert.equal(feed.items[1].contentHtml, undefined);
    assert.equal(feed.items[1].link, 'https://news.example/elsewhere');
    assert.equal(feed.items[1].summary, 'Plain &lt; text');
    assert.equal(feed.items[1].published, '2024-04-02');
  });

  it('refuses a document that is not a feed', () => {
    assert.throws(() => parseFeed('<html><body>news</body></html>'), /not an RSS or Atom feed/);
  });
});
