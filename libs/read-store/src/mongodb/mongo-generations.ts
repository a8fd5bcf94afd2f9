import type { ClientSession, Collection, Db, IndexDescription } from 'mongodb';
import { Generation } from '../read-store.port';
import { assertSwapAllowed } from '../swap-fence';
import { activeGeneration, touchLease } from './mongo-commit';
import { StoredDocument } from './mongo-document';
import { Metadata } from './mongo-metadata';
import { generationKey, generationOfCollection } from './mongo-naming';

/** What the generation lifecycle needs of the store. */
export interface GenerationStore {
  db: Db;
  meta: Metadata;
  documents(projection: string, generation: number): Collection<StoredDocument>;
  /** One multi-document transaction (the store refuses a deployment without them). */
  atomically<T>(work: (session: ClientSession) => Promise<T>): Promise<T>;
}

export async function listGenerations(store: GenerationStore, projection: string): Promise<Generation[]> {
  const active = await activeGeneration(store.meta, projection);
  const rows = await store.meta.generations.find({ projection }, { sort: { generation: 1 } }).toArray();
  return rows.map((row) => ({
    projection: row.projection,
    generation: row.generation,
    version: row.version,
    checkpoint: row.checkpoint,
    active: row.generation === active,
  }));
}

/**
 * Numbers come from a counter per projection (outside the transaction, so never reused); the collection and its indexes
 * exist before the generation is listed, so no commit ever creates it implicitly without them.
 */
export async function createGeneration(
  store: GenerationStore,
  projection: string,
  version: number,
  indexes: IndexDescription[],
): Promise<Generation> {
  const counter = await store.meta.projections.findOneAndUpdate(
    { _id: projection },
    { $inc: { lastGeneration: 1 } },
    { upsert: true, returnDocument: 'after' },
  );
  if (!counter) throw new Error(`no generation counter for ${projection}`);
  const generation = counter.lastGeneration;
  await store.documents(projection, generation).createIndexes(indexes);
  const active = await store.atomically(async (session) => {
    await store.meta.generations.insertOne(
      { _id: generationKey(projection, generation), projection, generation, version, checkpoint: '0' },
      { session },
    );
    // The first generation of a projection serves at once; later ones wait for activateGeneration.
    const claimed = await store.meta.projections.updateOne({ _id: projection, active: null }, { $set: { active: generation } }, { session });
    return claimed.matchedCount === 1;
  });
  return { projection, generation, version, checkpoint: '0', active };
}

/**
 * Queries switch with one write (the projection's pointer), fenced in the same transaction (see SwapState). The
 * replaced collections are dropped after it, and older unlisted ones a crash left behind; never a newer unlisted
 * one, which may be a generation another projector is creating right now.
 */
export async function activateGeneration(store: GenerationStore, projection: string, generation: number, owner: string): Promise<void> {
  const replaced = await store.atomically(async (session) => {
    const held = await touchLease(store.meta, projection, owner, session);
    const rows = await store.meta.generations.find({ projection }, { session }).toArray();
    const servingGeneration = await activeGeneration(store.meta, projection, session);
    const target = rows.find((row) => row.generation === generation);
    const serving = rows.find((row) => row.generation === servingGeneration);
    assertSwapAllowed({
      projection, generation, owner,
      leaseOwner: held ? owner : null,
      targetCheckpoint: target?.checkpoint ?? null,
      serving: serving ? { generation: serving.generation, checkpoint: serving.checkpoint } : null,
    });
    await store.meta.projections.updateOne({ _id: projection }, { $set: { active: generation } }, { session });
    await store.meta.generations.deleteMany({ projection, generation: { $ne: generation } }, { session });
    return new Set(rows.map((row) => row.generation).filter((g) => g !== generation));
  });
  // Collections cannot be dropped inside a transaction.
  const names = await store.db.listCollections({}, { nameOnly: true }).toArray();
  for (const { name } of names) {
    const held = generationOfCollection(projection, name);
    if (held !== null && (held < generation || replaced.has(held))) await store.db.dropCollection(name);
  }
}
