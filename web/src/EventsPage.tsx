import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { EVENT_STATUSES, PLOVER_TYPES, type EventStatus, type PloverType } from '../../src/doc/article.ts';
import { api, exportUrl, queryString, type EventFilters, type Network as NetworkData, type Stats, type StoredEvent, type Timeline } from './api.ts';
import { partyNames, typeTone } from './format.ts';
import { Network } from './Network.tsx';
import { navigate } from './router.ts';
import { TimelineChart } from './TimelineChart.tsx';

const PAGE = 25;
const TEXT_FILTERS = ['actor', 'source', 'target', 'sourceCountry', 'targetCountry', 'from', 'to', 'q'] as const;
const FILTER_LABELS: Record<string, string> = {
  actor: 'actor', source: 'source', target: 'target', sourceCountry: 'source country', targetCountry: 'target country',
  from: 'from', to: 'to', q: 'words', type: 'type', status: 'status',
};

function filtersOf(params: URLSearchParams): EventFilters {
  const filters: EventFilters = {};
  for (const name of TEXT_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const list = (name: string) => params.get(name)?.split(',').filter(Boolean);
  const type = list('type') as PloverType[] | undefined;
  const status = list('status') as EventStatus[] | undefined;
  if (type?.length) filters.type = type;
  if (status?.length) filters.status = status;
  return filters;
}

/** Puts filters (and the sort) in the address, so that a view can be bookmarked and the back button works. */
function show(filters: EventFilters, sort: string) {
  navigate(`/events${queryString({ ...filters, sort: sort === 'date' ? undefined : sort })}`);
}

/** The events: filters, the actor network, the timeline, and a sortable, exportable table. */
export function EventsPage({ params, stats }: { params: URLSearchParams; stats?: Stats }) {
  const filters = filtersOf(params);
  const sort = params.get('sort') ?? 'date';
  const key = params.toString();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; events: StoredEvent[] }>();
  const [network, setNetwork] = useState<NetworkData>();
  const [timeline, setTimeline] = useState<Timeline>();
  const [interval, setInterval] = useState('day');
  const [by, setBy] = useState('quad');
  const [error, setError] = useState<string>();

  useEffect(() => setOffset(0), [key]);
  useEffect(() => {
    setError(undefined);
    api.events(filters, sort, offset, PAGE).then(setPage, (failure: Error) => setError(failure.message));
  }, [key, offset]);
  useEffect(() => {
    api.network(filters).then(setNetwork, (failure: Error) => setError(failure.message));
  }, [key]);
  useEffect(() => {
    api.timeline(filters, interval, by).then(setTimeline, (failure: Error) => setError(failure.message));
  }, [key, interval, by]);

  if (stats && stats.events === 0) return <NoEventsYet stats={stats} />;
  const set = (change: Partial<EventFilters>) => show({ ...filters, ...change }, sort);
  const active = Object.entries(filters).filter(([, value]) => value !== undefined);

  return (
    <section>
      {error && <div class="error">{error}</div>}
      <FilterBar filters={filters} onApply={(next) => show(next, sort)} />
      {active.length > 0 && (
        <div class="active-filters chips" aria-label="Active filters">
          {active.map(([name, value]) => (
            <span class="chip" key={name}>
              {FILTER_LABELS[name]}: {Array.isArray(value) ? value.join(', ') : (network?.nodes.find((node) => node.id === value)?.name ?? value)}
              <button aria-label={`Remove filter ${FILTER_LABELS[name]}`} onClick={() => set({ [name]: undefined })}>×</button>
            </span>
          ))}
          <button class="btn-link small" onClick={() => show({}, sort)}>Clear all</button>
        </div>
      )}
      <div class="viz">
        <div class="panel">
          <div class="row">
            <h2>Who did what to whom</h2>
            <span class="spacer" />
            <span class="small muted">click an actor or an arrow to filter</span>
          </div>
          {network === undefined ? (
            <p class="muted">Loading…</p>
          ) : network.nodes.length === 0 ? (
            <div class="empty">No actors in the matching events.</div>
          ) : (
            <>
              <Network
                network={network}
                onActor={(id) => set({ actor: id, source: undefined, target: undefined })}
                onEdge={(source, target) => set({ source, target, actor: undefined })}
              />
              <div class="graph-legend">
                <span><span class="swatch" style={{ background: '#c62828' }} /> conflict</span>
                <span><span class="swatch" style={{ background: '#969ea8' }} /> neutral or no score</span>
                <span><span class="swatch" style={{ background: '#2e7d32' }} /> cooperation</span>
                <span>node size: events · arrow: source → target (mean Goldstein)</span>
              </div>
              <div class="chips" style={{ marginTop: '0.5rem' }} aria-label="Most active actors">
                {network.nodes.slice(0, 8).map((node) => (
                  <button key={node.id} class="chip" onClick={() => set({ actor: node.id, source: undefined, target: undefined })}>
                    {node.name} · {node.events}
                  </button>
                ))}
              </div>
            </>
          )}
        </div>
        <div class="panel">
          <div class="row">
            <h2>Over time</h2>
            <span class="spacer" />
            <select aria-label="Interval" value={interval} onChange={(e) => setInterval(e.currentTarget.value)}>
              <option value="day">per day</option>
              <option value="week">per week</option>
              <option value="month">per month</option>
            </select>
            <select aria-label="Group by" value={by} onChange={(e) => setBy(e.currentTarget.value)}>
              <option value="quad">by quad class</option>
              <option value="type">by type</option>
              <option value="status">by status</option>
              <option value="none">all events</option>
            </select>
          </div>
          {timeline === undefined ? (
            <p class="muted">Loading…</p>
          ) : timeline.buckets.length === 0 ? (
            <div class="empty">No dated events match.</div>
          ) : (
            <TimelineChart timeline={timeline} onPeriod={(period) => set({ from: period, to: period })} />
          )}
        </div>
      </div>
      <div class="panel" style={{ marginTop: '1rem' }}>
        <div class="row">
          <h2>{page ? `${page.total.toLocaleString()} event${page.total === 1 ? '' : 's'}` : 'Events'}</h2>
          <span class="spacer" />
          <label class="small muted">
            Sort{' '}
            <select value={sort} onChange={(e) => show(filters, e.currentTarget.value)} aria-label="Sort">
              <option value="date">oldest first</option>
              <option value="-date">newest first</option>
              <option value="-confidence">most confident first</option>
              <option value="ingested">as ingested</option>
            </select>
          </label>
          <a class="btn" href={exportUrl(filters, sort, 'csv')} download>Export CSV</a>
          <a class="btn" href={exportUrl(filters, sort, 'jsonl')} download>Export JSONL</a>
        </div>
        {page === undefined ? (
          <p class="muted">Loading…</p>
        ) : page.events.length === 0 ? (
          <div class="empty">
            <strong>No events match these filters.</strong>
            Remove a filter above to see more.
          </div>
        ) : (
          <EventTable events={page.events} sort={sort} onSort={(next) => show(filters, next)} onActor={(actor) => set({ actor })} />
        )}
        {page && page.total > PAGE && (
          <div class="pager">
            <span class="small muted">
              {offset + 1}–{Math.min(offset + PAGE, page.total)} of {page.total}
            </span>
            <button class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
            <button class="btn" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>Next</button>
          </div>
        )}
      </div>
    </section>
  );
}

