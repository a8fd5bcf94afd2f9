import { CollectionSpec, Condition, FieldValue, SortKey } from '../read-store.port';

/** Pure SQL construction for the SQLite read store; identifiers come from CollectionSpecs, values are bound. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function collectionTable(collection: string, generation: number): string {
  const name = collection.replace(/-/g, '_');
  if (!IDENTIFIER.test(name)) throw new Error(`bad collection name ${collection}`);
  return `rm_${name}_g${generation}`;
}

function column(spec: CollectionSpec, field: string): string {
  if (field === 'id') return 'id';
  if (!(field in spec.fields) || !IDENTIFIER.test(field)) {
    throw new Error(`${spec.name}.${field} is not an indexed field`);
  }
  return `"${field}"`;
}

export function toSqlValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function condition(spec: CollectionSpec, c: Condition): SqlFragment {
  if ('anyOf' in c) {
    const parts = c.anyOf.map((inner) => condition(spec, inner));
    return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
  }
  const col = column(spec, c.field);
  if ('eq' in c) return c.eq === null ? { sql: `${col} IS NULL`, params: [] } : { sql: `${col} = ?`, params: [toSqlValue(c.eq)] };
  if ('in' in c) {
    if (c.in.length === 0) return { sql: '0', params: [] };
    return { sql: `${col} IN (${c.in.map(() => '?').join(', ')})`, params: c.in.map(toSqlValue) };
  }
  if ('gte' in c) return { sql: `${col} >= ?`, params: [toSqlValue(c.gte)] };
  return { sql: `${col} < ?`, params: [toSqlValue(c.lt)] };
}

export function whereClause(spec: CollectionSpec, tenantId: string, where: readonly Condition[]): SqlFragment {
  const parts = where.map((c) => condition(spec, c));
  return {
    sql: ['tenant_id = ?', ...parts.map((p) => p.sql)].join(' AND '),
    params: [tenantId, ...parts.flatMap((p) => p.params)],
  };
}

export function orderClause(spec: CollectionSpec, order: readonly SortKey[]): string {
  return `ORDER BY ${order.map((key) => `${column(spec, key.field)} ${key.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
}

/**
 * NULL sorts first in SQLite as in MongoDB (before every number and string), and `col > NULL` is never true: so
 * "after null" ascending is "not null", descending nothing but further nulls, and "after v" descending includes them.
 */
function strictlyAfter(col: string, direction: SortKey['direction'], value: unknown): SqlFragment | null {
  if (direction === 'asc') return value === null ? { sql: `${col} IS NOT NULL`, params: [] } : { sql: `${col} > ?`, params: [value] };
  if (value === null) return null;
  return { sql: `(${col} < ? OR ${col} IS NULL)`, params: [value] };
}

function equalTo(col: string, value: unknown): SqlFragment {
  return value === null ? { sql: `${col} IS NULL`, params: [] } : { sql: `${col} = ?`, params: [value] };
}

/** Rows strictly after `values` in `order`: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ..., each per direction. */
export function keysetClause(spec: CollectionSpec, order: readonly SortKey[], values: readonly FieldValue[]): SqlFragment {
  const branches: SqlFragment[] = [];
  order.forEach((key, index) => {
    const after = strictlyAfter(column(spec, key.field), key.direction, toSqlValue(values[index]));
    if (!after) return;
    const parts = [...order.slice(0, index).map((prior, i) => equalTo(column(spec, prior.field), toSqlValue(values[i]))), after];
    branches.push({ sql: `(${parts.map((p) => p.sql).join(' AND ')})`, params: parts.flatMap((p) => p.params) });
  });
  if (branches.length === 0) return { sql: '0', params: [] };
  return { sql: `(${branches.map((b) => b.sql).join(' OR ')})`, params: branches.flatMap((b) => b.params) };
}
