import { csvRecord, CsvCell } from './csv';
import { Column, ExportFormat } from './export-definition';

const cellOf = (value: CsvCell | object): CsvCell => (value !== null && typeof value === 'object' ? JSON.stringify(value) : value);

function csvLines<Row>(columns: readonly Column<Row>[]): (row: Row) => string {
  return (row) => csvRecord(columns.map((column) => cellOf(column.value(row))));
}

function ndjsonLines<Row>(columns: readonly Column<Row>[]): (row: Row) => string {
  return (row) => `${JSON.stringify(Object.fromEntries(columns.map((column) => [column.name, column.value(row)])))}\n`;
}

/**
 * The export's text, one chunk per page read (CSV starts with its header row). A page is read only when the
 * previous chunk has been taken, so a slow client slows the reads and a client gone stops them.
 */
export async function* exportBody<Row>(
  format: ExportFormat,
  columns: readonly Column<Row>[],
  pages: AsyncIterable<readonly Row[]>,
  onPage: (rows: number) => void,
): AsyncGenerator<string> {
  if (format === 'csv') yield csvRecord(columns.map((column) => column.name));
  const line = format === 'csv' ? csvLines(columns) : ndjsonLines(columns);
  for await (const page of pages) {
    onPage(page.length);
    if (page.length > 0) yield page.map(line).join('');
  }
}
