import { EVENT_STATUSES, PLOVER_TYPES } from '../doc/article.js';
import { QUAD_CLASS } from '../io/writers/index.js';
import type { StoredEvent } from '../store/index.js';
import type { Timeline, TimelineGroup, TimelineInterval } from './api-types.js';

export const TIMELINE_INTERVALS = ['day', 'week', 'month'] as const satisfies readonly TimelineInterval[];
export const TIMELINE_GROUPS = ['type', 'quad', 'status', 'none'] as const satisfies readonly TimelineGroup[];

/** The quad classes by number (QUAD_CLASS), as the timeline names its series. */
export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

/** Counts `events` per period and series. */
export async function buildTimeline(events: AsyncIterable<StoredEvent>, interval: TimelineInterval, by: TimelineGroup): Promise<Timeline> {
  const counts = new Map<string, Record<string, number>>();
  let undated = 0;
  for await (const stored of events) {
    if (stored.day === null) {
      undated++;
      continue;
    }
    const period = periodOf(stored.day, interval);
    const series = seriesOf(stored, by);
    const bucket = counts.get(period) ?? {};
    bucket[series] = (bucket[series] ?? 0) + 1;
    counts.set(period, bucket);
  }
  const periods = [...counts.keys()].sort();
  const buckets = periods.length === 0 ? [] : periodsBetween(periods[0], periods[periods.length - 1], interval).map((period) => {
    const bucketCounts = counts.get(period) ?? {};
    return { period, counts: bucketCounts, total: Object.values(bucketCounts).reduce((sum, n) => sum + n, 0) };
  });
  return { interval, by, series: SERIES[by], buckets, undated };
}

const SERIES: Record<TimelineGroup, readonly string[]> = {
  type: PLOVER_TYPES,
  quad: QUAD_NAMES,
  status: EVENT_STATUSES,
  none: ['events'],
};

function seriesOf(stored: StoredEvent, by: TimelineGroup): string {
  switch (by) {
    case 'type':
      return stored.event.type;
    case 'quad':
      return QUAD_NAMES[QUAD_CLASS[stored.event.type] - 1];
    case 'status':
      return stored.event.status;
    case 'none':
      return 'events';
  }
}

const DAY_MS = 86_400_000;

function utcDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** The ISO week (YYYY-Www) of a day: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const date = utcDay(day);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function periodOf(day: string, interval: TimelineInterval): string {
  if (interval === 'day') return day.slice(0, 10);
  if (interval === 'month') return day.slice(0, 7);
  return isoWeek(day);
}

/** The Monday of an ISO week. */
function weekStart(week: string): Date {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const january4 = Date.UTC(year, 0, 4);
  const firstMonday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(firstMonday + (number - 1) * 7 * DAY_MS);
}

function periodsBetween(first: string, last: string, interval: TimelineInterval): string[] {
  const periods: string[] = [];
  if (interval === 'month') {
    let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
    for (let period = first; period <= last; period = `${year}-${String(month).padStart(2, '0')}`) {
      periods.push(period);
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return periods;
  }
  const step = interval === 'day' ? DAY_MS : 7 * DAY_MS;
  const start = interval === 'day' ? utcDay(first) : weekStart(first);
  for (let time = start.getTime(); ; time += step) {
    const day = new Date(time).toISOString().slice(0, 10);
    const period = interval === 'day' ? day : isoWeek(day);
    if (period > last) return periods;
    periods.push(period);
  }
}
