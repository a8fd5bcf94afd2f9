import { anyDocument } from '../testing/any-document';
import { BadInput } from '@handoff/domain';
import { encodeCursor } from '../cursor';
import { SortKey } from '../read-store.port';
import { ITEMS } from '../testing/read-store.contract';
import { IndexValue } from './mongo-document';
import {
  conditionFilter,
  cursorAfter,
  DocumentFilter,
  keysetFilter,
  MATCH_NOTHING,
  pageFilters,
  sortSpec,
  SortSpec,
  whereFilter,
} from './mongo-query';

type Row = Record<string, IndexValue>;

/** Just enough of Mongo's matching and sorting to run the filters this module builds over rows in memory. */
function bracket(v: IndexValue | undefined): number {
  return v === null || v === undefined ? 0 : typeof v === 'number' ? 1 : 2;
}
function compare(a: IndexValue | undefined, b: IndexValue | undefined): number {
  if (bracket(a) !== bracket(b)) return bracket(a) - bracket(b);
  if (a === null || a === undefined || b === null || b === undefined) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}
function equals(actual: IndexValue | undefined, expected: unknown): boolean {
  return expected === null ? actual === null || actual === undefined : actual === expected;
}
function comparable(actual: IndexValue | undefined, bound: unknown): actual is IndexValue {
  return actual !== null && actual !== undefined && bracket(actual) === bracket(bound as IndexValue);
}
function matches(row: Row, filter: DocumentFilter): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as DocumentFilter[]).every((f) => matches(row, f));
    if (key === '$or') return (condition as DocumentFilter[]).some((f) => matches(row, f));
    const actual = row[key];
    if (condition === null || typeof condition !== 'object') return equals(actual, condition);
    return Object.entries(condition as Record<string, unknown>).every(([op, bound]) => {
      switch (op) {
        case '$in': return (bound as unknown[]).some((v) => equals(actual, v));
        case '$ne': return !equals(actual, bound);
        case '$gt': return comparable(actual, bound) && compare(actual, bound as IndexValue) > 0;
        case '$gte': return bound === null ? equals(actual, null) : comparable(actual, bound) && compare(actual, bound as IndexValue) >= 0;
        case '$lt': return comparable(actual, bound) && compare(actual, bound as IndexValue) < 0;
        default: throw new Error(`operator ${op} not modelled`);
      }
    });
  });
}
function sorted(rows: Row[], sort: SortSpec): Row[] {
  return [...rows].sort((a, b) => {
    for (const [field, direction] of sort) {
      const order = compare(a[field], b[field]) * direction;
      if (order !== 0) return order;
    }
    return 0;
  });
}

const ROWS: Row[] = [
  { tenantId: 't1', id: 'a', queueId: 'q1', status: 'QUEUED', rank: 3, flag: 0 },
  { tenantId: 't1', id: 'b', queueId: 'q1', status: 'ASSIGNED', rank: 1, flag: 1 },
  { tenantId: 't1', id: 'c', queueId: 'q2', status: 'QUEUED', rank: null, flag: 0 },
  { tenantId: 't1', id: 'd', queueId: 'q2', status: 'CLOSED', rank: 3, flag: 0 },
  { tenantId: 't1', id: 'e', queueId: null, status: 'QUEUED', rank: 2, flag: 0 },
  { tenantId: 't1', id: 'f', queueId: 'q1', status: 'QUEUED', rank: null, flag: 1 },
  { tenantId: 't2', id: 'g', queueId: 'q1', status: 'QUEUED', rank: 5, flag: 0 },
];

function ids(filter: DocumentFilter, order: SortKey[] = []): string[] {
  const sort = sortSpec(ITEMS, [...order, { field: 'id', direction: 'asc' }]);
  return sorted(ROWS.filter((row) => matches(row, filter)), sort).map((row) => String(row.id));
}

/** Every page of a `find`, through the filters, the sort and the cursors this module builds. */
function pages(orderBy: SortKey[], first: number): string[][] {
  const result: string[][] = [];
  let after: string | undefined;
  for (;;) {
    const filters = pageFilters(ITEMS, { tenantId: 't1', orderBy, after });
    const rows = sorted(ROWS.filter((row) => matches(row, filters.page)), filters.sort);
    const page = rows.slice(0, first);
    result.push(page.map((row) => String(row.id)));
    if (rows.length <= first) return result;
    after = cursorAfter(filters.order, { ...page[page.length - 1], tenantId: 't1', id: String(page[page.length - 1].id) });
  }
}

