/**
 * Finds time expressions in scanned tokens and has TimeResolver resolve them against the publication day, in one
 * pass. Only tokens that can start an expression (digits, and words in the language's time vocabulary) are looked
 * at more closely. Spans follow TIMEX3: prepositions stay out ("in 2019" gives "2019"), modifiers and position words
 * come in ("vorige maand", "begin maart", "earlier this year"), and a range gives one expression per end point.
 */
import type { DocTimex } from '../doc/doc.js';
import { dayNumber, formatDay, formatMonth, formatYear, isValidDate } from './calendar.js';
import type { AgoUnit, CalendarUnit, PhraseIndex, TimeLanguage } from './language-data.js';
import { MODE_OFFSET, TimeResolver, type Mode, type Tense } from './resolve.js';
import { NUMBER, PUNCT, WORD, type ScannedTokens } from './scan.js';
import { sentenceInPast, tenseNear } from './tense.js';

interface DateParts {
  /** Token index after the date. */
  end: number;
  year: number | null;
  /** A year relative to the publication year instead ("3 juli van dit jaar", "March this year"). */
  yearOffset: number | null;
  month: number;
  day: number | null;
}

const NOT_FOUND = -1;
const DAY_TOKEN = /^(\d{1,2})(\p{L}*)$/u;
const DAY_RANGE_TOKEN = /^(\d{1,2})-(\d{1,2})$/;
const YEAR_RANGE_TOKEN = /^(\d{4})[-/](\d{4})$/;
const ISO_DATE_TOKEN = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DATE_TOKEN = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const DECADE_TOKEN = /^(\d{3})0s$/;
const SHORT_DECADE_TOKEN = /^(\d)0s?$/;
const DURATION_LETTER: Readonly<Record<AgoUnit, string>> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE' };
/** "het afgelopen jaar", "the past week": a stretch of time ending now, as a TIMEX3 duration. */
const PAST_STRETCH: Readonly<Record<CalendarUnit, string | null>> = { week: 'P1W', weekend: null, month: 'P1M', year: 'P1Y', quarter: 'P3M' };

export class TimexRecognizer {
  private readonly found: DocTimex[] = [];
  private readonly resolve: TimeResolver;

  constructor(
    private readonly text: string,
    private readonly tokens: ScannedTokens,
    private readonly data: TimeLanguage,
    /** Publication day as a day number, null when unknown (relative expressions then stay unresolved). */
    published: number | null,
  ) {
    this.resolve = new TimeResolver(published);
  }

  run(): DocTimex[] {
    const count = this.tokens.count;
    let t = 0;
    const { kinds, lower } = this.tokens;
    const triggers = this.data.triggers;
    while (t < count) {
      const kind = kinds[t];
      if (kind === WORD && !triggers.has(lower[t])) {
        t++;
        continue;
      }
      const end = kind === PUNCT ? this.shortDecadeAt(t) : this.expressionAt(t);
      t = end > t ? end : t + 1;
    }
    return this.found;
  }

  // ---- token tests -------------------------------------------------------------------------------------------

  private word(t: number): string {
    return t >= 0 && t < this.tokens.count ? this.tokens.lower[t] : '';
  }

  private isWordToken(t: number): boolean {
    return t >= 0 && t < this.tokens.count && this.tokens.kinds[t] === WORD;
  }

  private isNumberToken(t: number): boolean {
    return t >= 0 && t < this.tokens.count && this.tokens.kinds[t] === NUMBER;
  }

  /** Whether token t starts with a capital in a place where capitals carry meaning (not sentence-initial). */
  private capitalisedInside(t: number): boolean {
    return this.isWordToken(t) && this.tokens.capitalised[t] === 1 && this.tokens.initial[t] === 0;
  }

  /** Whether two tokens touch (no space between): "jan." and "mid-June". */
  private touching(a: number, b: number): boolean {
    return b < this.tokens.count && this.tokens.ends[a] === this.tokens.starts[b];
  }

