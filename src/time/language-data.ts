/** The per-language knowledge of time expressions, read from `src/lang/<code>/time.json`, validated and indexed. */
import { scanTokens } from './scan.js';

export type Direction = 'past' | 'future';
export type CalendarUnit = 'week' | 'weekend' | 'month' | 'year' | 'quarter';
export type AgoUnit = 'day' | 'week' | 'month' | 'year' | 'decade';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A multi-word entry as the lower-cased tokens `scanTokens` gives, with what it stands for. */
export interface Phrase<T> {
  tokens: string[];
  value: T;
}

/** Phrases by their first token, longest first. */
export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

export interface TimeLanguage {
  language: string;
  /** Full month names (lower case) to 1-12. */
  months: Map<string, number>;
  /** Abbreviations, only taken next to a day number or year ("4 jan. 2019", "Jan. 4"). */
  monthAbbreviations: Map<string, number>;
  /** Month names that are also common words or names ("May", "March"): alone they need a preposition. */
  ambiguousMonths: Set<string>;
  /** Whether month names are written with a capital (English) or not (Dutch: a capital then hints at a name). */
  monthsCapitalised: boolean;
  /** How an all-digit date reads ("24-05-2019" day first, "5/24/2019" month first); ISO 2019-05-24 always works. */
  numericDateOrder: 'dmy' | 'mdy';
  /** Weekday names and their compounds with a part of the day ("vrijdagavond") to ISO weekday 1-7. */
  weekdays: Map<string, number>;
  /** Words that may follow a weekday or relative day inside the expression ("Friday night"). */
  partOfDayWords: Set<string>;
  /** One-word relative days ("gisteren", "yesterday") to their offset from the publication day. */
  relativeDays: Map<string, number>;
  relativeDayPhrases: PhraseIndex<number>;
  /** Relative days that are also ordinary words ("morgen" as "morning"): not after an article or a weekday. */
  ambiguousRelativeDays: Set<string>;
  pastModifiers: Set<string>;
  futureModifiers: Set<string>;
  thisModifiers: Set<string>;
  /** Modifiers after a weekday ("zaterdag jongstleden"). */
  postModifiers: Map<string, Direction>;
  units: Map<string, CalendarUnit>;
  agoUnits: Map<string, AgoUnit>;
  /** Plural unit words after a stretch modifier ("de afgelopen maanden", "the past years"). */
  stretchUnits: Map<string, AgoUnit>;
  /** Past modifiers that, after an article, make a stretch up to now ("het afgelopen jaar", "the past week"). */
  stretchModifiers: Set<string>;
  agoWords: Set<string>;
  numberWords: Map<string, number>;
  seasons: Map<string, Season>;
  /** Words that narrow an expression to part of it ("begin maart", "early 2019"): they join the span. */
  positionModifiers: Set<string>;
  /** Words between a position word and the expression ("the end of March"). */
  positionLinkWords: Set<string>;
  /** Decade words ("negentig", "nineties") to the decade digit. */
  decadeWords: Map<string, number>;
  /** Nouns that precede a decade word ("jaren negentig"); empty when the decade word stands alone. */
  decadeNouns: Set<string>;
  centuryWords: Set<string>;
  ordinalWords: Map<string, number>;
  ordinalSuffixes: Set<string>;
  articles: Set<string>;
  /** Words between a day and its month ("the 4th of July"). */
  dayMonthLinkWords: Set<string>;
  rangeConnectors: PhraseIndex<true>;
  /**
   * Prepositions that introduce a date ("in", "op", "since"): after them a four-digit number is a year even outside
   * 1900-2039, and an ambiguous month name ("May") is a month.
   */
  datePrepositions: Set<string>;
  /** Nouns after which a number is a quantity, not a year ("2000 euro"). */
  quantityNouns: Set<string>;
  /** Words and symbols after which a number is no year ("nummer 2019", "€ 2000"). */
  notYearAfter: Set<string>;
  /** Holidays on a fixed date: phrase to 'MM-DD'. */
  holidays: PhraseIndex<string>;
  futureCues: Set<string>;
  pastCues: Set<string>;
  /** Words that open a new clause: tense cues beyond them say nothing about the expression. */
  clauseBoundaries: Set<string>;
  /**
   * Past-tense forms (and perfect auxiliaries) anywhere in the sentence: a sentence without any, nor a word with a
   * past suffix, is in the present, and a bare weekday in it is today or ahead ("Oranje speelt vrijdag de finale").
   */
  pastVerbs: Set<string>;
  /** Endings of regular past forms ("meldde", "announced"), on words of five letters or more. */
  pastSuffixes: string[];
  /** Endings of plural regular past forms ("belden"), which infinitives share ("melden"). */
  pluralPastSuffixes: string[];
  /** Words that govern an infinitive ("kunnen", "te"): with one in the sentence a plural past ending says nothing. */
  infinitiveMarkers: Set<string>;
  /** Words with such an ending that are no past forms ("zodoende", "indeed"). */
  pastSuffixExceptions: Set<string>;
  /** Words after which a word with a past ending is an adjective ("de tweede", "the injured"). */
  determiners: Set<string>;
  /** What a participle looks like ("geraakt", "aangehouden", "beroofd"); null when the language has no such test. */
  participlePattern: RegExp | null;
  /** Auxiliaries of the perfect besides those in pastVerbs ("is ... aangehouden"): a participle needs one. */
  perfectAuxiliaries: Set<string>;
  /** Present passive auxiliaries: with one in the sentence a participle is no past ("wordt ... gekeurd"). */
  passiveAuxiliaries: Set<string>;
  /** Every word an expression can start with: all other words are passed over at the cost of one lookup. */
  triggers: Set<string>;
}

