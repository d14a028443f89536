/** The per-language words the linker needs, read from `src/lang/<code>/link.json` and validated. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timeLanguageFor } from '../time/languages.js';

export interface LinkLanguage {
  language: string;
  /** Prepositions that make a following place a location, not an actor ("in Oekraïne", "near Kyiv"). */
  locativePrepositions: ReadonlySet<string>;
  /** Words before a phrase that stay out of the mention ("de", "the", "zijn"). */
  determiners: ReadonlySet<string>;
  /** Lower-case words that may sit inside a multi-word name ("Straat van Taiwan", "Bank of China"). */
  nameConnectors: ReadonlySet<string>;
  /** Prepositions after an agent noun that name its country ("minister van Rusland", "troops from Russia"). */
  ofPrepositions: ReadonlySet<string>;
  /** Words that join two agent nouns under one modifier ("Chinese banken en bedrijven"). */
  coordinators: ReadonlySet<string>;
  /**
   * Dependency relations (UD) in which a context-dependent place ("Washington", "Rome", "Brussel") acts as its
   * government; elsewhere it stays a place.
   */
  argumentRelations: ReadonlySet<string>;
  /** Determiners that point back ("de", "the"): "de president" is the president the article named before. */
  anaphoricDeterminers: ReadonlySet<string>;
  /** Month and weekday names (lower case, from the language's time data): a name made of them is no one ("November"). */
  calendarNames: ReadonlySet<string>;
}

const FIELDS = ['locativePrepositions', 'determiners', 'anaphoricDeterminers', 'nameConnectors', 'ofPrepositions', 'coordinators', 'argumentRelations'] as const;

const cache = new Map<string, LinkLanguage>();

/** The linker's data for `language`; throws when the file is missing or malformed. */
export function linkLanguage(language: string): LinkLanguage {
  let data = cache.get(language);
  if (!data) {
    data = readLinkLanguage(language);
    cache.set(language, data);
  }
  return data;
}

function readLinkLanguage(language: string): LinkLanguage {
  const file = fileURLToPath(new URL(`../../src/lang/${language}/link.json`, import.meta.url));
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`no linker data for language '${language}' (${file}: ${(error as Error).message})`);
  }
  const sets = {} as Record<(typeof FIELDS)[number], ReadonlySet<string>>;
  for (const field of FIELDS) {
    const value = raw[field];
    if (!Array.isArray(value) || value.some((word) => typeof word !== 'string' || word !== word.toLowerCase() && field !== 'argumentRelations')) {
      throw new Error(`${file}: "${field}" must be a list of lower-case strings`);
    }
    sets[field] = new Set(value as string[]);
  }
  const time = timeLanguageFor(language);
  const calendarNames = new Set([...time.months.keys(), ...time.weekdays.keys()]);
  return { language, ...sets, calendarNames };
}
