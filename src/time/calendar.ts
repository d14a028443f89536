/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and ISO 8601 formatting of the values a
 * time expression resolves to: day (2022-03-18), month (2022-03), ISO week (2022-W11), year (2022).
 */

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** Day number of a calendar date (month 1-12); out-of-range months and days roll over as Date.UTC does. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function fromDayNumber(days: number): YearMonthDay {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Whether the date exists (no 31 April, no 29 February outside leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = fromDayNumber(dayNumber(year, month, day));
  return back.month === month && back.day === day;
}

/** Parses 'YYYY-MM-DD' to a day number; null when it is not a valid date. */
export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDay(days: number): string {
  const { year, month, day } = fromDayNumber(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO week of a day, as 'YYYY-Www' (the ISO week-numbering year may differ from the calendar year). */
export function formatIsoWeek(days: number): string {
  const thursday = days - isoWeekday(days) + 4;
  const { year } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Month arithmetic on (year, month) pairs: returns [year, month] `delta` months away. */
export function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The quarter (1-4) a month falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
