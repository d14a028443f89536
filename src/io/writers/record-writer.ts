import type { Writable } from 'node:stream';
import { csvRecord, type FieldValue } from './csv.js';
import { formatTable, type TableColumn } from './table.js';
import { tsvRecord } from './tsv.js';

/** Writes records one by one to a stream, waiting when the stream asks to (back-pressure). */
export interface RecordWriter<T> {
  write(record: T): Promise<void>;
  end(): Promise<void>;
}

/** How one output format lays out records: text before the first, for each, and after the last. */
export interface Encoding<T> {
  start(): string;
  record(record: T, first: boolean): string;
  end(): string;
}

export function recordWriter<T>(out: Writable, encoding: Encoding<T>): RecordWriter<T> {
  let first = true;
  const emit = async (data: string) => {
    if (data !== '' && !out.write(data)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  return {
    async write(record) {
      const text = (first ? encoding.start() : '') + encoding.record(record, first);
      first = false;
      await emit(text);
    },
    async end() {
      await emit((first ? encoding.start() : '') + encoding.end());
    },
  };
}

/** A JSON array, streamed. */
export function jsonEncoding<T>(toJson: (record: T) => unknown = (record) => record): Encoding<T> {
  let any = false;
  return {
    start: () => '[',
    record: (record, first) => {
      any = true;
      return `${first ? '\n' : ',\n'}${JSON.stringify(toJson(record))}`;
    },
    end: () => (any ? '\n]\n' : ']\n'),
  };
}

/** One JSON document per line. */
export function jsonlEncoding<T>(toJson: (record: T) => unknown = (record) => record): Encoding<T> {
  return { start: () => '', record: (record) => JSON.stringify(toJson(record)) + '\n', end: () => '' };
}

/** Delimited records (CSV or TSV) under a header row. */
export function delimitedEncoding<T>(
  kind: 'csv' | 'tsv',
  header: readonly string[],
  fields: (record: T) => FieldValue[],
): Encoding<T> {
  const line = kind === 'csv' ? csvRecord : tsvRecord;
  return { start: () => line(header), record: (record) => line(fields(record)), end: () => '' };
}

export interface ColumnOf<T> extends TableColumn {
  value(record: T): FieldValue;
}

/** An aligned table; it needs every row for the widths, so it is written at the end. */
export function tableEncoding<T>(columns: readonly ColumnOf<T>[]): Encoding<T> {
  const rows: FieldValue[][] = [];
  return {
    start: () => '',
    record: (record) => {
      rows.push(columns.map((column) => column.value(record)));
      return '';
    },
    end: () => formatTable(columns, rows),
  };
}

/** The formats of a plain listing (actors, articles). */
export const RECORD_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/**
 * A listing in one of RECORD_FORMATS: the table and CSV show `columns` (CSV under their headers in lower case), JSON
 * the records themselves.
 */
export function tabularWriter<T>(format: RecordFormat, out: Writable, columns: readonly ColumnOf<T>[]): RecordWriter<T> {
  const header = columns.map((column) => column.header.toLowerCase());
  const fields = (record: T) => columns.map((column) => column.value(record));
  const encoding: Encoding<T> =
    format === 'table'
      ? tableEncoding(columns)
      : format === 'json'
        ? jsonEncoding()
        : format === 'jsonl'
          ? jsonlEncoding()
          : delimitedEncoding('csv', header, fields);
  return recordWriter(out, encoding);
}
