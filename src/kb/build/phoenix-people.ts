/**
 * Converts the people in the PETRARCH2 Phoenix actor dictionaries (MIT licence, Open Event Data Alliance) into
 * src/kb/data/people-phoenix.tsv. Run once when the dictionaries or the curated people change:
 *
 *   npx tsx src/kb/build/phoenix-people.ts [PETRARCH2_DIR]   (default: ../shared/data/petrarch2 from the repo root)
 *
 * A person is a dictionary record with at least one dated code, e.g. `JOE_BIDEN_` with `[USAGOV >090120]`. The
 * dictionaries name no role titles, so roles are generic per sector (GOV: official). Dated ELI ranges (the years
 * before an office) are dropped, overlapping ranges are merged or cut at the later start, roles left open are closed
 * at OPEN_ROLES_END (the dictionaries stop in early 2015), people whose offices all ended before 1990 are left out,
 * and so is anyone the curated people*.tsv files already describe (see isCurated): curated data wins. Aliases that
 * carry a title or a nationality ("PRESIDENT_PUTIN", "RUSSIAN_PRESIDENT_...") are dropped: the linker handles titles
 * through agent nouns.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../normalize.js';

// Resolves to the repository's src/kb/data from src/kb/build and from a compiled dist/kb/build alike.
const DATA_DIR = fileURLToPath(new URL('../../../src/kb/data/', import.meta.url));
const OUTPUT = `${DATA_DIR}people-phoenix.tsv`;
const SOURCE_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt'];
const EARLIEST_END = '1990-01-01';
/**
 * The dictionaries' last dated entries are from early 2015. A role they leave open ("still in office") is closed at
 * this date rather than claimed for today; later dates fall to the person's default role, or to the nearest one.
 */
const OPEN_ROLES_END = '2016-01-01';

/** CAMEO country codes that differ from ISO 3166 alpha-3 (and the ISO 3166-3 codes of historical states). */
const CAMEO_TO_ISO: Record<string, string> = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', KSV: 'XKX', USR: 'SUN', FRY: 'YUG' };

const ROLE_BY_SECTOR: Record<string, string> = {
  GOV: 'official',
  MIL: 'military-commander',
  LEG: 'legislator',
  JUD: 'judge',
  ELI: 'former',
  OPP: 'opposition-leader',
  REB: 'rebel-leader',
  SPY: 'intelligence',
  COP: 'police',
  IGO: 'igo-official',
  NGO: 'ngo-official',
  BUS: 'business',
  MED: 'journalist',
  REL: 'religious-leader',
};

const TITLE_WORDS = new Set(
  (
    'PRESIDENT PRESIDENT-ELECT PRIME MINISTER VICE VICE-PRESIDENT FOREIGN DEFENSE DEFENCE SECRETARY SECRETARY-GENERAL ' +
    'GENERAL GEN GEN. KING QUEEN PRINCE PRINCESS SENATOR GOVERNOR MR MR. MRS MRS. MS MS. DR DR. CHAIRMAN CHANCELLOR ' +
    'PREMIER MAYOR LEADER AMBASSADOR ENVOY SPOKESMAN COMMANDER COLONEL COL. LT. LIEUTENANT MAJOR ADMIRAL MARSHAL ' +
    'CAPTAIN UN U.N. UNITED NATIONS NATION FORMER EX EX- DEPUTY SPEAKER JUDGE JUSTICE CHIEF HEAD OFFICIAL REP. SEN. ' +
    'PRES. SECRETARY-GENERAL, EMIR AYATOLLAH SUPREME PRESIDENTIAL MINISTRY OF THE STATE INTERIOR FINANCE ' +
    'DIRECTOR-GENERAL DIRECTOR ENVOYS HIGH COMMISSIONER MANAGING ADMINISTRATION GOVERNMENT CABINET REGIME'
  ).split(' '),
);

const SECTORS = new Set(readTsvColumn(`${DATA_DIR}sectors.tsv`, 0));

interface Range {
  country: string;
  sector: string;
  from: string;
  to: string;
}

interface Person {
  name: string;
  aliases: string[];
  ranges: Range[];
  fallback?: Range;
}

