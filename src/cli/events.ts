import { UsageError, type Command } from './command.js';
import { oneOf, parseCommandLine, wholeNumberOption } from './options.js';
import { EVENT_STATUSES, PLOVER_TYPES, type EventStatus, type PloverType } from '../doc/article.js';
import { lookup } from '../kb/index.js';
import { EVENT_FORMATS, eventWriter, type EventFormat } from '../io/writers/index.js';
import { DEFAULT_STORE_PATH, EVENT_SORTS, openStore, type EventQuery, type EventSort, type Store } from '../store/index.js';

/** How many rows a table shows when --limit is not given (the export formats write every match). */
export const TABLE_LIMIT = 50;

const usage = `Usage: kroniek events [options]

Lists the events in a store (see kroniek ingest) that match every filter given, or exports them.

Filters:
  --actor NAME                 either party: a name, the text as written, or a Wikidata id (Q148)
  --source-actor NAME, --target-actor NAME
                               a source (target) party, named as for --actor
  --source-country C           a source party's country: ISO 3166-1 alpha-3 (CHN) or a name (China)
  --target-country C           a target party's country
  --type T[,T...]              PLOVER types (${PLOVER_TYPES.slice(0, 3).join(', ')}, ...)
  --status S[,S...]            ${EVENT_STATUSES.join(', ')}
  --from DATE, --to DATE       first and last day (YYYY-MM-DD, YYYY-MM or YYYY): the event's date, else its
                               article's publication date
  --q WORDS                    words the article's title or text contains (all of them)

Output:
  --format F                   table (default), json, jsonl, csv, plover (PLOVER JSON lines), gdelt
                               (GDELT-style tab-separated); docs/exports.md describes each
  --sort S                     ${EVENT_SORTS.join(', ')} (default date: oldest first)
  --limit N, --offset N        a page of the matches (default: ${TABLE_LIMIT} for a table, all otherwise)
  --count                      print only the number of matches
  --db FILE                    the store (default ${DEFAULT_STORE_PATH})

Example: kroniek events --type THREATEN --source-country China --target-country Taiwan --from 2024-03
`;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'query the stored events, or export them (CSV, PLOVER, GDELT-style)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      actor: { type: 'string' },
      'source-actor': { type: 'string' },
      'target-actor': { type: 'string' },
      'source-country': { type: 'string' },
      'target-country': { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      q: { type: 'string' },
      format: { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      count: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const format = oneOf(values.format, EVENT_FORMATS, '--format') ?? 'table';
    const query: EventQuery = {
      actor: values.actor,
      sourceActor: values['source-actor'],
      targetActor: values['target-actor'],
      sourceCountry: countryCode(values['source-country'], '--source-country'),
      targetCountry: countryCode(values['target-country'], '--target-country'),
      type: listOf(values.type, PLOVER_TYPES, '--type', (v) => v.toUpperCase()) as PloverType[] | undefined,
      status: listOf(values.status, EVENT_STATUSES, '--status', (v) => v.toLowerCase()) as EventStatus[] | undefined,
      from: dayOption(values.from, '--from'),
      to: dayOption(values.to, '--to'),
      q: values.q,
      sort: oneOf(values.sort, EVENT_SORTS, '--sort') as EventSort | undefined,
      limit: wholeNumberOption(values.limit, '--limit') ?? (format === 'table' ? TABLE_LIMIT : undefined),
      offset: wholeNumberOption(values.offset, '--offset'),
    };
    return withStore(values.db, async (store) => {
      if (values.count) {
        io.stdout.write(`${await store.countEvents(query)}\n`);
        return 0;
      }
      const writer = eventWriter(format as EventFormat, io.stdout);
      let shown = 0;
      for await (const event of store.eachEvent(query)) {
        await writer.write(event);
        shown++;
      }
      await writer.end();
      if (format === 'table') {
        const total = await store.countEvents(query);
        if (total === 0) io.stderr.write('kroniek events: no events match\n');
        else if (total > shown) io.stderr.write(`kroniek events: ${shown} of ${total} shown (--limit, --offset for more)\n`);
      }
      return 0;
    });
  },
};


/** Opens the store named by --db (it must exist), runs `action`, and closes it. */
export async function withStore(db: string | undefined, action: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openStore(db ?? DEFAULT_STORE_PATH, { mustExist: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  try {
    return await action(store);
  } finally {
    await store.close();
  }
}



function listOf(
  value: string | undefined,
  allowed: readonly string[],
  flag: string,
  normalize: (item: string) => string,
): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => normalize(item.trim())).filter((item) => item !== '');
  for (const item of items) if (!allowed.includes(item)) throw new UsageError(`${flag} ${item}: expected one of ${allowed.join(', ')}`);
  return items;
}

function dayOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new UsageError(`${flag} ${value}: expected YYYY-MM-DD, YYYY-MM or YYYY`);
  return value;
}

/** A country option as its code: a three-letter code as given, else the country the knowledge base names so. */
export function countryCode(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
  const country = lookup(value).find((candidate) => candidate.kind === 'country' && candidate.country !== '');
  if (!country) throw new UsageError(`${flag} ${value}: not a country Kroniek knows; give its ISO 3166-1 alpha-3 code`);
  return country.country;
}
