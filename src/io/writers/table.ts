import type { FieldValue } from './csv.js';

export interface TableColumn {
  header: string;
  /** Widest the column gets; longer values are cut with an ellipsis. */
  maxWidth: number;
  align?: 'left' | 'right';
}

/**
 * Rows as an aligned plain-text table for a terminal: one line per row (line breaks and tabs in a value become
 * spaces), columns as wide as their widest value up to `maxWidth`, separated by two spaces.
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly FieldValue[])[]): string {
  const cells = rows.map((row) => columns.map((column, i) => cell(row[i], column.maxWidth)));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => [...row[i]].length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (columns[i].align === 'right' ? value.padStart(widths[i]) : value.padEnd(widths[i])))
      .join('  ')
      .trimEnd() + '\n';
  return line(columns.map((column) => column.header)) + cells.map(line).join('');
}

function cell(value: FieldValue, maxWidth: number): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length <= maxWidth ? text : chars.slice(0, maxWidth - 1).join('') + '…';
}
