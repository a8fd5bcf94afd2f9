import type { AnyBulkWriteOperation } from 'mongodb';
import { CollectionSpec, Commit, DocumentWrite } from '../read-store.port';
import { StoredDocument, toStoredDocument } from './mongo-document';
import { documentKey, positionKey } from './mongo-naming';

export type WriteOperation = AnyBulkWriteOperation<StoredDocument>;

export function writeKey(write: DocumentWrite): { tenantId: string; id: string } {
  return write.kind === 'put' ? { tenantId: write.document.tenantId, id: write.document.id } : { tenantId: write.tenantId, id: write.id };
}

/** What a commit changed, in write order, for the change log. */
export function changedDocuments(writes: readonly DocumentWrite[]): Array<{ tenantId: string; id: string }> {
  return writes.map(writeKey);
}

/** The last write of each document, in the order of those last writes: an unordered bulk may run them in any order. */
export function lastWritePerDocument(writes: readonly DocumentWrite[]): DocumentWrite[] {
  const last = new Map<string, DocumentWrite>();
  for (const write of writes) {
    const { tenantId, id } = writeKey(write);
    const key = documentKey(tenantId, id);
    last.delete(key);
    last.set(key, write);
  }
  return [...last.values()];
}

/** Inside a transaction the checkpoint moves with the writes, so each write simply replaces or deletes. */
export function transactionalOperations(spec: CollectionSpec, commit: Commit): WriteOperation[] {
  const position = positionKey(commit.checkpoint);
  return commit.writes.map((write): WriteOperation => {
    if (write.kind === 'delete') return { deleteOne: { filter: { _id: documentKey(write.tenantId, write.id) } } };
    const stored = toStoredDocument(spec, write.document, position);
    return { replaceOne: { filter: { _id: stored._id }, replacement: stored, upsert: true } };
  });
}

/**
 * Without transactions each write applies only over a document no newer than the commit (`_pos` ≤ its position),
 * so replaying a batch after a crash before its checkpoint rewrites the same state and never undoes a later one.
 * Equal positions rewrite: the same batch replayed writes the same documents. A guarded upsert that meets a newer
 * document fails with a duplicate key (the filter missed, the insert collides): the bulk is unordered and those
 * failures are expected.
 */
export function guardedOperations(spec: CollectionSpec, commit: Commit): WriteOperation[] {
  const position = positionKey(commit.checkpoint);
  return lastWritePerDocument(commit.writes).map((write): WriteOperation => {
    if (write.kind === 'delete') {
      return { deleteOne: { filter: { _id: documentKey(write.tenantId, write.id), _pos: { $lte: position } } } };
    }
    const stored = toStoredDocument(spec, write.document, position);
    return { replaceOne: { filter: { _id: stored._id, _pos: { $lte: position } }, replacement: stored, upsert: true } };
  });
}
