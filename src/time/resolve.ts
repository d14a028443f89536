/**
 * Resolves recognised time expressions against the publication day to ISO 8601 values as TIMEX3 writes them. With
 * no publication day every relative value is ''. Where the direction is open (a bare weekday, a month without a
 * year) the caller passes the tense of the clause, asked for only when needed.
 */
import {
  addMonths,
  dayNumber,
  formatDay,
  formatIsoWeek,
  formatMonth,
  formatYear,
  fromDayNumber,
  isoWeekday,
  isValidDate,
  quarterOf,
} from './calendar.js';
import type { AgoUnit, CalendarUnit, Direction, Season } from './language-data.js';

/** How a modifier relates an expression to the publication day. */
export type Mode = Direction | 'this';
/** The tense of the clause an expression stands in, computed on demand. */
export type Tense = () => Direction | null;

export const MODE_OFFSET: Readonly<Record<Mode, number>> = { past: -1, this: 0, future: 1 };
const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

export class TimeResolver {
  /** `published`: the publication day as a day number, null when unknown. */
  constructor(private readonly published: number | null) {}

  /** The publication year moved by `offset` years, null without a publication day. */
  year(offset: number): number | null {
    return this.published === null ? null : fromDayNumber(this.published).year + offset;
  }

  /** "gisteren": the publication day moved by `offset` days. */
  relativeDay(offset: number): string {
    return this.published === null ? '' : formatDay(this.published + offset);
  }

  /** "vorige maand", "this week": the publication day's unit moved by `offset` units. */
  unitValue(unit: CalendarUnit, offset: number): string {
    const published = this.published;
    if (published === null) return '';
    const { year, month } = fromDayNumber(published);
    switch (unit) {
      case 'week':
        return formatIsoWeek(published + 7 * offset);
      case 'weekend': {
        // The weekend closes its ISO week: a "next weekend" seen from Saturday or Sunday is a week later.
        const weeks = offset > 0 && isoWeekday(published) < 6 ? 0 : offset;
        return `${formatIsoWeek(published + 7 * weeks)}-WE`;
      }
      case 'month':
        return formatMonth(...addMonths(year, month, offset));
      case 'year':
        return formatYear(year + offset);
      case 'quarter': {
        const index = year * 4 + quarterOf(month) - 1 + offset;
        return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
      }
    }
  }

  /** "drie weken geleden": the unit `amount` units before the publication day's. */
  agoValue(unit: AgoUnit, amount: number): string {
    const published = this.published;
    if (published === null) return '';
    const { year, month } = fromDayNumber(published);
    switch (unit) {
      case 'day':
        return formatDay(published - amount);
      case 'week':
        return formatIsoWeek(published - 7 * amount);
      case 'month':
        return formatMonth(...addMonths(year, month, -amount));
      case 'year':
        return formatYear(year - amount);
      case 'decade':
        return String(Math.floor((year - 10 * amount) / 10)).padStart(3, '0');
    }
  }

  /**
   * A weekday resolved against the publication day. With a modifier: the last one before it, the next one after
   * it, or the one in its week (shifted by weekOffset weeks). Bare: the most recent one, the publication day
   * included, unless the tense is future (then today or the next one).
   */
  weekdayValue(weekday: number, mode: Mode | null, weekOffset: number, tense: Tense): string {
    const published = this.published;
    if (published === null) return '';
    const today = isoWeekday(published);
    if (mode === 'this') return formatDay(published - today + weekday + 7 * weekOffset);
    if (mode === 'past') return formatDay(published - (((today - weekday + 6) % 7) + 1));
    if (mode === 'future') return formatDay(published + (((weekday - today + 6) % 7) + 1));
    const future = tense() === 'future';
    return formatDay(future ? published + ((weekday - today + 7) % 7) : published - ((today - weekday + 7) % 7));
  }

