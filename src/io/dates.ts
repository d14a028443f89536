import { InputProblem } from './input.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * The calendar date (YYYY-MM-DD) of a publication timestamp. An ISO date or date-time keeps the date it was written
 * with (the publisher's local day, which relative dates in the text refer to); other formats that Date can read
 * (RFC 822 from feeds) are taken in UTC.
 */
export function publicationDate(value: string): string {
  const trimmed = value.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)) return `${y}-${m}-${d}`;
    throw new InputProblem(`publication date "${value}" is not a real calendar date`);
  }
  const time = Date.parse(trimmed);
  if (Number.isNaN(time) || /^\d+$/.test(trimmed)) {
    throw new InputProblem(`publication date "${value}" is not a date (expected YYYY-MM-DD)`);
  }
  return new Date(time).toISOString().slice(0, 10);
}
