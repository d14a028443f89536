import type { Writable } from 'node:stream';
import type { StoredEvent } from '../../store/store.js';
import { EVENT_COLUMNS, eventFields } from './event-columns.js';
import { resolvedParties } from './event-parties.js';
import { GDELT_COLUMNS, gdeltFields } from './gdelt.js';
import { ploverRecord } from './plover.js';
import {
  delimitedEncoding,
  jsonEncoding,
  jsonlEncoding,
  recordWriter,
  tableEncoding,
  type ColumnOf,
  type Encoding,
  type RecordWriter,
} from './record-writer.js';

export const EVENT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'plover', 'gdelt'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

const names = (stored: StoredEvent, role: 'source' | 'target') =>
  resolvedParties(stored, role)
    .map((party) => party.name)
    .join('; ');

const EVENT_TABLE: readonly ColumnOf<StoredEvent>[] = [
  { header: 'DAY', maxWidth: 10, value: (e) => e.day },
  { header: 'TYPE', maxWidth: 9, value: (e) => e.event.type },
  { header: 'STATUS', maxWidth: 12, value: (e) => e.event.status },
  { header: 'SOURCE', maxWidth: 24, value: (e) => names(e, 'source') },
  { header: 'TARGET', maxWidth: 24, value: (e) => names(e, 'target') },
  { header: 'EVIDENCE', maxWidth: 60, value: (e) => e.evidenceText },
  { header: 'ARTICLE', maxWidth: 30, value: (e) => e.article.id },
];

/** Writes stored events in one of the export formats (docs/exports.md). */
export function eventWriter(format: EventFormat, out: Writable): RecordWriter<StoredEvent> {
  return recordWriter(out, eventEncoding(format));
}

function eventEncoding(format: EventFormat): Encoding<StoredEvent> {
  switch (format) {
    case 'table':
      return tableEncoding(EVENT_TABLE);
    case 'json':
      return jsonEncoding();
    case 'jsonl':
      return jsonlEncoding();
    case 'csv':
      return delimitedEncoding('csv', EVENT_COLUMNS, eventFields);
    case 'plover':
      return jsonlEncoding(ploverRecord);
    case 'gdelt':
      return delimitedEncoding('tsv', GDELT_COLUMNS, gdeltFields);
  }
}
