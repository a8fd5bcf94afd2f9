/**
 * CSV per RFC 4180: fields holding `"`, `,`, CR or LF are quoted with their quotes doubled; records end with CRLF.
 *
 * Formula neutralisation: a text cell starting with `=`, `+`, `-`, `@`, tab or CR is what a spreadsheet would run as
 * a formula (`=HYPERLINK(...)` in a note), so it gets a leading single quote and reads as text. Numbers we produce
 * (counts, means, rates) are numbers, not text: a negative one keeps its `-` and stays a number.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
