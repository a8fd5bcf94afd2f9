import type { Collection, Db, IndexDescription } from 'mongodb';
import { hasErrorCode, NAMESPACE_EXISTS } from './mongo-errors';

/** The store's own collections beside the read models: generations, leases, the change log, dead letters. */

/** Per projection: the last generation number handed out and the one queries read. */
export interface ProjectionDoc {
  _id: string;
  lastGeneration: number;
  active?: number | null;
}

export interface GenerationDoc {
  _id: string;
  projection: string;
  generation: number;
  version: number;
  checkpoint: string;
}

export interface LeaseDoc {
  _id: string;
  owner: string;
  /** Epoch milliseconds of this process's clock, like the SQLite store. */
  expiresAt: number;
  /** Written by each transactional commit, so a concurrent takeover conflicts with the commit. */
  lastCommitAt?: number;
}

export interface ChangeDoc {
  /** The change's sequence. */
  _id: number;
  projection: string;
  checkpoint: string;
  changed: Array<{ tenantId: string; id: string }>;
  committedAt: Date;
}

export interface CounterDoc {
  _id: string;
  value: number;
}

export interface DeadLetterDoc {
  _id: string;
  projection: string;
  position: string;
  /** The position zero-padded, so dead letters list in numeric order. */
  positionKey: string;
  eventId: string;
  eventType: string;
  error: string;
  failedAt: string;
}

export const CHANGE_SEQUENCE_COUNTER = 'changes';

/** Change records older than this are pruned (by a TTL index); followers further behind re-read what they show anyway. */
export const CHANGE_RETENTION_SECONDS = 10 * 60;

export interface Metadata {
  projections: Collection<ProjectionDoc>;
  generations: Collection<GenerationDoc>;
  leases: Collection<LeaseDoc>;
  changes: Collection<ChangeDoc>;
  counters: Collection<CounterDoc>;
  deadLetters: Collection<DeadLetterDoc>;
}

export const METADATA_COLLECTIONS: Record<keyof Metadata, string> = {
  projections: 'rm_projections',
  generations: 'rm_generations',
  leases: 'rm_leases',
  changes: 'rm_changes',
  counters: 'rm_counters',
  deadLetters: 'rm_dead_letters',
};

export const METADATA_INDEXES: Partial<Record<keyof Metadata, IndexDescription[]>> = {
  generations: [{ key: { projection: 1, generation: 1 } }],
  changes: [{ key: { committedAt: 1 }, expireAfterSeconds: CHANGE_RETENTION_SECONDS }],
  deadLetters: [{ key: { projection: 1, positionKey: 1 } }],
};

export function metadata(db: Db): Metadata {
  const names = METADATA_COLLECTIONS;
  return {
    projections: db.collection<ProjectionDoc>(names.projections),
    generations: db.collection<GenerationDoc>(names.generations),
    leases: db.collection<LeaseDoc>(names.leases),
    changes: db.collection<ChangeDoc>(names.changes),
    counters: db.collection<CounterDoc>(names.counters),
    deadLetters: db.collection<DeadLetterDoc>(names.deadLetters),
  };
}

/**
 * Creates the collections up front (a transaction on a sharded cluster may not create one) and their indexes.
 * Idempotent: safe for every process at every start.
 */
export async function ensureMetadata(db: Db, meta: Metadata): Promise<void> {
  const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const name of Object.values(METADATA_COLLECTIONS)) {
    if (existing.has(name)) continue;
    await db.createCollection(name).catch((error: unknown) => {
      if (!hasErrorCode(error, NAMESPACE_EXISTS)) throw error;
    });
  }
  for (const [role, indexes] of Object.entries(METADATA_INDEXES) as Array<[keyof Metadata, IndexDescription[]]>) {
    await meta[role].createIndexes(indexes);
  }
}