function FilterBar({ filters, onApply }: { filters: EventFilters; onApply: (filters: EventFilters) => void }) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const text = (name: (typeof TEXT_FILTERS)[number], label: string, placeholder: string) => (
    <label>
      {label}
      <input type="text" name={name} value={draft[name] ?? ''} placeholder={placeholder} onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value || undefined })} />
    </label>
  );
  return (
    <form
      class="panel filters"
      onSubmit={(event) => {
        event.preventDefault();
        for (const open of event.currentTarget.querySelectorAll('details[open]')) open.removeAttribute('open');
        onApply(draft);
      }}
    >
      {text('actor', 'Actor (either side)', 'China, Q148 …')}
      {text('sourceCountry', 'Source country', 'CHN')}
      {text('targetCountry', 'Target country', 'TWN')}
      <MultiSelect label="Type" options={PLOVER_TYPES} selected={draft.type ?? []} onChange={(type) => setDraft({ ...draft, type: type as PloverType[] })} />
      <MultiSelect label="Status" options={EVENT_STATUSES} selected={draft.status ?? []} onChange={(status) => setDraft({ ...draft, status: status as EventStatus[] })} />
      {text('from', 'From', 'YYYY-MM-DD')}
      {text('to', 'To', 'YYYY-MM-DD')}
      {text('q', 'Words in the article', 'blockade')}
      <button class="btn primary" type="submit">Apply filters</button>
    </form>
  );
}

