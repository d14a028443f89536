import { UsageError, type Command } from './command.js';
import { countryCode, TABLE_LIMIT, withStore } from './events.js';
import { oneOf, parseCommandLine, wholeNumberOption } from './options.js';
import { RECORD_FORMATS, tabularWriter, type ColumnOf } from '../io/writers/index.js';
import { DEFAULT_STORE_PATH, type ActorSummary } from '../store/index.js';

const usage = `Usage: kroniek actors [options]

Lists the actors of the stored articles with how many events each takes part in (as source, as target) and how
many articles mention it, most events first. One actor across articles: the same Wikidata id, else the same name,
country and sector.

Options:
  --name TEXT                  actors whose name contains TEXT
  --country C                  actors of this country (ISO 3166-1 alpha-3 or a name)
  --format table|json|jsonl|csv   (default table)
  --limit N, --offset N        a page (default: ${TABLE_LIMIT} for a table, all otherwise)
  --db FILE                    the store (default ${DEFAULT_STORE_PATH})
`;

const COLUMNS: readonly ColumnOf<ActorSummary>[] = [
  { header: 'NAME', maxWidth: 40, value: (a) => a.name },
  { header: 'COUNTRY', maxWidth: 7, value: (a) => a.country },
  { header: 'SECTOR', maxWidth: 6, value: (a) => a.sector },
  { header: 'WIKIDATA', maxWidth: 12, value: (a) => a.wikidata },
  { header: 'EVENTS', maxWidth: 8, align: 'right', value: (a) => a.events },
  { header: 'AS_SOURCE', maxWidth: 9, align: 'right', value: (a) => a.asSource },
  { header: 'AS_TARGET', maxWidth: 9, align: 'right', value: (a) => a.asTarget },
  { header: 'ARTICLES', maxWidth: 8, align: 'right', value: (a) => a.articles },
];

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'list the stored actors with their event counts',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, {
      name: { type: 'string' },
      country: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const format = oneOf(values.format, RECORD_FORMATS, '--format') ?? 'table';
    const query = {
      name: values.name,
      country: countryCode(values.country, '--country'),
      limit: wholeNumberOption(values.limit, '--limit') ?? (format === 'table' ? TABLE_LIMIT : undefined),
      offset: wholeNumberOption(values.offset, '--offset'),
    };
    return withStore(values.db, async (store) => {
      const writer = tabularWriter(format, io.stdout, COLUMNS);
      for (const actor of await store.actors(query)) await writer.write(actor);
      await writer.end();
      return 0;
    });
  },
};
