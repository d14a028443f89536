import { EVENT_STATUSES, PLOVER_TYPES, type EventStatus, type PloverType } from '../doc/article.js';
import { EVENT_SORTS, type EventQuery, type EventSort } from '../store/index.js';
import { ApiError } from './errors.js';

/** The event filters every event endpoint takes (events, export, network, timeline). */
export const EVENT_FILTER_PARAMS = ['actor', 'source', 'target', 'sourceCountry', 'targetCountry', 'type', 'status', 'from', 'to', 'q'] as const;

/** An event query plus what the store cannot filter on yet: an actor as a source, or as a target, party. */
export interface EventFilters extends EventQuery {
  source?: string;
  target?: string;
}

const DAY_BOUND = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY = /^[A-Za-z]{3}$/;
/** Parameters that may be given more than once (each a list item, as well as comma-separated). */
const LIST_PARAMS = new Set(['type', 'status']);

/**
 * The query string of one request, read strictly: a parameter the endpoint does not know, a repeated one, or a bad
 * value is a 400 that names it, so that a typo never silently widens a query.
 */
export class QueryParams {
  private readonly params: URLSearchParams;

  constructor(url: string, allowed: readonly string[]) {
    this.params = new URL(url).searchParams;
    for (const name of new Set(this.params.keys())) {
      if (!allowed.includes(name)) {
        throw new ApiError(400, 'unknown_parameter', `unknown parameter '${name}'; this endpoint takes ${allowed.length ? allowed.join(', ') : 'none'}`);
      }
      if (!LIST_PARAMS.has(name) && this.params.getAll(name).length > 1) {
        throw new ApiError(400, 'bad_parameter', `parameter '${name}' is given more than once`);
      }
    }
  }

  /** A text value; an empty one counts as absent. */
  text(name: string): string | undefined {
    const value = this.params.get(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) throw bad(name, value, `expected one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** Items of a list parameter (repeated, comma-separated, or both), each one of `allowed` after `normalize`. */
  list<T extends string>(name: string, allowed: readonly T[], normalize: (value: string) => string): T[] | undefined {
    const items = this.params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((item) => normalize(item.trim()))
      .filter((item) => item !== '');
    for (const item of items) if (!(allowed as readonly string[]).includes(item)) throw bad(name, item, `expected one of ${allowed.join(', ')}`);
    return items.length ? (items as T[]) : undefined;
  }

  /** A whole number in [min, max], or `fallback` when absent. */
  wholeNumber(name: string, range: { min: number; max: number }, fallback?: number): number | undefined {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) throw bad(name, value, 'expected a whole number');
    const number = Number(value);
    if (number < range.min || number > range.max) throw bad(name, value, `expected a number from ${range.min} to ${range.max}`, 'out_of_range');
    return number;
  }

  /** A day, month or year bound (YYYY-MM-DD, YYYY-MM, YYYY) that exists in the calendar. */
  dayBound(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const match = DAY_BOUND.exec(value);
    const [, year, month, day] = match ?? [];
    const exists = match !== null && (day === undefined || new Date(Date.UTC(+year, +month - 1, +day)).getUTCDate() === +day);
    if (!exists) throw bad(name, value, 'expected a date YYYY-MM-DD, YYYY-MM or YYYY', 'bad_date');
    return value;
  }

  /** An ISO 3166-1 alpha-3 code (or IGO, NGO), in upper case. */
  country(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!COUNTRY.test(value)) throw bad(name, value, 'expected a three-letter country code (ISO 3166-1 alpha-3: CHN, NLD) or IGO, NGO');
    return value.toUpperCase();
  }

  /** The event filters (EVENT_FILTER_PARAMS), with `from` no later than `to`. */
  eventFilters(): EventFilters {
    const filters: EventFilters = {
      actor: this.text('actor'),
      source: this.text('source'),
      target: this.text('target'),
      sourceCountry: this.country('sourceCountry'),
      targetCountry: this.country('targetCountry'),
      type: this.list<PloverType>('type', PLOVER_TYPES, (v) => v.toUpperCase()),
      status: this.list<EventStatus>('status', EVENT_STATUSES, (v) => v.toLowerCase()),
      from: this.dayBound('from'),
      to: this.dayBound('to'),
      q: this.text('q'),
    };
    if (filters.from !== undefined && filters.to !== undefined && filters.from.slice(0, filters.to.length) > filters.to) {
      throw new ApiError(400, 'bad_date', `from ${filters.from} is after to ${filters.to}`);
    }
    return filters;
  }

  sort(): EventSort {
    return this.oneOf<EventSort>('sort', EVENT_SORTS, 'date');
  }
}

/** Refuses any query parameter (for endpoints that take none). */
export function noParams(url: string): void {
  new QueryParams(url, []);
}

function bad(name: string, value: string, expected: string, code = 'bad_parameter'): ApiError {
  return new ApiError(400, code, `${name}=${JSON.stringify(value)}: ${expected}`);
}
