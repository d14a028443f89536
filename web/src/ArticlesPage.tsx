import { useEffect, useState } from 'preact/hooks';
import { api, type ArticleSummary, type Stats } from './api.ts';
import { articleDate } from './format.ts';
import { navigate } from './router.ts';

const PAGE = 20;

/** Search and list the stored articles. */
export function ArticlesPage({ params, stats }: { params: URLSearchParams; stats?: Stats }) {
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [articles, setArticles] = useState<ArticleSummary[]>();
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    setDraft(q);
    setArticles(undefined);
    setError(undefined);
    api.articles(q, 0, PAGE).then(
      (page) => {
        setArticles(page.articles);
        setHasMore(page.hasMore);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [q]);

  const more = () =>
    api.articles(q, articles?.length ?? 0, PAGE).then(
      (page) => {
        setArticles([...(articles ?? []), ...page.articles]);
        setHasMore(page.hasMore);
      },
      (failure: Error) => setError(failure.message),
    );

  return (
    <section>
      <form
        class="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/articles${draft.trim() ? `?q=${encodeURIComponent(draft.trim())}` : ''}`);
        }}
      >
        <input type="search" name="q" placeholder="Search articles: words in the title or text" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-label="Search articles" />
        <button class="btn primary" type="submit">Search</button>
      </form>
      {error && <div class="error">{error}</div>}
      <div class="panel">
        <div class="row" style={{ marginBottom: '0.3rem' }}>
          <h2>{q ? <>Articles matching “{q}”</> : 'Latest articles'}</h2>
          <span class="spacer" />
          {q && <a href="#/articles" class="small">Clear search</a>}
        </div>
        {articles === undefined && !error && <p class="muted">Loading…</p>}
        {articles?.length === 0 && <EmptyArticles q={q} stats={stats} />}
        {articles && articles.length > 0 && (
          <ul class="article-list">
            {articles.map((article) => (
              <li key={article.key}>
                <a class="title" href={`#/articles/${article.key}`}>{article.title || article.id}</a>
                <div class="meta">
                  <span>{articleDate(article.published)}</span>
                  {article.source && <span>{article.source}</span>}
                  <span>{article.language.toUpperCase()}</span>
                  <span>{article.events === 0 ? 'no events' : `${article.events} event${article.events === 1 ? '' : 's'}`}</span>
                  {article.url && <span class="url">{hostOf(article.url)}</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
        {hasMore && (
          <div class="pager">
            <button class="btn" onClick={more}>More articles</button>
          </div>
        )}
      </div>
    </section>
  );
}

function EmptyArticles({ q, stats }: { q: string; stats?: Stats }) {
  if (q) {
    return (
      <div class="empty">
        <strong>No article contains all of “{q}”.</strong>
        Try fewer or other words.
      </div>
    );
  }
  return (
    <div class="empty">
      <strong>No articles stored yet.</strong>
      {stats ? 'Ingest some with ' : ''}
      <code>kroniek ingest examples/</code>, or add one with “+ Add article” above.
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