describe('MongoDB read store queries', () => {
  it('translates eq, in, gte, lt and anyOf into Mongo conditions', () => {
    expect(conditionFilter(ITEMS, { field: 'status', eq: 'QUEUED' })).toEqual({ status: 'QUEUED' });
    expect(conditionFilter(ITEMS, { field: 'status', in: ['QUEUED', 'CLOSED'] })).toEqual({ status: { $in: ['QUEUED', 'CLOSED'] } });
    expect(conditionFilter(ITEMS, { field: 'rank', gte: 2 })).toEqual({ rank: { $gte: 2 } });
    expect(conditionFilter(ITEMS, { field: 'rank', lt: 3 })).toEqual({ rank: { $lt: 3 } });
    expect(conditionFilter(ITEMS, { anyOf: [{ field: 'queueId', eq: 'q2' }, { field: 'id', eq: 'b' }] })).toEqual({
      $or: [{ queueId: 'q2' }, { id: 'b' }],
    });
  });

  it('scopes every query to the tenant', () => {
    expect(whereFilter(ITEMS, 't1', [])).toEqual({ tenantId: 't1' });
    expect(ids(whereFilter(ITEMS, 't2', []))).toEqual(['g']);
  });

  it('matches booleans as they are stored, so eq false finds the false ones', () => {
    expect(conditionFilter(ITEMS, { field: 'flag', eq: false })).toEqual({ flag: 0 });
    expect(ids(whereFilter(ITEMS, 't1', [{ field: 'flag', eq: false }]))).toEqual(['a', 'c', 'd', 'e']);
    expect(ids(whereFilter(ITEMS, 't1', [{ field: 'flag', in: [true] }]))).toEqual(['b', 'f']);
  });

  it('filters like the contract expects', () => {
    const where = (...conditions: Parameters<typeof whereFilter>[2]): string[] => ids(whereFilter(ITEMS, 't1', conditions));
    expect(where({ field: 'status', eq: 'QUEUED' })).toEqual(['a', 'c', 'e', 'f']);
    expect(where({ field: 'rank', gte: 2 }, { field: 'rank', lt: 3 })).toEqual(['e']);
    expect(where({ anyOf: [{ field: 'queueId', eq: 'q2' }, { field: 'status', eq: 'ASSIGNED' }] })).toEqual(['b', 'c', 'd']);
    expect(where({ field: 'queueId', eq: null })).toEqual(['e']);
    expect(where({ field: 'status', in: [] })).toEqual([]);
  });

  it('matches nothing for an empty anyOf, which Mongo would refuse as an empty $or', () => {
    expect(conditionFilter(ITEMS, { anyOf: [] })).toEqual(MATCH_NOTHING);
    expect(ids(whereFilter(ITEMS, 't1', [{ anyOf: [] }]))).toEqual([]);
  });

  it('refuses a field the collection does not index', () => {
    expect(() => conditionFilter(ITEMS, { field: 'note', eq: 'x' })).toThrow(/contract-items\.note/);
    expect(() => sortSpec(ITEMS, [{ field: 'note', direction: 'asc' }])).toThrow();
  });

  it('sorts by the keys, then by id in the last key direction', () => {
    const filters = pageFilters(ITEMS, { tenantId: 't1', orderBy: [{ field: 'queueId', direction: 'asc' }, { field: 'rank', direction: 'desc' }] });
    expect(filters.sort).toEqual([['queueId', 1], ['rank', -1], ['id', -1]]);
    expect(pageFilters(ITEMS, { tenantId: 't1', orderBy: [] }).sort).toEqual([['id', 1]]);
  });

  it('names each sort field once when the caller already sorts by id', () => {
    expect(sortSpec(ITEMS, [{ field: 'id', direction: 'desc' }, { field: 'id', direction: 'asc' }])).toEqual([['id', -1]]);
  });

  it('continues after the cursor: strictly later keys, or equal ones and a later tie-breaker', () => {
    const order: SortKey[] = [{ field: 'rank', direction: 'asc' }, { field: 'id', direction: 'asc' }];
    expect(keysetFilter(ITEMS, order, [2, 'e'])).toEqual({
      $or: [{ rank: { $gt: 2 } }, { $and: [{ rank: 2 }, { id: { $gt: 'e' } }] }],
    });
  });

  it('places nulls first ascending and last descending, like Mongo sorts them', () => {
    expect(keysetFilter(ITEMS, [{ field: 'rank', direction: 'asc' }], [null])).toEqual({ rank: { $ne: null } });
    expect(keysetFilter(ITEMS, [{ field: 'rank', direction: 'desc' }], [3])).toEqual({ $or: [{ rank: { $lt: 3 } }, { rank: null }] });
    expect(keysetFilter(ITEMS, [{ field: 'rank', direction: 'desc' }], [null])).toEqual(MATCH_NOTHING);
  });

  it.each([
    [[{ field: 'rank', direction: 'asc' }], 2],
    [[{ field: 'rank', direction: 'desc' }], 2],
    [[{ field: 'queueId', direction: 'asc' }, { field: 'rank', direction: 'desc' }], 1],
    [[{ field: 'status', direction: 'desc' }, { field: 'rank', direction: 'asc' }], 3],
    [[], 4],
  ] as Array<[SortKey[], number]>)('pages through every document once, in order, by %j', (orderBy, first) => {
    const sort = sortSpec(ITEMS, [...orderBy, { field: 'id', direction: orderBy.at(-1)?.direction ?? 'asc' }]);
    const all = sorted(ROWS.filter((row) => row.tenantId === 't1'), sort).map((row) => String(row.id));
    const walked = pages(orderBy, first);
    expect(walked.flat()).toEqual(all);
    expect(walked.slice(0, -1).every((page) => page.length === first)).toBe(true);
  });

  it('encodes booleans in cursors as they are stored', () => {
    const order: SortKey[] = [{ field: 'flag', direction: 'asc' }, { field: 'id', direction: 'asc' }];
    expect(cursorAfter(order, anyDocument({ tenantId: 't1', id: 'a', flag: true }))).toBe(encodeCursor([1, 'a']));
  });

  it('refuses a malformed cursor as bad input', () => {
    const query = { tenantId: 't1', orderBy: [{ field: 'rank', direction: 'asc' as const }] };
    expect(() => pageFilters(ITEMS, { ...query, after: 'not-a-cursor' })).toThrow(BadInput);
    expect(() => pageFilters(ITEMS, { ...query, after: encodeCursor(['only-one']) })).toThrow(BadInput);
    expect(() => pageFilters(ITEMS, { ...query, after: encodeCursor([{ $gt: '' }] as never) })).toThrow(BadInput);
  });

  it('counts what matches, not what is past the cursor', () => {
    const filters = pageFilters(ITEMS, { tenantId: 't1', orderBy: [], after: encodeCursor(['c']) });
    expect(filters.matching).toEqual({ tenantId: 't1' });
    expect(ids(filters.page)).toEqual(['d', 'e', 'f']);
  });
});
