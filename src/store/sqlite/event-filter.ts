import type { EventQuery, EventSort } from '../store.js';
import { ftsMatch } from './fts.js';

/** A WHERE clause (over `events e`) with its parameters. */
export interface SqlFilter {
  where: string;
  params: unknown[];
}

/** The conditions of an event query; the actor conditions are index lookups in event_actors. */
export function eventFilter(query: EventQuery): SqlFilter {
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const [role, actor] of [[undefined, query.actor], ['source', query.sourceActor], ['target', query.targetActor]] as const) {
    if (actor === undefined || actor === '') continue;
    const inRole = role === undefined ? '' : `role = '${role}' AND `;
    conditions.push(`e.key IN (SELECT event_key FROM event_actors WHERE ${inRole}(wikidata = ? OR name = ? OR text = ?))`);
    params.push(actor.toUpperCase(), actor, actor);
  }
  for (const [role, country] of [['source', query.sourceCountry], ['target', query.targetCountry]] as const) {
    if (country === undefined || country === '') continue;
    conditions.push(`e.key IN (SELECT event_key FROM event_actors WHERE country = ? AND role = '${role}')`);
    params.push(country.toUpperCase());
  }
  for (const [column, values] of [['type', query.type], ['status', query.status]] as const) {
    if (values === undefined || values.length === 0) continue;
    conditions.push(`e.${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  if (query.from !== undefined) {
    conditions.push('e.day >= ?');
    params.push(dayBound(query.from, 'from'));
  }
  if (query.to !== undefined) {
    conditions.push('e.day <= ?');
    params.push(dayBound(query.to, 'to'));
  }
  const match = query.q === undefined ? undefined : ftsMatch(query.q);
  if (match !== undefined) {
    conditions.push('e.article_key IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(match);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function eventOrder(sort: EventSort = 'date'): string {
  switch (sort) {
    case 'date':
      return 'ORDER BY e.day IS NULL, e.day, e.key';
    case '-date':
      return 'ORDER BY e.day IS NULL, e.day DESC, e.key DESC';
    case 'ingested':
      return 'ORDER BY e.key';
    case '-confidence':
      return 'ORDER BY e.confidence DESC, e.key';
  }
}

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date bound as a comparable day: a month or year starts on its first day (from) or ends on its last (to). */
export function dayBound(value: string, side: 'from' | 'to'): string {
  const match = BOUND.exec(value);
  if (!match) throw new RangeError(`date bound "${value}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
  const [, year, month, day] = match;
  if (day !== undefined) return value;
  if (month !== undefined) return `${year}-${month}-${side === 'from' ? '01' : '31'}`;
  return side === 'from' ? `${year}-01-01` : `${year}-12-31`;
}