  /** Day of month (1-31) of a token "24", "4th", "21e"; 0 when it is not one. */
  private dayAt(t: number): number {
    if (!this.isNumberToken(t)) return 0;
    const match = DAY_TOKEN.exec(this.tokens.lower[t]);
    if (!match || (match[2] !== '' && !this.data.ordinalSuffixes.has(match[2]))) return 0;
    const day = Number(match[1]);
    return day >= 1 && day <= 31 ? day : 0;
  }

  /** A four-digit year token in 1000-2099; 0 otherwise. */
  private yearTokenAt(t: number): number {
    if (!this.isNumberToken(t)) return 0;
    const lower = this.tokens.lower[t];
    if (lower.length !== 4 || !/^\d{4}$/.test(lower)) return 0;
    const year = Number(lower);
    return year >= 1000 && year < 2100 ? year : 0;
  }

  /**
   * A month name, or an abbreviation with its period, at t: [month, token after], or null. Callers take it only
   * next to a day or year, so that "Jan" the name is no month.
   */
  private monthAt(t: number): [number, number] | null {
    if (!this.isWordToken(t)) return null;
    const lower = this.tokens.lower[t];
    if (this.data.monthsCapitalised && this.tokens.capitalised[t] === 0) return null;
    const month = this.data.months.get(lower);
    if (month !== undefined) return [month, t + 1];
    const abbreviated = this.data.monthAbbreviations.get(lower);
    if (abbreviated === undefined) return null;
    return [abbreviated, this.word(t + 1) === '.' && this.touching(t, t + 1) ? t + 2 : t + 1];
  }

  /** A phrase of `phrases` starting at t: [its value, token after], or null. */
  private phraseAt<T>(t: number, index: PhraseIndex<T>): [T, number] | null {
    const phrases = index.get(this.tokens.lower[t]);
    if (phrases === undefined) return null;
    for (const phrase of phrases) {
      const n = phrase.tokens.length;
      if (t + n > this.tokens.count) continue;
      let k = 0;
      while (k < n && this.tokens.lower[t + k] === phrase.tokens[k]) k++;
      if (k === n) return [phrase.value, t + n];
    }
    return null;
  }

  private connectorEnd(t: number): number {
    const match = this.phraseAt(t, this.data.rangeConnectors);
    return match ? match[1] : NOT_FOUND;
  }

  private numberValueAt(t: number): number {
    if (this.isNumberToken(t)) return /^\d{1,3}$/.test(this.tokens.lower[t]) ? Number(this.tokens.lower[t]) : 0;
    return this.data.numberWords.get(this.word(t)) ?? 0;
  }

  // ---- emitting ----------------------------------------------------------------------------------------------

  private emit(first: number, end: number, value: string): number {
    this.found.push({ start: this.tokens.starts[first], end: this.tokens.ends[end - 1], value });
    return end;
  }

  private emitChars(start: number, end: number, value: string): void {
    this.found.push({ start, end, value });
  }

  // ---- expressions -------------------------------------------------------------------------------------------

  /** The expression starting at token t, with an optional position word before it ("begin", "early", "end of"). */
  private expressionAt(t: number): number {
    if (!this.data.positionModifiers.has(this.word(t))) return this.coreAt(t);
    let k = t + 1;
    if (this.word(k) === '-' && this.touching(t, k)) k++;
    const linked = this.data.positionLinkWords.has(this.word(k));
    if (linked) k++;
    const before = this.found.length;
    const end = this.coreAt(k);
    if (end === NOT_FOUND) return NOT_FOUND;
    const first = linked && this.data.articles.has(this.word(t - 1)) ? t - 1 : t;
    this.found[before].start = this.tokens.starts[first];
    return end;
  }