  /** "vrijdag 24": the date with that day of month and weekday nearest to the publication day. */
  weekdayWithDay(weekday: number, day: number): string {
    const published = this.published;
    if (published === null) return '';
    const { year, month } = fromDayNumber(published);
    let best: number | null = null;
    for (const delta of [0, -1, 1, -2, 2]) {
      const [y, m] = addMonths(year, month, delta);
      if (!isValidDate(y, m, day)) continue;
      const candidate = dayNumber(y, m, day);
      if (isoWeekday(candidate) !== weekday) continue;
      if (best === null || Math.abs(candidate - published) < Math.abs(best - published)) best = candidate;
    }
    return best === null ? '' : formatDay(best);
  }

  /** A day and month without a year: the year that puts it nearest the publication day, or as the tense says. */
  nearestDate(month: number, day: number, tense: Tense): string {
    const published = this.published;
    if (published === null) return '';
    const { year } = fromDayNumber(published);
    const candidates = [year - 1, year, year + 1].filter((y) => isValidDate(y, month, day)).map((y) => dayNumber(y, month, day));
    if (candidates.length === 0) return '';
    return formatDay(this.choose(candidates, published, null, tense));
  }

  /** A holiday ('MM-DD'): "deze kerst" in its year, "vorige kerst" the one before, bare the nearest. */
  holidayValue(monthDay: string, mode: Mode | null, tense: Tense): string {
    const published = this.published;
    if (published === null) return '';
    const [month, day] = [Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))];
    const { year } = fromDayNumber(published);
    const candidates = [year - 1, year, year + 1].map((y) => dayNumber(y, month, day));
    return formatDay(this.choose(candidates, published, mode, tense));
  }

  /** A month without a year; with a mode ("last March") the one before, after or in the publication year. */
  nearestMonth(month: number, mode: Mode | null, tense: Tense): string {
    const published = this.published;
    if (published === null) return '';
    const { year, month: current } = fromDayNumber(published);
    const index = (y: number) => y * 12 + month - 1;
    const now = year * 12 + current - 1;
    const chosen = this.choose([index(year - 1), index(year), index(year + 1)], now, mode, tense);
    return formatMonth(Math.floor(chosen / 12), (chosen % 12) + 1);
  }

  /**
   * Picks among candidate points (ascending) relative to `now`: with mode past the latest before now, future the
   * earliest after, this the one in the same year (the middle candidate); otherwise as the tense of the clause
   * says, else the nearest.
   */
  private choose(candidates: number[], now: number, mode: Mode | null, tense: Tense): number {
    if (mode === 'this' && candidates.length === 3) return candidates[1];
    const direction = mode === 'past' || mode === 'future' ? mode : tense();
    // A modifier ("last March") excludes the current point; a tense ("werd in juli gevonden") does not.
    const strict = mode !== null;
    if (direction === 'future') {
      const after = candidates.filter((c) => (strict ? c > now : c >= now));
      if (after.length > 0) return after[0];
    } else if (direction === 'past') {
      const before = candidates.filter((c) => (strict ? c < now : c <= now));
      if (before.length > 0) return before[before.length - 1];
    }
    let best = candidates[0];
    for (const candidate of candidates) {
      if (Math.abs(candidate - now) < Math.abs(best - now)) best = candidate;
    }
    return best;
  }

  /** A season as TIMEX3 "2019-SU": with "this" the nearest one, "last"/"next" the one before/after the current. */
  seasonValue(season: Season, mode: Mode): string {
    const published = this.published;
    if (published === null) return '';
    const { year, month } = fromDayNumber(published);
    // Seasons by meteorological months; winter belongs to the year of its December.
    const seasonIndex = month === 12 || month <= 2 ? 3 : Math.floor(month / 3) - 1;
    const now = (month <= 2 ? year - 1 : year) * 4 + seasonIndex;
    const target = SEASON_ORDER.indexOf(season);
    const candidates = [-1, 0, 1, 2].map((cycle) => (Math.floor(now / 4) + cycle) * 4 + target);
    let chosen: number;
    if (mode === 'past') chosen = candidates.filter((c) => c < now).pop() ?? candidates[0];
    else if (mode === 'future') chosen = candidates.find((c) => c > now) ?? candidates[3];
    else chosen = candidates.reduce((best, c) => (Math.abs(c - now) < Math.abs(best - now) ? c : best));
    return `${formatYear(Math.floor(chosen / 4))}-${season}`;
  }
}
