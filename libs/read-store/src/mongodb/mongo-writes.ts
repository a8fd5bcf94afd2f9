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

/** Inside the commit's transaction the checkpoint moves with the writes, so each write simply replaces or deletes. */
export function transactionalOperations(spec: CollectionSpec, commit: Commit): WriteOperation[] {
  const position = positionKey(commit.checkpoint);
  return commit.writes.map((write): WriteOperation => {
    if (write.kind === 'delete') return { deleteOne: { filter: { _id: documentKey(write.tenantId, write.id) } } };
    const stored = toStoredDocument(spec, write.document, position);
    return { replaceOne: { filter: { _id: stored._id }, replacement: stored, upsert: true } };
  });
}
