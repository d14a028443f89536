/**
 * Reads and validates the knowledge-base data files (format: docs/kb.md). Every problem becomes a KbIssue naming the
 * file and line; nothing is thrown, so that `kroniek kb validate` can list all of them at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  ORGANISATION_KINDS,
  PSEUDO_COUNTRIES,
  type Actor,
  type ActorName,
  type KbIssue,
  type NameUse,
  type OrganisationKind,
  type PersonRole,
  type RoleDefinition,
  type Sector,
} from './types.js';

/** File kinds, in the order they are read (later kinds refer to codes defined by earlier ones). */
const FILE_KINDS = ['sectors', 'roles', 'countries', ...ORGANISATION_KINDS, 'people', 'agents'] as const;
type FileKind = (typeof FILE_KINDS)[number];

const HEADERS: Record<FileKind, string> = {
  sectors: 'code\tplover\tdescription',
  roles: 'role\trank\tsector\ten\tnl',
  countries: 'code\twikidata\tfrom\tto\tnames\tadjectives\tdemonyms',
  metonym: 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames',
  institution: 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames',
  international: 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames',
  media: 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames',
  group: 'id\tcountry\tsector\tflags\twikidata\tfrom\tto\tnames',
  people: 'id\twikidata\tnames',
  agents: 'lang\tsingular\tplural\tsector\trole\tflags',
};

/** File name stems (before an optional "-anything") for each kind. */
const FILE_STEMS: Record<string, FileKind> = {
  sectors: 'sectors',
  roles: 'roles',
  countries: 'countries',
  metonyms: 'metonym',
  institutions: 'institution',
  international: 'international',
  media: 'media',
  groups: 'group',
  people: 'people',
  agents: 'agents',
};

const ORGANISATION_FLAGS = new Set(['context', 'state']);
const AGENT_FLAGS = new Set(['person', 'official', 'state']);
const LANGUAGES = new Set(['nl', 'en']);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CODE_PATTERN = /^[A-Z]{3}$/;
const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;
const BLANK = /^\s*$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NO_FLAGS: ReadonlySet<string> = new Set();
/** Shared by every actor that is not a person (never written to). */
const NO_ROLES: PersonRole[] = [];

/** An agent-noun entry as read: every form with whether it is plural. */
export interface AgentEntry {
  language: string;
  singular: string[];
  plural: string[];
  sector: string;
  role: string;
  flags: ReadonlySet<string>;
  source: string;
}

export interface KbData {
  sectors: Map<string, Sector>;
  roles: Map<string, RoleDefinition>;
  actors: Actor[];
  agents: AgentEntry[];
  /** Records read per file kind (people: persons; agents: entries). */
  counts: Record<string, number>;
  issues: KbIssue[];
}

/** The data files in a directory that the knowledge base reads, by kind (other files are ignored). */
export function dataFiles(dir: string): { path: string; kind: FileKind }[] {
  const files: { path: string; kind: FileKind }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const kind = fileKind(name);
    if (kind) files.push({ path: join(dir, name), kind });
  }
  return files;
}

function fileKind(fileName: string): FileKind | undefined {
  const match = /^([a-z]+)(?:-[A-Za-z0-9_.-]+)?\.tsv$/.exec(fileName);
  return match ? FILE_STEMS[match[1]] : undefined;
}

/**
 * Reads every data file in the directories and validates them. Files are read kind by kind across all directories
 * (sectors, roles and countries first), so a user directory may use codes that another directory defines.
 */
export function readKnowledgeBase(dirs: readonly string[]): KbData {
  const files = dirs.flatMap(dataFiles);
  files.sort((a, b) => FILE_KINDS.indexOf(a.kind) - FILE_KINDS.indexOf(b.kind));
  const reader = new Reader();
  for (const file of files) reader.readFile(file.path, file.kind);
  return reader.result();
}

class Reader {
  private readonly sectors = new Map<string, Sector>();
  private readonly roles = new Map<string, RoleDefinition>();
  private readonly countries = new Set<string>(PSEUDO_COUNTRIES);
  private readonly actors: Actor[] = [];
  private readonly agents: AgentEntry[] = [];
  private readonly ids = new Map<string, Actor>();
  private readonly counts: Record<string, number> = {};
  private readonly issues: KbIssue[] = [];
  private file = '';
  private fileName = '';
  private line = 0;