  private coreAt(t: number): number {
    const kind = this.tokens.kinds[t];
    if (kind === NUMBER) return this.numberAt(t);
    if (kind !== WORD) return NOT_FOUND;
    const word = this.tokens.lower[t];
    const data = this.data;
    const holiday = this.phraseAt(t, data.holidays);
    // "the Great Orchestra of Christmas Charity": a capitalised word after it makes the holiday part of a name.
    if (holiday && !this.capitalisedInside(holiday[1])) return this.emit(t, holiday[1], this.resolve.holidayValue(holiday[0], null, this.tenseOf(t, holiday[1])));
    const phrase = this.phraseAt(t, data.relativeDayPhrases);
    if (phrase) return this.emit(t, phrase[1], this.resolve.relativeDay(phrase[0]));
    if (data.weekdays.has(word)) return this.weekdayAt(t, null, 0);
    if (data.months.has(word) || data.monthAbbreviations.has(word)) return this.monthFirstAt(t);
    if (data.relativeDays.has(word)) return this.relativeDayAt(t);
    if (data.pastModifiers.has(word) || data.futureModifiers.has(word) || data.thisModifiers.has(word)) {
      return this.modifiedAt(t);
    }
    if (data.articles.has(word)) return this.articleAt(t);
    if (data.decadeNouns.has(word)) return this.decadeNounAt(t);
    if (data.seasons.has(word)) return this.seasonWithYearAt(t);
    if (data.ordinalWords.has(word)) return this.centuryAt(t);
    if (data.numberWords.has(word)) return this.agoAt(t);
    return NOT_FOUND;
  }

  /** A date with a day and month: "24 mei 2019", "4th of July", "January 4, 2019", "March 3"; or "maart 2022". */
  private dateAt(t: number): DateParts | null {
    const day = this.dayAt(t);
    if (day > 0) {
      let k = t + 1;
      if (this.data.dayMonthLinkWords.has(this.word(k))) k++;
      const month = this.monthAt(k);
      if (!month) return null;
      return this.withYear(month[1], month[0], day);
    }
    const month = this.monthAt(t);
    if (!month) return null;
    const k = month[1];
    const monthDay = this.dayAt(k);
    if (monthDay > 0 && !this.data.months.has(this.word(k + 1))) return this.withYear(k + 1, month[0], monthDay);
    if (!this.data.months.has(this.tokens.lower[t])) return null;
    const year = this.yearTokenAt(k);
    if (year > 0) return { end: k + 1, year, yearOffset: null, month: month[0], day: null };
    const relative = this.relativeYearAt(k);
    return relative ? { end: relative[1], year: null, yearOffset: relative[0], month: month[0], day: null } : null;
  }

  private withYear(k: number, month: number, day: number): DateParts {
    const comma = this.word(k) === ',' ? 1 : 0;
    const year = this.yearTokenAt(k + comma);
    if (year > 0) return { end: k + comma + 1, year, yearOffset: null, month, day };
    const relative = this.relativeYearAt(k);
    if (relative) return { end: relative[1], year: null, yearOffset: relative[0], month, day };
    return { end: k, year: null, yearOffset: null, month, day };
  }

  /** "vorige week", "this week" after a weekday: [offset in weeks, token after], or null. */
  private relativeWeekAt(k: number): [number, number] | null {
    const mode = this.modeOf(this.word(k));
    return mode !== null && this.data.units.get(this.word(k + 1)) === 'week' ? [MODE_OFFSET[mode], k + 2] : null;
  }

  private modeOf(word: string): Mode | null {
    const data = this.data;
    return data.thisModifiers.has(word) ? 'this' : data.pastModifiers.has(word) ? 'past' : data.futureModifiers.has(word) ? 'future' : null;
  }

  /** "(van) dit jaar", "(of) last year" after a date: [offset from the publication year, token after], or null. */
  private relativeYearAt(k: number): [number, number] | null {
    const data = this.data;
    if (data.positionLinkWords.has(this.word(k))) k++;
    const mode = this.modeOf(this.word(k));
    if (mode === null || data.units.get(this.word(k + 1)) !== 'year') return null;
    return [MODE_OFFSET[mode], k + 2];
  }

