import type { ClientSession, Collection } from 'mongodb';
import { CollectionSpec, Commit } from '../read-store.port';
import { StoredDocument } from './mongo-document';
import { CHANGE_SEQUENCE_COUNTER, Metadata } from './mongo-metadata';
import { generationKey } from './mongo-naming';
import { changedDocuments, transactionalOperations } from './mongo-writes';

/** What a commit writes to: the store's metadata and the collection of one (projection, generation). */
export interface CommitTarget {
  meta: Metadata;
  documents(projection: string, generation: number): Collection<StoredDocument>;
}

/** Documents, checkpoint, lease check and change record in the caller's transaction: all or nothing. */
export async function commitInTransaction(target: CommitTarget, spec: CollectionSpec, commit: Commit, session: ClientSession): Promise<void> {
  if (!(await touchLease(target.meta, commit.projection, commit.owner, session))) throw leaseLost(commit);
  const active = await isActive(target.meta, commit, session);
  const operations = transactionalOperations(spec, commit);
  if (operations.length) await target.documents(commit.projection, commit.generation).bulkWrite(operations, { session, ordered: true });
  await saveCheckpoint(target.meta, commit, session);
  if (active) await recordChange(target.meta, commit, session);
}

export async function activeGeneration(meta: Metadata, projection: string, session?: ClientSession): Promise<number | null> {
  return (await meta.projections.findOne({ _id: projection }, { session }))?.active ?? null;
}

/** Whether the commit's generation serves queries; throws when it does not exist (dropped by a swap). */
async function isActive(meta: Metadata, commit: Commit, session: ClientSession): Promise<boolean> {
  const exists = await meta.generations.findOne({ _id: generationKey(commit.projection, commit.generation) }, { session });
  if (!exists) throw new Error(`generation ${commit.generation} of ${commit.projection} does not exist`);
  return (await activeGeneration(meta, commit.projection, session)) === commit.generation;
}

async function saveCheckpoint(meta: Metadata, commit: Commit, session: ClientSession): Promise<void> {
  await meta.generations.updateOne(
    { _id: generationKey(commit.projection, commit.generation) },
    { $set: { checkpoint: commit.checkpoint } },
    { session },
  );
}

/** In a transaction the counter's write serializes committers, so sequences become visible in order. */
async function recordChange(meta: Metadata, commit: Commit, session: ClientSession): Promise<void> {
  const counter = await meta.counters.findOneAndUpdate(
    { _id: CHANGE_SEQUENCE_COUNTER },
    { $inc: { value: 1 } },
    { upsert: true, returnDocument: 'after', session },
  );
  if (!counter) throw new Error('no change sequence counter');
  await meta.changes.insertOne(
    {
      _id: counter.value,
      projection: commit.projection,
      checkpoint: commit.checkpoint,
      changed: changedDocuments(commit.writes),
      committedAt: new Date(),
    },
    { session },
  );
}

/**
 * True when `owner` holds the lease. Writing the lease (not just reading it) makes a concurrent takeover conflict
 * with the caller's transaction, which then aborts.
 */
export async function touchLease(meta: Metadata, projection: string, owner: string, session: ClientSession): Promise<boolean> {
  const lease = await meta.leases.updateOne({ _id: projection, owner }, { $set: { lastCommitAt: Date.now() } }, { session });
  return lease.matchedCount === 1;
}

function leaseLost(commit: Commit): Error {
  return new Error(`projection ${commit.projection} is leased by another projector`);
}
