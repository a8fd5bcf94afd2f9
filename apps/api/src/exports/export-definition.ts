import { ExportName } from '@handoff/domain';
import { EventStore } from '@handoff/event-store';
import { ReadModelCollections } from '../read-models/read-model-collections';
import { CsvCell } from './csv';
import { ExportQuery } from './export-query';

export type ExportFormat = 'csv' | 'ndjson';

/** A column of an export: its header and its value; an object value is JSON in a CSV cell and nested in NDJSON. */
export interface Column<Row> {
  name: string;
  value: (row: Row) => CsvCell | object;
}

/** Where exports read from: the read models, and the log through the EVENT_STORE port. */
export interface ExportSources {
  readModels: ReadModelCollections;
  eventStore: EventStore;
}

/**
 * One export (`GET /export/<name>`): its parameters, its columns, and its rows read page by page (keyset pages, so
 * memory stays flat whatever the size; the runner stops asking for pages once the client is gone).
 */
export interface ExportDefinition<Params, Row> {
  name: ExportName;
  /** The first is the default. */
  formats: readonly ExportFormat[];
  /** The query parameters it takes besides `format`; any other is refused. */
  parameters: readonly string[];
  /** Throws BadInput naming the parameter. */
  parse(query: ExportQuery): Params;
  /** The file name without its extension. */
  fileName(params: Params): string;
  columns: readonly Column<Row>[];
  /** The number of rows, when that is cheap to know (sent as X-Export-Rows). */
  count?(sources: ExportSources, tenantId: string, params: Params): Promise<number>;
  pages(sources: ExportSources, tenantId: string, params: Params): AsyncIterable<readonly Row[]>;
}

/** Any export, for the places that only run them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExport = ExportDefinition<any, any>;

/** Rows that come one by one, handed on in pages of `size`. */
export async function* inPages<Row>(rows: AsyncIterable<Row>, size: number): AsyncGenerator<Row[]> {
  let page: Row[] = [];
  for await (const row of rows) {
    page.push(row);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