  /** For a bare weekday: the nearest cue, else present (so today or ahead) when its sentence has no past form. */
  private weekdayTense(first: number, end: number): Tense {
    return () => tenseNear(this.tokens, this.data, first, end) ?? (sentenceInPast(this.tokens, this.data, first) ? 'past' : 'future');
  }

  /** The tense of the clause around tokens [first, end), as the resolver asks for it. */
  private tenseOf(first: number, end: number): Tense {
    return () => tenseNear(this.tokens, this.data, first, end);
  }

  private dateValue(date: DateParts, first: number): string {
    let year = date.year;
    if (date.yearOffset !== null) {
      year = this.resolve.year(date.yearOffset);
      if (year === null) return '';
    }
    if (date.day === null) return year === null ? '' : formatMonth(year, date.month);
    if (year !== null) return isValidDate(year, date.month, date.day) ? formatDay(dayNumber(year, date.month, date.day)) : '';
    return this.resolve.nearestDate(date.month, date.day, this.tenseOf(first, date.end));
  }

  /** Digits: dates, day ranges, years, decades, "3 weeks ago", "21e eeuw". */
  private numberAt(t: number): number {
    const lower = this.tokens.lower[t];
    const numeric = this.numericDateAt(t);
    if (numeric !== NOT_FOUND) return numeric;
    const date = this.dateAt(t);
    if (date) return this.emit(t, date.end, this.dateValue(date, t));
    const dayRange = DAY_RANGE_TOKEN.exec(lower);
    if (dayRange) return this.dayRangeTokenAt(t, Number(dayRange[1]), Number(dayRange[2]));
    const day = this.dayAt(t);
    if (day > 0) {
      const range = this.openRangeAt(t, t + 1, day);
      if (range !== NOT_FOUND) return range;
    }
    const decade = DECADE_TOKEN.exec(lower);
    if (decade) return this.emit(t, t + 1, decade[1]);
    const yearRange = YEAR_RANGE_TOKEN.exec(lower);
    if (yearRange && Number(yearRange[2]) > Number(yearRange[1]) && Number(yearRange[1]) >= 1000 && Number(yearRange[2]) < 2100) {
      const start = this.tokens.starts[t];
      this.emitChars(start, start + 4, yearRange[1]);
      this.emitChars(start + 5, start + 9, yearRange[2]);
      return t + 1;
    }
    const year = this.yearTokenAt(t);
    if (year > 0) return this.isYearHere(t, year) ? this.emit(t, t + 1, formatYear(year)) : NOT_FOUND;
    const ago = this.agoAt(t);
    if (ago !== NOT_FOUND) return ago;
    return this.centuryAt(t);
  }

  private numericDateAt(t: number): number {
    const lower = this.tokens.lower[t];
    const iso = ISO_DATE_TOKEN.exec(lower);
    let year = 0;
    let month = 0;
    let day = 0;
    if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else {
      const numeric = NUMERIC_DATE_TOKEN.exec(lower);
      if (!numeric) return NOT_FOUND;
      const [a, b] = [Number(numeric[1]), Number(numeric[3])];
      [day, month] = this.data.numericDateOrder === 'dmy' ? [a, b] : [b, a];
      year = Number(numeric[4]);
    }
    if (!isValidDate(year, month, day)) return NOT_FOUND;
    return this.emit(t, t + 1, formatDay(dayNumber(year, month, day)));
  }