  result(): KbData {
    return {
      sectors: this.sectors,
      roles: this.roles,
      actors: this.actors,
      agents: this.agents,
      counts: this.counts,
      issues: this.issues,
    };
  }

  readFile(path: string, kind: FileKind): void {
    this.file = path;
    this.fileName = basename(path);
    const content = readFileSync(path, 'utf8');
    const lines = (content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content).split('\n');
    let headerSeen = false;
    // The person that role lines belong to; null after an invalid person line (its roles are skipped quietly).
    let person: Actor | null | undefined;
    let roleLines = 0;
    for (let i = 0; i < lines.length; i++) {
      this.line = i + 1;
      const text = lines[i];
      if (text.length === 0 || text.charCodeAt(0) === 35 /* # */ || BLANK.test(text)) continue;
      if (!headerSeen) {
        headerSeen = true;
        if (text !== HEADERS[kind]) this.issue(`expected the header line "${HEADERS[kind].replaceAll('\t', '<TAB>')}"`);
        continue;
      }
      const cells = text.split('\t');
      if (kind === 'people') {
        if (cells[0] === '') {
          roleLines++;
          if (person) this.readRole(person, cells);
          else if (person === undefined) this.issue('role line before any person line');
          continue;
        }
        if (person) this.finishPerson(person, roleLines);
        person = this.readPerson(cells) ?? null;
        roleLines = 0;
        continue;
      }
      if (kind === 'sectors') this.readSector(cells);
      else if (kind === 'roles') this.readRoleDefinition(cells);
      else if (kind === 'countries') this.readCountry(cells);
      else if (kind === 'agents') this.readAgent(cells);
      else this.readOrganisation(kind, cells);
    }
    if (person) this.finishPerson(person, roleLines);
    if (!headerSeen) this.issue('empty file: no header line');
  }

  private issue(message: string): void {
    this.issues.push({ file: this.file, line: this.line, message });
  }

  private columns(cells: string[], count: number): boolean {
    if (cells.length === count) return true;
    this.issue(`expected ${count} tab-separated columns, found ${cells.length}`);
    return false;
  }

  private count(kind: string): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  private here(): string {
    return `${this.fileName}:${this.line}`;
  }

  private readSector(cells: string[]): void {
    if (!this.columns(cells, 3)) return;
    const [code, plover, description] = cells;
    if (!CODE_PATTERN.test(code)) return this.issue(`sector code '${code}' is not three capital letters`);
    if (plover && !CODE_PATTERN.test(plover)) return this.issue(`PLOVER code '${plover}' is not three capital letters`);
    if (this.sectors.has(code)) return this.issue(`duplicate sector '${code}'`);
    this.sectors.set(code, { code, plover, description });
    this.count('sectors');
  }

  private readRoleDefinition(cells: string[]): void {
    if (!this.columns(cells, 5)) return;
    const [role, rankText, sector, en, nl] = cells;
    if (!/^[a-z][a-z-]*$/.test(role)) return this.issue(`role '${role}' must be lower-case words joined by hyphens`);
    const rank = Number(rankText);
    if (!Number.isInteger(rank) || rank < 0 || rank > 100) return this.issue(`rank '${rankText}' is not 0..100`);
    if (!this.checkSector(sector, true)) return;
    if (this.roles.has(role)) return this.issue(`duplicate role '${role}'`);
    this.roles.set(role, { role, rank, sector, en, nl });
    this.count('roles');
  }

  private readCountry(cells: string[]): void {
    if (!this.columns(cells, 7)) return;
    const [code, wikidata, from, to, names, adjectives, demonyms] = cells;
    if (!CODE_PATTERN.test(code)) return this.issue(`country code '${code}' is not three capital letters`);
    if (!this.checkWikidata(wikidata) || !this.checkRange(from, to)) return;
    const parsed = [
      ...this.parseNames(names, 'name'),
      ...this.parseNames(adjectives, 'adjective'),
      ...this.parseNames(demonyms, 'demonym'),
    ];
    if (!parsed.some((n) => n.use === 'name')) return this.issue('a country needs at least one name');
    if (!this.claimId(code)) return;
    this.countries.add(code);
    this.addActor({ id: code, kind: 'country', names: parsed, country: code, sector: '', wikidata, from, to });
  }