const UNITS: readonly CalendarUnit[] = ['week', 'weekend', 'month', 'year', 'quarter'];
const AGO_UNITS: readonly AgoUnit[] = ['day', 'week', 'month', 'year', 'decade'];
const SEASONS: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
const DIRECTIONS: readonly Direction[] = ['past', 'future'];

const FIELDS: readonly string[] = [
  'language', 'months', 'monthAbbreviations', 'ambiguousMonths', 'monthsCapitalised', 'numericDateOrder', 'weekdays',
  'weekdayCompoundSuffixes', 'partOfDayWords', 'relativeDays', 'relativeDayPhrases', 'ambiguousRelativeDays',
  'pastModifiers', 'futureModifiers', 'thisModifiers', 'postModifiers', 'units', 'agoUnits', 'agoWords',
  'stretchUnits', 'stretchModifiers', 'numberWords', 'seasons', 'positionModifiers', 'positionLinkWords',
  'decadeWords', 'decadeNouns', 'centuryWords', 'ordinalWords', 'ordinalSuffixes', 'articles', 'dayMonthLinkWords',
  'rangeConnectors', 'datePrepositions', 'quantityNouns', 'notYearAfter', 'holidays', 'futureCues', 'pastCues',
  'clauseBoundaries', 'pastVerbs', 'pastSuffixes', 'pluralPastSuffixes', 'infinitiveMarkers', 'pastSuffixExceptions',
  'determiners', 'participlePattern', 'perfectAuxiliaries', 'passiveAuxiliaries',
];