  /** "3-5 maart": two expressions inside the first token; the first takes the month of the second. */
  private dayRangeTokenAt(t: number, firstDay: number, secondDay: number): number {
    const month = this.monthAt(t + 1);
    if (!month || firstDay < 1 || firstDay > 31 || secondDay < 1 || secondDay > 31) return NOT_FOUND;
    const second = this.withYear(month[1], month[0], secondDay);
    const value = this.dateValue(second, t);
    const start = this.tokens.starts[t];
    const dash = this.tokens.lower[t].indexOf('-');
    this.emitChars(start, start + dash, sameMonthDay(value, firstDay));
    this.emitChars(start + dash + 1, this.tokens.ends[second.end - 1], value);
    return second.end;
  }

  /**
   * A day without a month before a connector and a full date: "3" in "van 3 tot 5 maart", "vrijdag 24" in
   * "vrijdag 24 op zaterdag 25 mei". Emits the first part (tokens first..dayEnd) with the month of the second;
   * the second is found by the main loop afterwards.
   */
  private openRangeAt(first: number, dayEnd: number, day: number): number {
    const next = this.connectorEnd(dayEnd);
    if (next === NOT_FOUND) return NOT_FOUND;
    let k = next;
    if (this.data.weekdays.has(this.word(k))) k++;
    if (this.word(k) === ',') k++;
    const second = this.dateAt(k);
    if (!second || second.day === null) return NOT_FOUND;
    return this.emit(first, dayEnd, sameMonthDay(this.dateValue(second, k), day));
  }

  /** After "March 3": "to 5" or "-5" as a second expression in the same month. */
  private closedRangeAfter(end: number, value: string): number {
    const next = this.connectorEnd(end);
    if (next === NOT_FOUND) return end;
    const day = this.dayAt(next);
    if (day === 0 || this.monthAt(next + 1) || this.data.agoUnits.has(this.word(next + 1)) || this.data.quantityNouns.has(this.word(next + 1))) {
      return end;
    }
    return this.emit(next, next + 1, sameMonthDay(value, day));
  }

  /** Whether a four-digit number at t is a year here (not "2000 euro", "nummer 2019", a postcode "1234 AB"). */
  private isYearHere(t: number, year: number): boolean {
    const previous = this.word(t - 1);
    if (this.data.notYearAfter.has(previous)) return false;
    if (this.data.quantityNouns.has(this.word(t + 1))) return false;
    // "2019-nCoV": a year glued to a word is part of a name.
    if (this.word(t + 1) === '-' && this.touching(t, t + 1) && this.isWordToken(t + 2) && this.touching(t + 1, t + 2)) return false;
    if (this.isWordToken(t + 1) && /^\p{Lu}{2}$/u.test(this.text.slice(this.tokens.starts[t + 1], this.tokens.ends[t + 1]))) return false;
    const afterConnector = this.connectorEnd(t + 1);
    if (afterConnector !== NOT_FOUND && this.isNumberToken(afterConnector) && this.data.quantityNouns.has(this.word(afterConnector + 1))) {
      return false;
    }
    return (year >= 1900 && year < 2040) || this.data.datePrepositions.has(previous);
  }

  /** A weekday, maybe with a date after it ("vrijdag 24 mei", "Friday, January 4, 2019"). */
  private weekdayAt(t: number, mode: Mode | null, weekOffset: number): number {
    const weekday = this.data.weekdays.get(this.tokens.lower[t]) ?? 0;
    let k = t + 1;
    if (this.word(k) === ',') k++;
    const date = this.dateAt(k);
    if (date && date.day !== null) {
      const end = this.emit(t, date.end, this.dateValue(date, t));
      return this.closedRangeAfter(end, this.found[this.found.length - 1].value);
    }
    const day = this.dayAt(t + 1);
    if (day > 0) {
      const range = this.openRangeAt(t, t + 2, day);
      if (range !== NOT_FOUND) return range;
      // "vrijdag 24, ..." but not "maandag 15 doden".
      const after = t + 2;
      if (!this.isWordToken(after) || this.tokens.capitalised[after] === 1 || this.data.datePrepositions.has(this.tokens.lower[after])) {
        return this.emit(t, t + 2, this.resolve.weekdayWithDay(weekday, day));
      }
    }
    if (mode === null && this.looksLikeName(t)) return NOT_FOUND;
    let end = t + 1;
    if (this.data.partOfDayWords.has(this.word(end))) end++;
    let resolvedMode = mode;
    let resolvedOffset = weekOffset;
    const post = this.data.postModifiers.get(this.word(end));
    const weekAfter = mode === null ? this.relativeWeekAt(end) : null;
    if (mode === null && post !== undefined) {
      resolvedMode = post;
      end++;
    } else if (weekAfter) {
      // "woensdag vorige week"
      [resolvedMode, resolvedOffset, end] = ['this', weekAfter[0], weekAfter[1]];
    }
    return this.emit(t, end, this.resolve.weekdayValue(weekday, resolvedMode, resolvedOffset, this.weekdayTense(t, end)));
  }

