import type { Article, EventStatus, PloverType } from '../../src/doc/article.ts';
import type { ActorSummary, ArticleSummary, StoreStats, StoredEvent } from '../../src/store/store.ts';
import type { Network, Timeline } from '../../src/server/api-types.ts';

export type { Network, Timeline, StoredEvent, ArticleSummary, ActorSummary, Article };

export interface Stats extends StoreStats {
  version: string;
  contract: string;
  writeNeedsToken: boolean;
}

/** The event filters of the events page, as the API names them. */
export interface EventFilters {
  actor?: string;
  source?: string;
  target?: string;
  sourceCountry?: string;
  targetCountry?: string;
  type?: PloverType[];
  status?: EventStatus[];
  from?: string;
  to?: string;
  q?: string;
}

/** An error the API answered with: `{error: {code, message}}`. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A query string from parameters; lists become comma-separated, empty values are left out. */
export function queryString(params: Record<string, string | number | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(name, value.join(','));
    } else search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`api/${path}`, init);
  const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
  if (!response.ok) {
    throw new ApiFailure(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `the server answered ${response.status}`);
  }
  return body as T;
}

export const api = {
  stats: () => request<Stats>('stats'),
  articles: (q: string, offset: number, limit = 20) =>
    request<{ articles: ArticleSummary[]; hasMore: boolean }>(`articles${queryString({ q, offset, limit })}`),
  article: (key: number) => request<{ key: number; article: Article }>(`articles/${key}`),
  events: (filters: EventFilters, sort: string, offset: number, limit: number) =>
    request<{ total: number; events: StoredEvent[] }>(`events${queryString({ ...filters, sort, offset, limit })}`),
  network: (filters: EventFilters) => request<Network>(`network${queryString({ ...filters })}`),
  timeline: (filters: EventFilters, interval: string, by: string) => request<Timeline>(`timeline${queryString({ ...filters, interval, by })}`),
  actors: (limit = 200) => request<{ actors: ActorSummary[] }>(`actors${queryString({ limit })}`),
  addArticle: (input: Record<string, string>, token: string) =>
    request<{ status: 'added' | 'duplicate'; key: number }>('articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify(input),
    }),
};

/** The address of an export of the filtered events (the browser downloads it). */
export function exportUrl(filters: EventFilters, sort: string, format: 'csv' | 'jsonl'): string {
  return `api/events${queryString({ ...filters, sort, format })}`;
}
