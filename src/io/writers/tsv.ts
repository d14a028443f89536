import type { FieldValue } from './csv.js';

/**
 * One tab-separated record with its LF line end. Fields cannot hold the separators, so a backslash, tab, LF or CR
 * in a value is written as \\\\, \\t, \\n or \\r (the "linear TSV" convention).
 */
export function tsvRecord(fields: readonly FieldValue[]): string {
  return fields.map(tsvField).join('\t') + '\n';
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function tsvField(value: FieldValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char]);
}