  /** "Sunday Times", "Monday Night Football": a capitalised word after a capitalised weekday makes a name. */
  private looksLikeName(t: number): boolean {
    if (this.tokens.capitalised[t] === 0 || !this.capitalisedInside(t + 1)) return false;
    const next = this.tokens.lower[t + 1];
    if (this.data.months.has(next) || this.data.weekdays.has(next) || this.data.partOfDayWords.has(next)) return false;
    return !this.data.datePrepositions.has(this.word(t - 1));
  }

  /** A month name first: "January 4, 2019", "March 3-5", "maart 2022", or the month alone. */
  private monthFirstAt(t: number): number {
    const dayRangeMonth = this.monthAt(t);
    if (dayRangeMonth) {
      const range = DAY_RANGE_TOKEN.exec(this.word(dayRangeMonth[1]));
      if (range) {
        const k = dayRangeMonth[1];
        const second = this.withYear(k + 1, dayRangeMonth[0], Number(range[2]));
        const value = this.dateValue(second, t);
        const dash = this.tokens.lower[k].indexOf('-');
        this.emitChars(this.tokens.starts[t], this.tokens.starts[k] + dash, sameMonthDay(value, Number(range[1])));
        this.emitChars(this.tokens.starts[k] + dash + 1, this.tokens.ends[second.end - 1], value);
        return second.end;
      }
    }
    const date = this.dateAt(t);
    if (date) {
      const end = this.emit(t, date.end, this.dateValue(date, t));
      return date.day === null ? end : this.closedRangeAfter(end, this.found[this.found.length - 1].value);
    }
    const month = this.data.months.get(this.tokens.lower[t]);
    if (month === undefined || !this.isMonthAlone(t)) return NOT_FOUND;
    return this.emit(t, t + 1, this.resolve.nearestMonth(month, null, this.tenseOf(t, t + 1)));
  }

  /** Whether a month name without day or year is the month here, not a name ("Mei"), verb ("march") or modal. */
  private isMonthAlone(t: number): boolean {
    const data = this.data;
    const word = this.tokens.lower[t];
    const previous = this.word(t - 1);
    const introduced =
      data.datePrepositions.has(previous) ||
      data.positionModifiers.has(previous) ||
      data.pastModifiers.has(previous) ||
      data.futureModifiers.has(previous) ||
      data.thisModifiers.has(previous) ||
      (previous === '-' && data.positionModifiers.has(this.word(t - 2)));
    const capitalised = this.tokens.capitalised[t] === 1;
    // "May's deal": a possessive makes the ambiguous month a name.
    if (data.ambiguousMonths.has(word) && this.word(t + 1) === "'" && this.word(t + 2) === 's') return false;
    if (data.monthsCapitalised) {
      if (!capitalised) return false;
      if (this.capitalisedInside(t + 1) && !introduced) return false;
      return !data.ambiguousMonths.has(word) || introduced;
    }
    if (!capitalised) return true;
    if (this.tokens.initial[t] === 0) return false;
    return !data.ambiguousMonths.has(word) || introduced;
  }

