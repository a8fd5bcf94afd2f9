import { DataKeyStore, StoredDataKey } from '@handoff/event-store';
import { Binary, Collection, MongoClient, MongoServerError } from 'mongodb';
import { databaseNameOf } from '../mongodb/mongo-naming';

interface KeyDocument {
  tenantId: string;
  keyId: string;
  subject: string;
  wrapped: Binary | null;
  destroyedAt?: Date;
}

interface LinkDocument {
  tenantId: string;
  conversationId: string;
  subject: string;
}

/** One document counting destructions, so that other processes notice one (see DataKeyStore.erasures). */
interface ErasuresDocument {
  _id: 'erasures';
  count: number;
}

const DUPLICATE_KEY = 11000;

const toKey = (document: KeyDocument): StoredDataKey => ({
  keyId: document.keyId,
  subject: document.subject,
  wrapped: document.wrapped ? Buffer.from(document.wrapped.buffer) : null,
});

/** Data keys in the read store's MongoDB database (collections `data_keys` and `data_key_links`), never in the log. */
export class MongoDataKeyStore implements DataKeyStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDocument>,
    private readonly links: Collection<LinkDocument>,
    private readonly erasureCount: Collection<ErasuresDocument>,
  ) {}

  static async connect(url: string): Promise<MongoDataKeyStore> {
    const client = await MongoClient.connect(url);
    const db = client.db(databaseNameOf(url));
    const keys = db.collection<KeyDocument>('data_keys');
    const links = db.collection<LinkDocument>('data_key_links');
    await keys.createIndex({ tenantId: 1, keyId: 1 }, { unique: true });
    await keys.createIndex({ tenantId: 1, subject: 1 }, { unique: true, partialFilterExpression: { wrapped: { $type: 'binData' } } });
    await links.createIndex({ tenantId: 1, conversationId: 1 }, { unique: true });
    await links.createIndex({ tenantId: 1, subject: 1 });
    return new MongoDataKeyStore(client, keys, links, db.collection<ErasuresDocument>('data_key_erasures'));
  }

  async liveKey(tenantId: string, subject: string): Promise<StoredDataKey | null> {
    const document = await this.keys.findOne({ tenantId, subject, wrapped: { $type: 'binData' } });
    return document ? toKey(document) : null;
  }

  async keyById(tenantId: string, keyId: string): Promise<StoredDataKey | null> {
    const document = await this.keys.findOne({ tenantId, keyId });
    return document ? toKey(document) : null;
  }

  async linkConversation(tenantId: string, conversationId: string, subject: string, candidate: StoredDataKey): Promise<StoredDataKey> {
    await this.links.updateOne({ tenantId, conversationId }, { $setOnInsert: { tenantId, conversationId, subject } }, { upsert: true });
    try {
      await this.keys.insertOne({ tenantId, keyId: candidate.keyId, subject, wrapped: new Binary(candidate.wrapped ?? Buffer.alloc(0)) });
    } catch (error) {
      if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
    }
    const live = await this.liveKey(tenantId, subject);
    if (!live) throw new Error(`no live data key for ${subject}`);
    return live;
  }

  async subjectOf(tenantId: string, conversationId: string): Promise<string | null> {
    return (await this.links.findOne({ tenantId, conversationId }))?.subject ?? null;
  }

  async conversationsOf(tenantId: string, subject: string): Promise<string[]> {
    const documents = await this.links.find({ tenantId, subject }).sort({ conversationId: 1 }).toArray();
    return documents.map((document) => document.conversationId);
  }

  async destroy(tenantId: string, subject: string): Promise<number> {
    const result = await this.keys.updateMany(
      { tenantId, subject, wrapped: { $type: 'binData' } },
      { $set: { wrapped: null, destroyedAt: new Date() } },
    );
    if (result.modifiedCount > 0) await this.erasureCount.updateOne({ _id: 'erasures' }, { $inc: { count: 1 } }, { upsert: true });
    return result.modifiedCount;
  }

  async erasures(): Promise<number> {
    return (await this.erasureCount.findOne({ _id: 'erasures' }))?.count ?? 0;
  }

  async anyLiveKey(): Promise<(StoredDataKey & { tenantId: string }) | null> {
    const document = await this.keys.findOne({ wrapped: { $type: 'binData' } });
    return document ? { ...toKey(document), tenantId: document.tenantId } : null;
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