function MultiSelect({ label, options, selected, onChange }: { label: string; options: readonly string[]; selected: readonly string[]; onChange: (values: string[]) => void }) {
  return (
    <label>
      {label}
      <details class="multi">
        <summary>{selected.length ? selected.join(', ') : 'any'}</summary>
        <div class="options">
          {options.map((option) => (
            <label key={option}>
              <input
                type="checkbox"
                name={label.toLowerCase()}
                value={option}
                checked={selected.includes(option)}
                onChange={(e) => onChange(e.currentTarget.checked ? [...selected, option] : selected.filter((value) => value !== option))}
              />
              {option}
            </label>
          ))}
        </div>
      </details>
    </label>
  );
}

function EventTable({ events, sort, onSort, onActor }: { events: StoredEvent[]; sort: string; onSort: (sort: string) => void; onActor: (actor: string) => void }) {
  const parties = (stored: StoredEvent, role: 'source' | 'target') =>
    partyNames(stored, role).map((name, i) => (
      <Fragment key={i}>
        {i > 0 && ', '}
        <button class="btn-link" onClick={() => onActor(name)}>{name}</button>
      </Fragment>
    ));
  return (
    <div class="table-wrap">
      <table class="events">
        <thead>
          <tr>
            <th>
              <button class={sort === 'date' || sort === '-date' ? 'sorted' : ''} onClick={() => onSort(sort === 'date' ? '-date' : 'date')}>
                Day {sort === 'date' ? '↑' : sort === '-date' ? '↓' : ''}
              </button>
            </th>
            <th>Type</th>
            <th>Status</th>
            <th>Source → target</th>
            <th>Evidence</th>
            <th>Article</th>
            <th>
              <button class={sort === '-confidence' ? 'sorted' : ''} onClick={() => onSort('-confidence')}>
                Conf. {sort === '-confidence' ? '↓' : ''}
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((stored) => (
            <tr key={stored.key}>
              <td class="day">{stored.day ?? <span class="muted">no date</span>}</td>
              <td><span class={`badge ${typeTone(stored.event.type)}`}>{stored.event.type}</span></td>
              <td><span class={`badge status-${stored.event.status}`}>{stored.event.status}</span></td>
              <td>{parties(stored, 'source')}{stored.event.target.length > 0 && <> → {parties(stored, 'target')}</>}</td>
              <td class="evidence">{stored.evidenceText}</td>
              <td><a href={`#/articles/${stored.article.key}?event=${encodeURIComponent(stored.event.id)}`}>{stored.article.title || stored.article.id}</a></td>
              <td>{Math.round(stored.event.confidence * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NoEventsYet({ stats }: { stats: Stats }) {
  return (
    <div class="panel empty">
      <strong>No events coded yet.</strong>
      <p>
        Kroniek's event coder (who did what to whom, in PLOVER types) is still being built, so{' '}
        {stats.articles === 1 ? 'the stored article has' : `the ${stats.articles.toLocaleString()} stored articles have`} no events yet. Until it lands, open the <a href="#/articles">articles</a> to read them
        with their entities, time expressions and quotes marked; the network, the timeline and the events table fill in here as soon as
        events are coded.
      </p>
    </div>
  );
}
