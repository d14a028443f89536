/** A value of a delimited record; null and undefined are written as empty fields. */
export type FieldValue = string | number | null | undefined;

/**
 * One CSV record (RFC 4180) with its CRLF line end: a field holding a comma, a double quote, CR or LF is quoted, and
 * its quotes doubled.
 */
export function csvRecord(fields: readonly FieldValue[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function csvField(value: FieldValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