  private relativeDayAt(t: number): number {
    const word = this.tokens.lower[t];
    if (this.data.ambiguousRelativeDays.has(word)) {
      const previous = this.word(t - 1);
      if (this.data.articles.has(previous) || this.data.thisModifiers.has(previous) || this.data.weekdays.has(previous) || previous === 's') {
        return NOT_FOUND;
      }
    }
    let end = t + 1;
    if (this.data.partOfDayWords.has(this.word(end))) end++;
    return this.emit(t, end, this.resolve.relativeDay(this.data.relativeDays.get(word) ?? 0));
  }

  /** "vorige maand", "deze week", "afgelopen vrijdag", "last March", "this summer", "de afgelopen drie jaar". */
  private modifiedAt(t: number): number {
    const data = this.data;
    let k = t + 1;
    let mode: Mode = this.modeOf(this.tokens.lower[t]) ?? 'this';
    // "this past weekend"
    if (mode === 'this' && data.pastModifiers.has(this.word(k))) {
      mode = 'past';
      k++;
    }
    const word = this.word(k);
    const first = data.articles.has(this.word(t - 1)) ? t - 1 : t;
    // "het afgelopen jaar", "the past three years" (but not "the previous year"): a stretch of time up to now.
    const stretch = first < t && data.stretchModifiers.has(this.tokens.lower[t]);
    const unit = data.units.get(word);
    if (unit !== undefined) {
      if (unit === 'week' && data.weekdays.has(this.word(k + 1))) {
        const before = this.found.length;
        const end = this.weekdayAt(k + 1, 'this', MODE_OFFSET[mode]);
        this.found[before].start = this.tokens.starts[t];
        return end;
      }
      const duration = PAST_STRETCH[unit];
      if (stretch && duration !== null) return this.emit(first, k + 1, duration);
      return this.emit(t, k + 1, this.resolve.unitValue(unit, MODE_OFFSET[mode]));
    }
    if (data.weekdays.has(word)) {
      const before = this.found.length;
      const end = this.weekdayAt(k, mode, 0);
      this.found[before].start = this.tokens.starts[t];
      return end;
    }
    const month = data.months.get(word);
    if (month !== undefined && (!data.monthsCapitalised || this.tokens.capitalised[k] === 1)) {
      return this.emit(t, k + 1, this.resolve.nearestMonth(month, mode, this.tenseOf(t, k + 1)));
    }
    const season = data.seasons.get(word);
    if (season !== undefined) return this.emit(t, k + 1, this.resolve.seasonValue(season, mode));
    const holiday = this.phraseAt(k, data.holidays);
    if (holiday) return this.emit(t, holiday[1], this.resolve.holidayValue(holiday[0], mode, this.tenseOf(t, holiday[1])));
    const amount = this.numberValueAt(k);
    const agoUnit = data.agoUnits.get(this.word(k + 1));
    if (amount > 0 && agoUnit !== undefined && (stretch || (first === t && mode === 'past'))) return this.emit(first, k + 2, `P${amount}${DURATION_LETTER[agoUnit]}`);
    // "de afgelopen maanden", "the past years": a stretch of unstated length.
    const pluralUnit = data.stretchUnits.get(word);
    if (stretch && pluralUnit !== undefined) return this.emit(first, k + 1, `PX${DURATION_LETTER[pluralUnit]}`);
    return NOT_FOUND;
  }

