export { csvRecord, type FieldValue } from './csv.js';
export { tsvRecord } from './tsv.js';
export { formatTable, type TableColumn } from './table.js';
export { QUAD_CLASS } from './quad-class.js';
export { EVENT_COLUMNS, eventFields } from './event-columns.js';
export { attributedName, resolvedParties, type ResolvedParty } from './event-parties.js';
export { GDELT_COLUMNS, gdeltFields } from './gdelt.js';
export { ploverRecord, type PloverEntity } from './plover.js';
export { EVENT_FORMATS, eventWriter, type EventFormat } from './event-writer.js';
export {
  RECORD_FORMATS,
  delimitedEncoding,
  jsonEncoding,
  jsonlEncoding,
  recordWriter,
  tableEncoding,
  tabularWriter,
  type ColumnOf,
  type Encoding,
  type RecordFormat,
  type RecordWriter,
} from './record-writer.js';