function main(): void {
  const root = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/data/petrarch2/', import.meta.url));
  const countries = new Set(readTsvColumn(`${DATA_DIR}countries.tsv`, 0));
  for (const code of ['IGO', 'NGO', 'IMG']) countries.add(code);
  const adjectives = countryAdjectives();
  const curated = curatedPeople();
  const people = new Map<string, Person>();
  let skipped = 0;
  for (const file of SOURCE_FILES) {
    for (const record of readRecords(`${root}/${file}`)) {
      const person = toPerson(record, countries, adjectives);
      if (!person) {
        skipped++;
        continue;
      }
      const key = nameKey(person.name);
      const existing = people.get(key);
      if (existing) {
        existing.aliases.push(...person.aliases);
        existing.ranges.push(...person.ranges);
        existing.fallback ??= person.fallback;
      } else people.set(key, person);
    }
  }
  const lines = [
    '# People from the PETRARCH2 Phoenix actor dictionaries (openeventdata/petrarch2, MIT licence, Copyright (c) 2014',
    '# Open Event Data Alliance), converted by src/kb/build/phoenix-people.ts: do not edit by hand; add or correct people',
    '# in people.tsv (curated entries replace these on the next conversion). Roles are generic per sector; the',
    `# dictionaries stop in early 2015, so roles they leave open end at ${OPEN_ROLES_END}.`,
    'id\twikidata\tnames',
  ];
  const ids = new Set(curated.ids);
  let written = 0;
  for (const person of [...people.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const names = unique([person.name, ...person.aliases]);
    if (isCurated(names, person, curated)) continue;
    const ranges = cleanRanges(person.ranges);
    if (!ranges.some((r) => r.to === '' || r.to >= EARLIEST_END)) continue;
    const id = uniqueId(slug(person.name), ranges[0].country, ids);
    lines.push(`${id}\t\t${names.join('|')}`);
    for (const r of ranges) lines.push(`\t${r.country}\t${r.sector}\t${roleOf(r.sector)}\t${r.from}\t${r.to}`);
    if (person.fallback) {
      const f = person.fallback;
      lines.push(`\t${f.country}\t${f.sector}\t${roleOf(f.sector)}\t\t`);
    }
    written++;
  }
  writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
  process.stderr.write(`phoenix-people: wrote ${written} people to ${OUTPUT} (${skipped} records skipped)\n`);
}

interface DictionaryRecord {
  phrases: string[];
  codes: string[];
  inlineCode?: string;
}

/** The records of a TABARI/PETRARCH actor dictionary: a phrase line, +synonym lines, tab-indented [code] lines. */
function* readRecords(path: string): Generator<DictionaryRecord> {
  let current: DictionaryRecord | undefined;
  for (const raw of readFileSync(path, 'latin1').split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/;.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      const code = /\[([^\]]*)\]/.exec(line);
      if (current && code) current.codes.push(code[1].trim());
    } else if (line.startsWith('+')) {
      current?.phrases.push(phraseOf(line.slice(1)));
    } else {
      if (current) yield current;
      const inline = /\[([^\]]*)\]/.exec(line);
      current = { phrases: [phraseOf(line.replace(/\[.*$/, ''))], codes: [], inlineCode: inline?.[1].trim() };
    }
  }
  if (current) yield current;
}

function phraseOf(text: string): string {
  return text.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}

function toPerson(record: DictionaryRecord, countries: Set<string>, adjectives: Set<string>): Person | undefined {
  const ranges: Range[] = [];
  let fallback: Range | undefined;
  for (const code of record.codes) {
    const match = /^([A-Z]{3,})\s*(.*)$/.exec(code);
    if (!match) continue;
    const range = parseRange(match[1], match[2], countries);
    if (!range) continue;
    if (range.from === '' && range.to === '') fallback = range;
    else if (range.sector !== 'ELI') ranges.push(range);
  }
  if (ranges.length === 0) return undefined;
  const names = record.phrases.filter((p) => p !== '' && !hasTitle(p, adjectives)).map(titleCase);
  if (names.length === 0) return undefined;
  return { name: names[0], aliases: names.slice(1), ranges, fallback };
}

function parseRange(code: string, restriction: string, countries: Set<string>): Range | undefined {
  const cameo = code.slice(0, 3);
  const country = CAMEO_TO_ISO[cameo] ?? cameo;
  if (!countries.has(country)) return undefined;
  const sector = country === 'IGO' || country === 'NGO' ? country : code.slice(3, 6);
  if (!SECTORS.has(sector)) return undefined;
  let from = '';
  let to = '';
  const text = restriction.trim();
  if (text.startsWith('>')) from = parseDate(text.slice(1)) ?? 'x';
  else if (text.startsWith('<')) to = parseDate(text.slice(1)) ?? 'x';
  else if (text.includes('-')) {
    const [a, b] = text.split('-');
    from = parseDate(a) ?? 'x';
    to = parseDate(b) ?? 'x';
  } else if (text !== '') return undefined;
  if (from === 'x' || to === 'x' || (from !== '' && to !== '' && from >= to)) return undefined;
  return { country, sector, from, to };
}

