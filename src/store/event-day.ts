import type { EventRecord } from '../doc/article.js';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day an event is filed under: its own date when that is a full date, else the article's publication date
 * (a month, week or year of the event says less than the day the article appeared); null when neither is known.
 */
export function eventDay(event: Pick<EventRecord, 'date'>, published: string | null): string | null {
  if (event.date !== undefined && FULL_DATE.test(event.date)) return event.date.slice(0, 10);
  return published === null ? null : published.slice(0, 10);
}
