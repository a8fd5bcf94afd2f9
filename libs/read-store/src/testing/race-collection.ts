import { anyDocument } from './any-document';
import { CollectionSpec, ReadDocument } from '../read-store.port';

/** The collection the read-race test swaps in another process while it reads: one document in every generation. */
export const RACE_COLLECTION: CollectionSpec = { name: 'race-items', fields: { rank: 'integer' }, indexes: [['rank']] };
export const RACE_DOCUMENT: ReadDocument = anyDocument({ tenantId: 't1', id: 'a', rank: 1 });
