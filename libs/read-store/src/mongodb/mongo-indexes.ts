import type { IndexDescription } from 'mongodb';
import { CollectionSpec } from '../read-store.port';

/** Spec fields live beside the stored document's own keys, so they may not shadow them or start with `_` or `$`. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED_FIELDS = new Set(['tenantId', 'id']);

export function assertValidSpec(spec: CollectionSpec): void {
  for (const field of Object.keys(spec.fields)) {
    if (!FIELD_NAME.test(field) || RESERVED_FIELDS.has(field)) throw new Error(`${spec.name}.${field} is not a usable field name`);
  }
  for (const index of spec.indexes) {
    if (index.length === 0) throw new Error(`${spec.name} has an empty index`);
    for (const field of index) {
      if (field !== 'id' && !(field in spec.fields)) throw new Error(`${spec.name} indexes ${field}, which is not one of its fields`);
    }
  }
}

/**
 * The indexes of one generation's collection: every index starts with the tenant (each query is scoped to one)
 * and ends with `id`, the tie-breaker every sort appends, so a sorted, paged query walks one index. Names are left
 * to the server (derived from the keys), so a changed spec adds an index instead of clashing with an old name.
 */
export function indexDescriptions(spec: CollectionSpec): IndexDescription[] {
  assertValidSpec(spec);
  const keys = [[], ...spec.indexes].map((fields) => ({
    tenantId: 1 as const,
    ...Object.fromEntries(fields.map((field) => [field, 1 as const])),
    id: 1 as const,
  }));
  const seen = new Set<string>();
  return keys
    .filter((key) => {
      const signature = Object.keys(key).join(',');
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    })
    .map((key) => ({ key }));
}
