import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EventRecord } from '../../src/doc/article.ts';
import { api, type Article } from './api.ts';
import { ArticleText } from './ArticleText.tsx';
import { articleDate, typeTone } from './format.ts';

const LAYERS = [
  { id: 'event', label: 'Events', swatch: 'var(--event)' },
  { id: 'ent', label: 'Entities', swatch: 'var(--per)' },
  { id: 'timex', label: 'Time expressions', swatch: 'var(--timex)' },
  { id: 'quote', label: 'Quotes', swatch: '#cfe3ff' },
] as const;

/** One article: its text with everything Kroniek found in it marked, and the events, actors, times and quotes. */
export function ArticlePage({ articleKey, initialEvent }: { articleKey: number; initialEvent?: string }) {
  const [article, setArticle] = useState<Article>();
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState(initialEvent);
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  useEffect(() => {
    api.article(articleKey).then((found) => setArticle(found.article), (failure: Error) => setError(failure.message));
  }, [articleKey]);

  const select = (eventId: string) => {
    setSelected(eventId);
    document.querySelector(`[data-event="${CSS.escape(eventId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  useEffect(() => {
    if (article && initialEvent) document.querySelector(`[data-event="${CSS.escape(initialEvent)}"]`)?.scrollIntoView({ block: 'center' });
  }, [article]);

  if (error) return <div class="error">{error}</div>;
  if (!article) return <p class="muted">Loading…</p>;
  const actorName = (id: string | undefined) => (id === undefined ? undefined : (article.actors.find((a) => a.id === id)?.name ?? id));
  const toggle = (layer: string) => {
    const next = new Set(hidden);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setHidden(next);
  };

  return (
    <article>
      <p class="small"><a href="#/articles">← Articles</a></p>
      <div class="article-layout">
        <div class="panel">
          <h1>{article.title || article.id}</h1>
          <div class="meta">
            <span>{articleDate(article.published)}</span>
            {article.source && <span>{article.source}</span>}
            <span>{article.language.toUpperCase()}</span>
            {article.url && (
              <a href={safeUrl(article.url)} target="_blank" rel="noopener noreferrer">
                original ↗
              </a>
            )}
          </div>
          <div class="legend" role="group" aria-label="Highlight">
            {LAYERS.map((layer) => (
              <label key={layer.id}>
                <input type="checkbox" checked={!hidden.has(layer.id)} onChange={() => toggle(layer.id)} />
                <span class="swatch" style={{ background: layer.swatch }} />
                {layer.label}
              </label>
            ))}
          </div>
          <div class={[...hidden].map((layer) => `hide-${layer}`).join(' ')}>
            <ArticleText article={article} selected={selected} onSelect={select} />
          </div>
          {article.errors.length > 0 && (
            <p class="small muted">
              Some analysis steps failed: {article.errors.map((e) => `${e.source}: ${e.message}`).join('; ')}
            </p>
          )}
        </div>
        <aside>
          <div class="panel">
            <h3>Events ({article.events.length})</h3>
            {article.events.length === 0 ? (
              <p class="muted small">
                No events coded in this article. Kroniek's event coder is still being built: for now articles show their entities, time expressions and quotes.
              </p>
            ) : (
              article.events.map((event) => (
                <EventCard key={event.id} event={event} article={article} actorName={actorName} selected={event.id === selected} onSelect={() => select(event.id)} />
              ))
            )}
          </div>
          <div class="panel">
            <h3>Actors ({article.actors.length})</h3>
            {article.actors.length === 0 ? (
              <p class="muted small">No actors recognised.</p>
            ) : (
              <div class="chips">
                {article.actors.map((actor) => (
                  <a key={actor.id} class="chip" href={`#/events?actor=${encodeURIComponent(actor.wikidata ?? actor.name)}`} title={[actor.country, actor.sector, actor.wikidata].filter(Boolean).join(' · ')}>
                    {actor.name}
                  </a>
                ))}
              </div>
            )}
            {article.entities.length > 0 && (
              <>
                <h3 style={{ marginTop: '0.8rem' }}>Entities ({article.entities.length})</h3>
                <div class="chips">
                  {distinct(article.entities.map((e) => `${e.label}\u0000${e.text}`)).map((key) => {
                    const [label, text] = key.split('\u0000');
                    return <span key={key} class={`chip ${label}`} title={label}>{text}</span>;
                  })}
                </div>
              </>
            )}
          </div>
          <div class="panel">
            <h3>Time expressions ({article.timexes.length})</h3>
            {article.timexes.length === 0 ? (
              <p class="muted small">None found.</p>
            ) : (
              <dl class="kv">
                {article.timexes.map((timex) => (
                  <Fragment key={timex.start}>
                    <dt>{timex.text}</dt>
                    <dd>{timex.value || <span class="muted">unresolved</span>}</dd>
                  </Fragment>
                ))}
              </dl>
            )}
          </div>
          {article.quotes.length > 0 && (
            <div class="panel">
              <h3>Quotes ({article.quotes.length})</h3>
              {article.quotes.map((quote) => (
                <p key={quote.id} class="small">
                  <strong>{actorName(quote.speaker) ?? 'unknown speaker'}</strong>
                  {quote.cue && <span class="muted"> ({quote.cue})</span>}: “{quote.text}”
                </p>
              ))}
            </div>
          )}
        </aside>
      </div>
    </article>
  );
}

function EventCard({ event, article, actorName, selected, onSelect }: {
  event: EventRecord;
  article: Article;
  actorName: (id: string | undefined) => string | undefined;
  selected: boolean;
  onSelect: () => void;
}) {
  const parties = (role: 'source' | 'target') => event[role].map((ref) => actorName(ref.actor) ?? ref.text).join(', ') || '—';
  const claims = article.claims.filter((claim) => claim.event === event.id);
  return (
    <div class={`event-card${selected ? ' selected' : ''}`} onClick={onSelect} data-event-card={event.id}>
      <div class="row">
        <span class={`badge ${typeTone(event.type)}`}>{event.type}</span>
        <span class={`badge status-${event.status}`}>{event.status}</span>
        <span class="spacer" />
        <span class="small muted">{Math.round(event.confidence * 100)}%</span>
      </div>
      <div class="parties">
        {parties('source')} → {parties('target')}
      </div>
      <div class="evidence">“{article.text.slice(event.evidence.start, event.evidence.end)}”</div>
      <dl class="kv">
        {event.attributedTo && (
          <>
            <dt>according to</dt>
            <dd>{actorName(event.attributedTo)}</dd>
          </>
        )}
        {claims.map((claim) => (
          <Fragment key={claim.id}>
            <dt>{claim.stance}</dt>
            <dd>{actorName(claim.claimant)}</dd>
          </Fragment>
        ))}
        {event.date && (
          <>
            <dt>date</dt>
            <dd>{event.date}</dd>
          </>
        )}
        {event.location && (
          <>
            <dt>where</dt>
            <dd>{event.location.text}{event.location.country && ` (${event.location.country})`}</dd>
          </>
        )}
        {event.cameo && (
          <>
            <dt>CAMEO</dt>
            <dd>{event.cameo}{event.goldstein !== undefined && `, Goldstein ${event.goldstein}`}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Only web links become links: a `javascript:` URL from an article must not run. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
