import { statSync } from 'node:fs';
import { UsageError, type Command, type CommandIo } from './command.js';
import { parseCommandLine } from './options.js';
import {
  formatIssue,
  knowledgeBase,
  loadKnowledgeBase,
  validateKnowledgeBase,
  type ActorCandidate,
  type AgentNoun,
  type KnowledgeBase,
} from '../kb/index.js';

const usage = `Usage: kroniek kb lookup NAME [--date YYYY-MM-DD] [--lang nl|en] [--data DIR]... [--limit N] [--json]
       kroniek kb agent WORD [--lang nl|en] [--json]
       kroniek kb validate [DIR...] [--only]

The actor knowledge base (docs/kb.md): countries, capitals and seats of power, institutions, international bodies,
media, armed groups, people with dated roles, and agent nouns.

  lookup     the candidate actors a name can refer to, best first; --date picks the role held on that day
             (a prefix such as 2022 or 2022-03 works too), --lang prefers names of that language,
             --data adds a directory of extra data files
  agent      the sector (and role) a generic noun implies: ambassadeur, troepen, state media, ...
  validate   checks the built-in data together with the data files in each DIR (--only: the DIRs alone) and
             prints the number of records per kind; exit status 1 with file:line errors when anything is invalid
`;

export const kbCommand: Command = {
  name: 'kb',
  summary: 'look up actors in the knowledge base, or validate its data files',
  usage,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'lookup') return runLookup(rest, io);
    if (action === 'agent') return runAgent(rest, io);
    if (action === 'validate') return runValidate(rest, io);
    throw new UsageError(action ? `unknown action '${action}'` : 'say lookup, agent or validate');
  },
};

function runLookup(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseCommandLine(argv, {
    date: { type: 'string' },
    lang: { type: 'string' },
    data: { type: 'string', multiple: true },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const name = positionals.join(' ').trim();
  if (name === '') throw new UsageError('name the actor to look up');
  const date = values.date as string | undefined;
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
    throw new UsageError(`--date ${date}: expected YYYY-MM-DD (or YYYY-MM, YYYY)`);
  }
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit ${String(values.limit)}: expected a positive whole number`);
  const kb = withData(values.data as string[] | undefined);
  const candidates = kb.lookup(name, { date, language: language(values.lang), limit });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(candidates)}\n`);
  } else if (candidates.length === 0) {
    io.stdout.write(`no actor known as '${name}'\n`);
  } else {
    for (const candidate of candidates) io.stdout.write(`${formatCandidate(candidate)}\n`);
  }
  return candidates.length > 0 ? 0 : 1;
}

function runAgent(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseCommandLine(argv, { lang: { type: 'string' }, json: { type: 'boolean' } });
  const word = positionals.join(' ').trim();
  if (word === '') throw new UsageError('name the word to look up');
  const noun = knowledgeBase().agentNoun(word, language(values.lang));
  if (values.json) io.stdout.write(`${JSON.stringify(noun ?? null)}\n`);
  else io.stdout.write(noun ? `${formatAgent(noun)}\n` : `'${word}' is not a known agent noun\n`);
  return noun ? 0 : 1;
}

function runValidate(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseCommandLine(argv, { only: { type: 'boolean' } });
  for (const dir of positionals) {
    if (!isDirectory(dir)) throw new UsageError(`${dir} is not a directory`);
  }
  if (values.only && positionals.length === 0) throw new UsageError('--only needs at least one DIR');
  const data = validateKnowledgeBase(positionals, !values.only);
  for (const [kind, count] of Object.entries(data.counts)) io.stdout.write(`${kind.padEnd(14)} ${count}\n`);
  for (const issue of data.issues) io.stderr.write(`${formatIssue(issue)}\n`);
  if (data.issues.length > 0) {
    io.stderr.write(`${data.issues.length} error${data.issues.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  io.stdout.write('valid\n');
  return 0;
}

function withData(dirs: string[] | undefined): KnowledgeBase {
  if (!dirs || dirs.length === 0) return knowledgeBase();
  for (const dir of dirs) if (!isDirectory(dir)) throw new UsageError(`--data ${dir}: not a directory`);
  return loadKnowledgeBase(dirs);
}

function formatCandidate(c: ActorCandidate): string {
  const code = [c.country, c.sector].filter(Boolean).join(' ');
  const role = c.role ? ` ${c.role}${c.from || c.to ? ` ${c.from || '…'}..${c.to || '…'}` : ''}` : '';
  const notes = [
    c.kind,
    c.use !== 'name' ? c.use : '',
    c.match !== 'exact' ? `${c.match} match` : '',
    c.dateMatch && c.dateMatch !== 'covered' ? `date: ${c.dateMatch}` : '',
    c.stateOwned ? 'state-owned' : '',
    c.contextDependent ? 'context-dependent' : '',
    c.wikidata ?? '',
  ].filter(Boolean);
  return `${c.score.toFixed(2)}  ${c.name} [${code}]${role}  (${notes.join(', ')})  id=${c.id}  ${c.source}`;
}

function formatAgent(noun: AgentNoun): string {
  const traits = [
    noun.person ? 'person' : 'group or body',
    noun.official ? 'official' : '',
    noun.stateOwned ? 'state-owned' : '',
    noun.plural ? 'plural' : '',
  ].filter(Boolean);
  return `${noun.lemma} (${noun.language}): sector ${noun.sector || '(of whom it speaks for)'}${noun.role ? `, role ${noun.role}` : ''}; ${traits.join(', ')}`;
}

function language(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value !== 'nl' && value !== 'en') throw new UsageError(`--lang ${String(value)}: expected nl or en`);
  return value;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}


