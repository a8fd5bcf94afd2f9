import type { Filter } from 'mongodb';
import { decodeCursor, encodeCursor } from '../cursor';
import { CollectionSpec, Condition, FieldValue, fieldOf, ReadDocument, SortKey } from '../read-store.port';
import { IndexValue, StoredDocument, toIndexValue } from './mongo-document';

/** Pure translation of read-store queries into Mongo filters and sorts, over the top-level indexed fields. */
export type DocumentFilter = Filter<StoredDocument>;
export type SortSpec = Array<[string, 1 | -1]>;

/** Matches no document: Mongo refuses an empty `$or`, so an empty disjunction needs another spelling. */
export const MATCH_NOTHING: DocumentFilter = { _id: { $in: [] } };

function field(spec: CollectionSpec, name: string): string {
  if (name === 'id' || name in spec.fields) return name;
  throw new Error(`${spec.name}.${name} is not an indexed field`);
}

function value(v: FieldValue): IndexValue {
  return toIndexValue(v);
}

export function conditionFilter(spec: CollectionSpec, c: Condition): DocumentFilter {
  if ('anyOf' in c) return c.anyOf.length ? { $or: c.anyOf.map((inner) => conditionFilter(spec, inner)) } : MATCH_NOTHING;
  const name = field(spec, c.field);
  if ('eq' in c) return { [name]: value(c.eq) };
  if ('in' in c) return { [name]: { $in: c.in.map(value) } };
  if ('gte' in c) return { [name]: { $gte: value(c.gte) } };
  return { [name]: { $lt: value(c.lt) } };
}

export function whereFilter(spec: CollectionSpec, tenantId: string, where: readonly Condition[]): DocumentFilter {
  if (where.length === 0) return { tenantId };
  return { tenantId, $and: where.map((c) => conditionFilter(spec, c)) };
}

/** The order a page follows: the caller's keys, then `id` in the last key's direction, so the order is total. */
export function pageOrder(orderBy: readonly SortKey[]): SortKey[] {
  return [...orderBy, { field: 'id', direction: orderBy.at(-1)?.direction ?? 'asc' }];
}

/** `list` breaks ties by ascending id whatever the last key's direction, like the SQLite store. */
export function listOrder(orderBy: readonly SortKey[]): SortKey[] {
  return [...orderBy, { field: 'id', direction: 'asc' }];
}

export function sortSpec(spec: CollectionSpec, order: readonly SortKey[]): SortSpec {
  const sort = new Map<string, 1 | -1>();
  for (const key of order) {
    const name = field(spec, key.field);
    if (!sort.has(name)) sort.set(name, key.direction === 'desc' ? -1 : 1);
  }
  return [...sort.entries()];
}

/** Null sorts first in Mongo (before every number and string), so "after null" ascending is "not null". */
function strictlyAfter(name: string, direction: SortKey['direction'], v: IndexValue): DocumentFilter | null {
  if (direction === 'asc') return v === null ? { [name]: { $ne: null } } : { [name]: { $gt: v } };
  if (v === null) return null;
  return { $or: [{ [name]: { $lt: v } }, { [name]: null }] };
}

/** Documents strictly after `values` in `order`: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR ... */
export function keysetFilter(spec: CollectionSpec, order: readonly SortKey[], values: readonly FieldValue[]): DocumentFilter {
  const branches: DocumentFilter[] = [];
  order.forEach((key, index) => {
    const after = strictlyAfter(field(spec, key.field), key.direction, value(values[index]));
    if (!after) return;
    const equalities = order.slice(0, index).map((prior, i): DocumentFilter => ({ [field(spec, prior.field)]: value(values[i]) }));
    branches.push(equalities.length ? { $and: [...equalities, after] } : after);
  });
  if (branches.length === 0) return MATCH_NOTHING;
  return branches.length === 1 ? branches[0] : { $or: branches };
}

export interface PageFilters {
  /** What the page counts (totalCount). */
  matching: DocumentFilter;
  /** What the page reads: `matching` past the cursor. */
  page: DocumentFilter;
  sort: SortSpec;
  order: SortKey[];
}

/** Filters and sort of one `find`; a cursor this store did not issue for this order is BadInput. */
export function pageFilters(
  spec: CollectionSpec,
  query: { tenantId: string; where?: Condition[]; orderBy: SortKey[]; after?: string },
): PageFilters {
  const order = pageOrder(query.orderBy);
  const matching = whereFilter(spec, query.tenantId, query.where ?? []);
  const sort = sortSpec(spec, order);
  if (query.after === undefined) return { matching, page: matching, sort, order };
  const keyset = keysetFilter(spec, order, decodeCursor(query.after, order.length));
  return { matching, page: { $and: [matching, keyset] }, sort, order };
}

/** The cursor after `document`: its sort-key values as stored (so booleans as 1/0). */
export function cursorAfter(order: readonly SortKey[], document: ReadDocument): string {
  return encodeCursor(order.map((key) => toIndexValue(fieldOf(document, key.field), key.field)));
}
