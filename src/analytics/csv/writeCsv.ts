/**
 * Rows → CSV text (RFC 4180), the export every chart offers of its data. A field is quoted only when it
 * holds a comma, a quote or a line break. Text that a spreadsheet would run as a formula (a card title
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so opening the export
 * never executes what someone typed into a title; numbers are written as they are.
 */

/** One CSV document: fields joined by commas, records by CRLF, ending in CRLF. */
export function writeCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
