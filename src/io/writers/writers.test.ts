import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { StoredEvent } from '../../store/store.js';
import { sampleArticles } from '../../store/testing/articles.js';
import { PACKAGE_VERSION } from '../../version.js';
import { csvRecord } from './csv.js';
import { EVENT_FORMATS, eventWriter, type EventFormat } from './event-writer.js';
import { tsvRecord } from './tsv.js';

/** The sample events as the store gives them, with a fixed ingest time so that outputs are repeatable. */
async function sampleEvents(): Promise<StoredEvent[]> {
  const store = openSqliteStore(':memory:');
  await store.addBatch({ articles: sampleArticles(), errors: [] });
  const events = await store.events({ sort: 'ingested' });
  await store.close();
  return events.map((e) => ({ ...e, ingestedAt: '2024-05-01T12:30:45.000Z' }));
}

async function render(format: EventFormat, events: StoredEvent[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = eventWriter(format, out);
  for (const e of events) await writer.write(e);
  await writer.end();
  return Buffer.concat(chunks).toString('utf8');
}

const EXTENSIONS: Record<EventFormat, string> = { table: 'txt', json: 'json', jsonl: 'jsonl', csv: 'csv', plover: 'plover.jsonl', gdelt: 'tsv' };

describe('event exports', () => {
  for (const format of EVENT_FORMATS) {
    it(`writes ${format} as the golden file has it`, async () => {
      const golden = new URL(`./golden/events.${EXTENSIONS[format]}`, import.meta.url);
      const actual = (await render(format, await sampleEvents())).replaceAll(`kroniek ${PACKAGE_VERSION}`, 'kroniek VERSION');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
      assert.equal(actual, readFileSync(golden, 'utf8'));
    });
  }

  it('writes an empty JSON array, and a header alone, when there are no events', async () => {
    assert.equal(await render('json', []), '[]\n');
    assert.equal((await render('csv', [])).split('\r\n').length, 2);
    assert.equal(await render('jsonl', []), '');
  });

  it('CSV output reads back, field for field', async () => {
    const events = await sampleEvents();
    const rows = parseCsv(await render('csv', events));
    assert.equal(rows.length, 1 + events.length);
    const title = rows[0].indexOf('title');
    const evidence = rows[0].indexOf('evidence_text');
    assert.equal(rows[4][title], 'Talks, "again"\nin Geneva');
    assert.equal(rows[4][evidence], 'The United States and China agreed to talk again\tin Geneva');
    assert.equal(rows[4][rows[0].indexOf('source_countries')], 'USA;CHN');
    assert.ok(rows.every((row) => row.length === rows[0].length));
  });

  it('GDELT output has one line per event and the same number of fields on each', async () => {
    const lines = (await render('gdelt', await sampleEvents())).split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 5);
    assert.ok(lines.every((line) => line.split('\t').length === lines[0].split('\t').length));
  });
});

describe('delimited records', () => {
  it('quotes CSV fields with commas, quotes and line breaks, and only those', () => {
    assert.equal(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', 3.5, null, undefined]), 'plain,"a,b","say ""hi""","two\nlines","cr\r",3.5,,\r\n');
  });

  it('escapes tabs, line breaks and backslashes in TSV fields', () => {
    assert.equal(tsvRecord(['a\tb', 'one\ntwo\r', 'back\\slash', 7, null]), 'a\\tb\tone\\ntwo\\r\tback\\\\slash\t7\t\n');
  });
});

/** A strict RFC 4180 reader, for checking what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (!(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += text[i++];
    }
  }
  return rows;
}