  private readOrganisation(kind: OrganisationKind, cells: string[]): void {
    if (!this.columns(cells, 8)) return;
    const [id, country, sector, flagText, wikidata, from, to, names] = cells;
    const flags = this.parseFlags(flagText, ORGANISATION_FLAGS);
    if (!flags || !this.checkId(id) || !this.checkCountry(country) || !this.checkSector(sector, false)) return;
    if (!this.checkWikidata(wikidata) || !this.checkRange(from, to)) return;
    const before = this.issues.length;
    const parsed = this.parseNames(names, 'name');
    if (parsed.length === 0) return this.noNames(before);
    if (!this.claimId(id)) return;
    this.addActor({ id, kind, names: parsed, country, sector, wikidata, from, to, flags });
  }

  private readPerson(cells: string[]): Actor | undefined {
    if (!this.columns(cells, 3)) return undefined;
    const [id, wikidata, names] = cells;
    if (!this.checkId(id) || !this.checkWikidata(wikidata)) return undefined;
    const before = this.issues.length;
    const parsed = this.parseNames(names, 'name');
    if (parsed.length === 0) return void this.noNames(before);
    if (!this.claimId(id)) return undefined;
    return this.addActor({ id, kind: 'person', names: parsed, country: '', sector: '', wikidata, from: '', to: '' });
  }

  private readRole(person: Actor, cells: string[]): void {
    if (!this.columns(cells, 6)) return;
    const [, country, sector, roleText, from, to] = cells;
    if (!this.checkCountry(country) || !this.checkSector(sector, false) || !this.checkRange(from, to)) return;
    const concurrent = roleText.startsWith('+');
    const role = concurrent ? roleText.slice(1) : roleText;
    if (!this.checkRole(role, false)) return;
    const added: PersonRole = { country, sector, role, from, to, concurrent };
    const dated = from !== '' || to !== '';
    if (concurrent && !dated) return this.issue(`${person.id}: a concurrent role (+${role}) needs a date`);
    for (const other of person.roles) {
      const otherDated = other.from !== '' || other.to !== '';
      if (!dated && !otherDated) return this.issue(`${person.id} has two default (undated) roles`);
      // A concurrent office may overlap the main roles and other offices; main roles must not overlap each other,
      // nor may the same concurrent office in the same country.
      const clash = concurrent ? other.concurrent && other.role === role && other.country === country : !other.concurrent;
      if (dated && otherDated && clash && overlaps(other, added)) {
        return this.issue(`${person.id}: role ${role} ${from}..${to} overlaps ${other.role} ${other.from}..${other.to}`);
      }
    }
    person.roles.push(added);
  }

  private finishPerson(person: Actor, roleLines: number): void {
    if (person.roles.length === 0) {
      // Without any role line that is an error of its own; invalid role lines were reported already.
      if (roleLines === 0) {
        this.issues.push({ file: this.file, line: person.line, message: `${person.id} has no roles` });
      }
      return;
    }
    person.roles.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const main = person.roles.find((r) => r.from === '' && r.to === '') ?? person.roles[person.roles.length - 1];
    person.country = main.country;
    person.sector = main.sector;
  }

  private readAgent(cells: string[]): void {
    if (!this.columns(cells, 6)) return;
    const [language, singular, plural, sector, role, flagText] = cells;
    if (!LANGUAGES.has(language)) return this.issue(`unknown language '${language}'`);
    const flags = this.parseFlags(flagText, AGENT_FLAGS);
    if (!flags || !this.checkSector(sector, true) || !this.checkRole(role, true)) return;
    const singulars = splitList(singular);
    const plurals = splitList(plural);
    if (singulars.length + plurals.length === 0 || [...singulars, ...plurals].some((f) => f === '')) {
      return this.issue('agent forms must be non-empty, separated by |');
    }
    this.agents.push({ language, singular: singulars, plural: plurals, sector, role, flags, source: this.here() });
    this.count('agents');
  }

