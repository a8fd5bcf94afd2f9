import { CollectionSpec, fieldOf, ReadDocument } from '../read-store.port';
import { documentKey } from './mongo-naming';

/** A value of an indexed field as Mongo stores and compares it; booleans become 1/0 like in the SQLite store. */
export type IndexValue = string | number | null;

/**
 * A read model as stored: the key, the tenant and id, each indexed field at the top level (queries and indexes
 * use these), the whole document as JSON text (what reads return, byte for byte what the SQLite store returns)
 * and `_pos`, the sortable position of the commit that last wrote it.
 */
export interface StoredDocument {
  _id: string;
  tenantId: string;
  id: string;
  _doc: string;
  _pos: string;
  [field: string]: IndexValue;
}

export function toIndexValue(value: unknown, field = 'value'): IndexValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`${field} is not a scalar an index can hold: ${String(value)}`);
}

export function toStoredDocument(spec: CollectionSpec, document: ReadDocument, position: string): StoredDocument {
  const json = JSON.stringify(document);
  const plain = JSON.parse(json) as ReadDocument;
  const stored: StoredDocument = {
    _id: documentKey(plain.tenantId, plain.id),
    tenantId: plain.tenantId,
    id: plain.id,
    _doc: json,
    _pos: position,
  };
  for (const field of Object.keys(spec.fields)) stored[field] = toIndexValue(fieldOf(plain, field), `${spec.name}.${field}`);
  return stored;
}

export function fromStoredDocument(stored: Pick<StoredDocument, '_doc'>): ReadDocument {
  return JSON.parse(stored._doc) as ReadDocument;
}

/** Only the JSON text travels back from reads. */
export const DOCUMENT_PROJECTION = { _id: 0, _doc: 1 } as const;
