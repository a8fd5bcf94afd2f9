import { decodeCursor, encodeCursor } from '../cursor';
import { Condition, FieldValue, fieldOf, FindQuery, Page, ReadDocument, SortKey } from '../read-store.port';
import { collectionTable, keysetClause, orderClause, whereClause } from './sql-builder';
import { SqliteTables } from './sqlite-tables';

/**
 * The queries' reads: each in one read transaction (deferred, so a WAL snapshot), so that the lookup of the serving
 * generation and the reads that follow see one committed state of the file, and a swap committed by another process
 * meanwhile cannot drop the table under them.
 */
export class SqliteQueries {
  private readonly readTransaction: (read: () => unknown) => unknown;

  constructor(private readonly tables: SqliteTables) {
    this.readTransaction = tables.db.transaction((read: () => unknown) => read());
  }

  get(collection: string, tenantId: string, id: string): ReadDocument | null {
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      if (!table) return null;
      const row = this.tables.statement(`SELECT doc FROM ${table} WHERE tenant_id = ? AND id = ?`).get(tenantId, id) as
        | { doc: string }
        | undefined;
      return row ? (JSON.parse(row.doc) as ReadDocument) : null;
    });
  }

  getMany(collection: string, tenantId: string, ids: readonly string[]): ReadDocument[] {
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      return table ? this.loadFrom(table, tenantId, ids) : [];
    });
  }

  find(collection: string, query: FindQuery): Page {
    const spec = this.tables.spec(collection);
    const order = [...query.orderBy, { field: 'id', direction: query.orderBy.at(-1)?.direction ?? 'asc' } as SortKey];
    const filter = whereClause(spec, query.tenantId, query.where ?? []);
    const page = query.after
      ? keysetClause(spec, order, decodeCursor(query.after, order.length))
      : { sql: '', params: [] };
    return this.snapshot((): Page => {
      const table = this.activeTable(collection);
      if (!table) return { documents: [], hasNextPage: false, endCursor: null, totalCount: 0 };
      const sql = `SELECT doc FROM ${table} WHERE ${filter.sql}${page.sql ? ` AND ${page.sql}` : ''} ${orderClause(spec, order)} LIMIT ?`;
      const rows = this.tables.statement(sql).all(...filter.params, ...page.params, query.first + 1) as Array<{ doc: string }>;
      const documents = rows.slice(0, query.first).map((row) => JSON.parse(row.doc) as ReadDocument);
      const last = documents.at(-1);
      const totalCount =
        query.withTotalCount === false
          ? -1
          : (this.tables.statement(`SELECT count(*) FROM ${table} WHERE ${filter.sql}`).pluck().get(...filter.params) as number);
      return {
        documents,
        hasNextPage: rows.length > query.first,
        endCursor: last ? encodeCursor(order.map((key) => (fieldOf(last, key.field) ?? null) as FieldValue)) : null,
        totalCount,
      };
    });
  }

  list(collection: string, tenantId: string, where: Condition[], orderBy: SortKey[]): ReadDocument[] {
    const spec = this.tables.spec(collection);
    const filter = whereClause(spec, tenantId, where);
    const order = [...orderBy, { field: 'id', direction: 'asc' } as SortKey];
    return this.snapshot(() => {
      const table = this.activeTable(collection);
      if (!table) return [];
      const rows = this.tables.statement(`SELECT doc FROM ${table} WHERE ${filter.sql} ${orderClause(spec, order)}`).all(
        ...filter.params,
      ) as Array<{ doc: string }>;
      return rows.map((row) => JSON.parse(row.doc) as ReadDocument);
    });
  }

  /** Documents of a given generation, for the projector that writes it. */
  load(projection: string, generation: number, tenantId: string, ids: readonly string[]): ReadDocument[] {
    return this.loadFrom(collectionTable(projection, generation), tenantId, ids);
  }

  /** The serving generation's table; called only inside `snapshot`. */
  private activeTable(collection: string): string | null {
    this.tables.spec(collection);
    const generation = this.tables.statement('SELECT generation FROM rm_generations WHERE projection = ? AND active = 1')
      .pluck()
      .get(collection) as number | undefined;
    return generation === undefined ? null : collectionTable(collection, generation);
  }

  private loadFrom(table: string, tenantId: string, ids: readonly string[]): ReadDocument[] {
    const documents: ReadDocument[] = [];
    const get = this.tables.statement(`SELECT doc FROM ${table} WHERE tenant_id = ? AND id = ?`);
    for (const id of ids) {
      const row = get.get(tenantId, id) as { doc: string } | undefined;
      if (row) documents.push(JSON.parse(row.doc));
    }
    return documents;
  }

  private snapshot<T>(read: () => T): T {
    return this.readTransaction(read) as T;
  }
}