  /** "the 1990s", "de jaren negentig", "the nineties", "de twintigste eeuw", "the mid-1990s", "de zomer van 2019". */
  private articleAt(t: number): number {
    let k = t + 1;
    if (this.data.positionModifiers.has(this.word(k))) {
      k++;
      if (this.word(k) === '-' && this.touching(k - 1, k)) k++;
    }
    const before = this.found.length;
    let end = NOT_FOUND;
    const word = this.word(k);
    const decade = this.data.decadeNouns.size === 0 ? this.data.decadeWords.get(word) : undefined;
    if (decade !== undefined) end = this.emit(k, k + 1, `19${decade}`);
    else if (this.data.decadeNouns.has(word)) end = this.decadeNounAt(k);
    else if (this.data.seasons.has(word)) end = this.seasonWithYearAt(k);
    else if (this.tokens.kinds[k] === NUMBER && DECADE_TOKEN.test(word)) end = this.emit(k, k + 1, word.slice(0, 3));
    else if (this.tokens.kinds[k] === PUNCT) end = this.shortDecadeAt(k);
    else end = this.centuryAt(k);
    if (end === NOT_FOUND) return NOT_FOUND;
    this.found[before].start = this.tokens.starts[t];
    return end;
  }

  /** "jaren negentig", "jaren 90", "jaren '90". */
  private decadeNounAt(t: number): number {
    let k = t + 1;
    if (this.word(k) === "'") k++;
    const decadeWord = this.data.decadeWords.get(this.word(k));
    if (decadeWord !== undefined) return this.emit(t, k + 1, `19${decadeWord}`);
    const short = this.isNumberToken(k) ? SHORT_DECADE_TOKEN.exec(this.tokens.lower[k]) : null;
    return short ? this.emit(t, k + 1, `19${short[1]}`) : NOT_FOUND;
  }

  /** "'90s" (an apostrophe token, then "90s"). */
  private shortDecadeAt(t: number): number {
    if (this.tokens.lower[t] !== "'" || !this.isNumberToken(t + 1) || !this.touching(t, t + 1)) return NOT_FOUND;
    const short = /^(\d)0s$/.exec(this.tokens.lower[t + 1]);
    return short ? this.emit(t, t + 2, `19${short[1]}`) : NOT_FOUND;
  }

  /** "21e eeuw", "20th century", "twintigste eeuw": TIMEX3 century values ("19" for the 20th century). */
  private centuryAt(t: number): number {
    if (!this.data.centuryWords.has(this.word(t + 1))) return NOT_FOUND;
    let ordinal = this.data.ordinalWords.get(this.word(t)) ?? 0;
    if (ordinal === 0 && this.isNumberToken(t)) {
      const match = DAY_TOKEN.exec(this.tokens.lower[t]);
      if (match && this.data.ordinalSuffixes.has(match[2])) ordinal = Number(match[1]);
    }
    if (ordinal < 1 || ordinal > 30) return NOT_FOUND;
    return this.emit(t, t + 2, String(ordinal - 1).padStart(2, '0'));
  }

  /** "zomer 2019", "summer of 2019", "de zomer van 2019". */
  private seasonWithYearAt(t: number): number {
    const season = this.data.seasons.get(this.tokens.lower[t]);
    if (season === undefined) return NOT_FOUND;
    let k = t + 1;
    if (this.data.positionLinkWords.has(this.word(k))) k++;
    const year = this.yearTokenAt(k);
    return year > 0 ? this.emit(t, k + 1, `${formatYear(year)}-${season}`) : NOT_FOUND;
  }

  /** "drie weken geleden", "two years ago". */
  private agoAt(t: number): number {
    const amount = this.numberValueAt(t);
    const unit = this.data.agoUnits.get(this.word(t + 1));
    if (amount <= 0 || unit === undefined || !this.data.agoWords.has(this.word(t + 2))) return NOT_FOUND;
    return this.emit(t, t + 3, this.resolve.agoValue(unit, amount));
  }
}

/** The date `day` in the month of a resolved 'YYYY-MM-DD' value; '' when that is unresolved or invalid. */
function sameMonthDay(value: string, day: number): string {
  if (value.length < 7) return '';
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  return isValidDate(year, month, day) ? formatDay(dayNumber(year, month, day)) : '';
}