  private addActor(fields: Omit<Actor, 'name' | 'roles' | 'file' | 'line' | 'flags'> & { flags?: ReadonlySet<string> }): Actor {
    // One literal with every field in a fixed order keeps all actors in one hidden class.
    const actor: Actor = {
      id: fields.id,
      kind: fields.kind,
      name: fields.names[0].text,
      names: fields.names,
      country: fields.country,
      sector: fields.sector,
      wikidata: fields.wikidata,
      from: fields.from,
      to: fields.to,
      flags: fields.flags && fields.flags.size > 0 ? fields.flags : NO_FLAGS,
      roles: fields.kind === 'person' ? [] : NO_ROLES,
      file: this.fileName,
      line: this.line,
    };
    this.actors.push(actor);
    this.ids.set(actor.id, actor);
    this.count(fields.kind);
    return actor;
  }

  /** Reports a record without names, unless its names were already reported as invalid. */
  private noNames(issuesBefore: number): void {
    if (this.issues.length === issuesBefore) this.issue('no names');
  }

  private claimId(id: string): boolean {
    const previous = this.ids.get(id);
    if (!previous) return true;
    this.issue(`duplicate id '${id}' (first defined at ${previous.file}:${previous.line})`);
    return false;
  }

  private checkId(id: string): boolean {
    if (ID_PATTERN.test(id)) return true;
    this.issue(`id '${id}' may only contain letters, digits, '.', '_' and '-'`);
    return false;
  }

  private checkCountry(code: string): boolean {
    if (this.countries.has(code)) return true;
    this.issue(`unknown country code '${code}' (not in countries.tsv nor one of ${PSEUDO_COUNTRIES.join(', ')})`);
    return false;
  }

  private checkSector(code: string, optional: boolean): boolean {
    if ((optional && code === '') || this.sectors.has(code)) return true;
    this.issue(`unknown sector '${code}' (sectors.tsv lists the codes)`);
    return false;
  }

  private checkRole(role: string, optional: boolean): boolean {
    if ((optional && role === '') || this.roles.has(role)) return true;
    this.issue(`unknown role '${role}' (roles.tsv lists the roles)`);
    return false;
  }

  private checkWikidata(id: string): boolean {
    if (id === '' || WIKIDATA_PATTERN.test(id)) return true;
    this.issue(`malformed Wikidata id '${id}' (expected Q followed by digits, or empty)`);
    return false;
  }

  private checkRange(from: string, to: string): boolean {
    if (!this.checkDate(from) || !this.checkDate(to)) return false;
    if (from !== '' && to !== '' && from >= to) {
      this.issue(`inverted date range: ${from} is not before ${to}`);
      return false;
    }
    return true;
  }

  private checkDate(date: string): boolean {
    if (date === '' || isDate(date)) return true;
    this.issue(`malformed date '${date}' (expected YYYY-MM-DD)`);
    return false;
  }

  private parseFlags(text: string, allowed: ReadonlySet<string>): ReadonlySet<string> | undefined {
    if (text === '') return NO_FLAGS;
    const flags = new Set(splitList(text));
    for (const flag of flags) {
      if (!allowed.has(flag)) {
        this.issue(`unknown flag '${flag}' (allowed: ${[...allowed].join(', ')})`);
        return undefined;
      }
    }
    return flags;
  }

  private parseNames(text: string, use: NameUse): ActorName[] {
    const names: ActorName[] = [];
    for (const item of splitList(text)) {
      const tagged = item.length > 3 && item.charCodeAt(2) === 58 /* : */ && /^[a-z]{2}:/.test(item);
      const language = tagged ? item.slice(0, 2) : '';
      const marked = (tagged ? item.slice(3) : item).trim();
      const context = marked.startsWith('~');
      const name = context ? marked.slice(1).trim() : marked;
      if (name === '') this.issue(`empty name in '${text}'`);
      else if (tagged && !LANGUAGES.has(language)) this.issue(`unknown language tag '${language}:'`);
      else names.push({ text: name, language, use, context });
    }
    return names;
  }
}

function splitList(text: string): string[] {
  return text === '' ? [] : text.split('|');
}

/** YYYY-MM-DD naming a real day (read digit by digit: this runs for every role line). */
function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return false;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/** The number written by the digits in text[start, end), or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether two half-open ranges [from, to) share a day ('' = open-ended). */
function overlaps(a: Pick<PersonRole, 'from' | 'to'>, b: Pick<PersonRole, 'from' | 'to'>): boolean {
  const aBeforeB = a.to !== '' && b.from !== '' && a.to <= b.from;
  const bBeforeA = b.to !== '' && a.from !== '' && b.to <= a.from;
  return !aBeforeB && !bBeforeA;
}