/** YYYYMMDD, or YYMMDD with 00-30 read as 20YY. */
function parseDate(text: string): string | undefined {
  const digits = text.trim();
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) [year, rest] = [Number(digits.slice(0, 4)), digits.slice(4)];
  else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    [year, rest] = [yy <= 30 ? 2000 + yy : 1900 + yy, digits.slice(2)];
  } else return undefined;
  const date = `${year}-${rest.slice(0, 2)}-${rest.slice(2)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : date;
}

/** Sorted, without overlaps: equal codes merge, different ones end where the next begins. */
function cleanRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const clean: Range[] = [];
  for (const range of sorted) {
    const last = clean[clean.length - 1];
    const overlapping = last && (last.to === '' || range.from === '' || range.from < last.to);
    if (!overlapping) {
      clean.push({ ...range });
    } else if (last.country === range.country && last.sector === range.sector) {
      if (last.to !== '' && (range.to === '' || range.to > last.to)) last.to = range.to;
    } else {
      last.to = range.from;
      if (last.to !== '' && last.from !== '' && last.from >= last.to) clean.pop();
      if (range.from === '' && clean.length > 0) continue;
      clean.push({ ...range });
    }
  }
  for (const range of clean) if (range.to === '' && range.from < OPEN_ROLES_END) range.to = OPEN_ROLES_END;
  return clean.filter((r) => r.from === '' || r.to === '' || r.from < r.to);
}

function hasTitle(phrase: string, adjectives: Set<string>): boolean {
  return phrase.split(' ').some((word) => TITLE_WORDS.has(word) || adjectives.has(word.toLowerCase()));
}

const LOWER_PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'al', 'el', 'bin', 'ibn', 'da', 'di', 'du', 'la', 'le', 'y']);

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      i > 0 && LOWER_PARTICLES.has(word) ? word : word.replace(/(^|[-'.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}

function roleOf(sector: string): string {
  return ROLE_BY_SECTOR[sector] ?? 'member';
}

function slug(name: string): string {
  return nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}

function uniqueId(base: string, country: string, ids: Set<string>): string {
  let id = ids.has(base) ? `${base}-${country.toLowerCase()}` : base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${country.toLowerCase()}-${n}`;
  ids.add(id);
  return id;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = nameKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readTsvColumn(path: string, column: number): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t')[column]);
}

/** English country adjectives and demonyms in upper case, to spot aliases like RUSSIAN_PRESIDENT_... */
function countryAdjectives(): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(`${DATA_DIR}countries.tsv`, 'utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    for (const item of [...(cells[5] ?? '').split('|'), ...(cells[6] ?? '').split('|')]) {
      const text = item.replace(/^[a-z]{2}:/, '');
      if (text && !text.includes(' ')) words.add(text.toLowerCase());
    }
  }
  return words;
}

interface CuratedPeople {
  ids: Set<string>;
  /** Name key -> the countries in which the curated people of that name hold roles. */
  names: Map<string, Set<string>>;
}

/**
 * Whether the curated files already describe this person: one of its names of several words is a curated name, or
 * its canonical name is a curated name (one word, such as Akihito or Suharto) of someone with a role in the same
 * country. A single surname alone is not enough, so a Phoenix "Kenny" of another country is kept.
 */
function isCurated(names: string[], person: Person, curated: CuratedPeople): boolean {
  if (names.some((n) => n.includes(' ') && curated.names.has(nameKey(n)))) return true;
  const countries = curated.names.get(nameKey(person.name));
  return countries !== undefined && person.ranges.some((r) => countries.has(r.country));
}

/** Ids, and name keys with role countries, of the people in the curated people*.tsv files. */
function curatedPeople(): CuratedPeople {
  const ids = new Set<string>();
  const names = new Map<string, Set<string>>();
  for (const file of readdirSync(DATA_DIR)) {
    if (!/^people.*\.tsv$/.test(file) || `${DATA_DIR}${file}` === OUTPUT) continue;
    let keys: string[] = [];
    for (const line of readFileSync(`${DATA_DIR}${file}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('id\t')) continue;
      const cells = line.split('\t');
      if (line.startsWith('\t')) {
        for (const key of keys) names.get(key)!.add(cells[1]);
        continue;
      }
      ids.add(cells[0]);
      keys = cells[2].split('|').map((name) => nameKey(name.replace(/^[a-z]{2}:/, '')));
      for (const key of keys) if (!names.has(key)) names.set(key, new Set());
    }
  }
  return { ids, names };
}

main();