/** Checks raw JSON for a language and returns it indexed; throws naming the language and the bad field. */
export function validateTimeData(raw: unknown, language: string): TimeLanguage {
  const fail = (problem: string): never => {
    throw new Error(`time data for '${language}': ${problem}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const data = raw as Record<string, unknown>;
  if (data.language !== language) fail(`language is ${JSON.stringify(data.language)}`);
  const unknown = Object.keys(data).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) fail(`unknown field(s) ${unknown.join(', ')}`);

  const isLowerWord = (s: string) => s.length > 0 && s === s.toLowerCase() && !/^\s|\s$/.test(s);
  const words = (key: string): Set<string> => {
    const value = data[key];
    if (!Array.isArray(value)) return fail(`${key} must be an array`);
    for (const item of value) {
      if (typeof item !== 'string' || !isLowerWord(item)) fail(`${key} holds ${JSON.stringify(item)}, not a lower-case word`);
    }
    return new Set(value as string[]);
  };
  const table = <T>(key: string, check: (v: unknown) => v is T, what: string): Map<string, T> => {
    const value = data[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${key} must be an object`);
    const map = new Map<string, T>();
    for (const [word, item] of Object.entries(value)) {
      if (!isLowerWord(word)) fail(`${key} has key ${JSON.stringify(word)}, not lower case`);
      if (!check(item)) fail(`${key}.${word} is ${JSON.stringify(item)}, not ${what}`);
      map.set(word, item as T);
    }
    return map;
  };
  const pattern = (key: string): RegExp | null => {
    const value = data[key];
    if (typeof value !== 'string') return fail(`${key} must be a string (a regular expression, or "" for none)`);
    if (value === '') return null;
    try {
      return new RegExp(value, 'u');
    } catch (error) {
      return fail(`${key} is no regular expression: ${(error as Error).message}`);
    }
  };
  const integerIn = (lo: number, hi: number) => (v: unknown): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
  const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => values.includes(v as T);
  const isMonthDay = (v: unknown): v is string => typeof v === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v);
  const phrases = <T>(map: Map<string, T>): PhraseIndex<T> => {
    const index: PhraseIndex<T> = new Map();
    for (const [text, value] of map) {
      const tokens = scanTokens(text).lower;
      const list = index.get(tokens[0]) ?? [];
      list.push({ tokens, value });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      index.set(tokens[0], list);
    }
    return index;
  };

  const monthsCapitalised = data.monthsCapitalised;
  if (typeof monthsCapitalised !== 'boolean') fail('monthsCapitalised must be true or false');
  const months = table('months', integerIn(1, 12), 'a month number');
  if (months.size !== 12) fail(`months has ${months.size} names, not 12`);
  const weekdays = table('weekdays', integerIn(1, 7), 'an ISO weekday 1-7');
  if (weekdays.size !== 7) fail(`weekdays has ${weekdays.size} names, not 7`);
  for (const suffix of words('weekdayCompoundSuffixes')) {
    for (const [name, day] of [...weekdays]) weekdays.set(name + suffix, day);
  }
  const ambiguousMonths = words('ambiguousMonths');
  for (const month of ambiguousMonths) if (!months.has(month)) fail(`ambiguousMonths holds ${month}, not a month name`);
  const connectors = words('rangeConnectors');

  const indexed: Omit<TimeLanguage, 'triggers'> = {
    language,
    months,
    monthAbbreviations: table('monthAbbreviations', integerIn(1, 12), 'a month number'),
    ambiguousMonths,
    monthsCapitalised: monthsCapitalised as boolean,
    numericDateOrder: data.numericDateOrder === 'dmy' || data.numericDateOrder === 'mdy' ? data.numericDateOrder : fail('numericDateOrder must be "dmy" or "mdy"'),
    weekdays,
    partOfDayWords: words('partOfDayWords'),
    relativeDays: table('relativeDays', integerIn(-7, 7), 'a day offset'),
    relativeDayPhrases: phrases(table('relativeDayPhrases', integerIn(-7, 7), 'a day offset')),
    ambiguousRelativeDays: words('ambiguousRelativeDays'),
    pastModifiers: words('pastModifiers'),
    futureModifiers: words('futureModifiers'),
    thisModifiers: words('thisModifiers'),
    postModifiers: table('postModifiers', oneOf(DIRECTIONS), 'past or future'),
    units: table('units', oneOf(UNITS), `one of ${UNITS.join(', ')}`),
    agoUnits: table('agoUnits', oneOf(AGO_UNITS), `one of ${AGO_UNITS.join(', ')}`),
    agoWords: words('agoWords'),
    stretchUnits: table('stretchUnits', oneOf(AGO_UNITS), `one of ${AGO_UNITS.join(', ')}`),
    stretchModifiers: words('stretchModifiers'),
    numberWords: table('numberWords', integerIn(1, 1000), 'a number'),
    seasons: table('seasons', oneOf(SEASONS), `one of ${SEASONS.join(', ')}`),
    positionModifiers: words('positionModifiers'),
    positionLinkWords: words('positionLinkWords'),
    decadeWords: table('decadeWords', integerIn(1, 9), 'a decade digit'),
    decadeNouns: words('decadeNouns'),
    centuryWords: words('centuryWords'),
    ordinalWords: table('ordinalWords', integerIn(1, 30), 'an ordinal number'),
    ordinalSuffixes: words('ordinalSuffixes'),
    articles: words('articles'),
    dayMonthLinkWords: words('dayMonthLinkWords'),
    rangeConnectors: phrases(new Map([...connectors].map((c) => [c, true as const]))),
    datePrepositions: words('datePrepositions'),
    quantityNouns: words('quantityNouns'),
    notYearAfter: words('notYearAfter'),
    holidays: phrases(table('holidays', isMonthDay, "a 'MM-DD' date")),
    futureCues: words('futureCues'),
    pastCues: words('pastCues'),
    clauseBoundaries: words('clauseBoundaries'),
    pastVerbs: words('pastVerbs'),
    pastSuffixes: [...words('pastSuffixes')],
    pluralPastSuffixes: [...words('pluralPastSuffixes')],
    infinitiveMarkers: words('infinitiveMarkers'),
    pastSuffixExceptions: words('pastSuffixExceptions'),
    determiners: words('determiners'),
    participlePattern: pattern('participlePattern'),
    perfectAuxiliaries: words('perfectAuxiliaries'),
    passiveAuxiliaries: words('passiveAuxiliaries'),
  };
  const triggers = new Set<string>();
  const startWords: Iterable<string>[] = [
    indexed.weekdays.keys(), indexed.months.keys(), indexed.monthAbbreviations.keys(), indexed.relativeDays.keys(),
    indexed.pastModifiers, indexed.futureModifiers, indexed.thisModifiers, indexed.articles, indexed.decadeNouns,
    indexed.seasons.keys(), indexed.ordinalWords.keys(), indexed.numberWords.keys(), indexed.positionModifiers,
    indexed.holidays.keys(), indexed.relativeDayPhrases.keys(),
  ];
  for (const words of startWords) for (const word of words) triggers.add(word);
  return { ...indexed, triggers };
}
