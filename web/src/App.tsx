import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, type Stats } from './api.ts';
import { AddArticle } from './AddArticle.tsx';
import { ArticlePage } from './ArticlePage.tsx';
import { ArticlesPage } from './ArticlesPage.tsx';
import { EventsPage } from './EventsPage.tsx';
import { useRoute } from './router.ts';

export function App() {
  const route = useRoute();
  const [stats, setStats] = useState<Stats>();
  const [adding, setAdding] = useState(false);
  const refreshStats = useCallback(() => {
    api.stats().then(setStats, () => setStats(undefined));
  }, []);
  useEffect(refreshStats, [refreshStats]);

  const articleKey = /^\/articles\/(\d+)$/.exec(route.path)?.[1];
  const section = route.path.startsWith('/events') ? 'events' : 'articles';
  return (
    <>
      <header class="topbar">
        <a class="brand" href="#/articles">
          Kroniek<small>news → political events</small>
        </a>
        <nav>
          <a href="#/articles" class={section === 'articles' ? 'active' : ''}>Articles</a>
          <a href="#/events" class={section === 'events' ? 'active' : ''}>Events</a>
        </nav>
        <button class="btn" onClick={() => setAdding(true)}>+ Add article</button>
        <span class="stats">
          {stats ? `${stats.articles.toLocaleString()} articles · ${stats.events.toLocaleString()} events · v${stats.version}` : ''}
        </span>
      </header>
      <main>
        {articleKey !== undefined ? (
          <ArticlePage key={articleKey} articleKey={Number(articleKey)} initialEvent={route.params.get('event') ?? undefined} />
        ) : section === 'events' ? (
          <EventsPage params={route.params} stats={stats} />
        ) : (
          <ArticlesPage params={route.params} stats={stats} />
        )}
      </main>
      {adding && <AddArticle needsToken={stats?.writeNeedsToken ?? false} onClose={() => setAdding(false)} onAdded={refreshStats} />}
    </>
  );
}
