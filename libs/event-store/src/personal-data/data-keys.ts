import { randomUUID } from 'node:crypto';
import { newDataKey } from './aes-gcm';
import { DataKeyStore } from './data-key-store.port';
import { unwrapDataKey, wrapDataKey } from './master-key';
import { KeyCache } from './key-cache';

export interface DataKeyOptions {
  /** How long an unwrapped key stays in memory (a destruction by any process ends it at the next read, see forgetCachedIfErased). */
  cacheTtlMs: number;
  cacheMaxEntries: number;
  now?: () => number;
}

export const DEFAULT_KEY_CACHE: DataKeyOptions = { cacheTtlMs: 60_000, cacheMaxEntries: 10_000 };

export class MasterKeyMismatch extends Error {}

export interface DataKey {
  keyId: string;
  key: Buffer;
}

/** Data keys by subject and by id: created on first use, unwrapped with the master key, cached briefly. */
export class DataKeys {
  private readonly cache: KeyCache<DataKey | null>;
  private readonly subjects: KeyCache<string>;
  /** The key store's erasure count when the cache was last known current. */
  private erasuresSeen: number | null = null;

  constructor(private readonly store: DataKeyStore, private readonly master: Buffer, options: DataKeyOptions = DEFAULT_KEY_CACHE) {
    const cacheOptions = { ttlMs: options.cacheTtlMs, maxEntries: options.cacheMaxEntries, now: options.now };
    this.cache = new KeyCache(cacheOptions);
    this.subjects = new KeyCache(cacheOptions);
  }

  /** Stops the start when the master key cannot unwrap the keys already stored (a wrong or rotated DATA_KEY). */
  async checkMasterKey(): Promise<void> {
    const sample = await this.store.anyLiveKey();
    if (!sample?.wrapped) return;
    try {
      unwrapDataKey(this.master, sample.tenantId, sample.keyId, sample.wrapped);
    } catch {
      throw new MasterKeyMismatch('DATA_KEY cannot unwrap the stored data keys: it is not the key they were written with');
    }
  }

  /** The key that seals a conversation's personal data from now on, linking the conversation to its subject. */
  async forConversation(tenantId: string, conversationId: string, subject: string): Promise<DataKey> {
    const candidateKey = newDataKey();
    const keyId = randomUUID();
    const live = await this.store.linkConversation(tenantId, conversationId, subject, {
      keyId, subject, wrapped: wrapDataKey(this.master, tenantId, keyId, candidateKey),
    });
    this.subjects.set(`${tenantId}\n${conversationId}`, subject);
    return live.keyId === keyId ? this.remember(tenantId, { keyId, key: candidateKey }) : this.unwrapped(tenantId, live.keyId, live.wrapped);
  }

  async subjectOf(tenantId: string, conversationId: string): Promise<string | null> {
    const cacheKey = `${tenantId}\n${conversationId}`;
    const cached = this.subjects.get(cacheKey);
    if (cached) return cached;
    const subject = await this.store.subjectOf(tenantId, conversationId);
    if (subject) this.subjects.set(cacheKey, subject);
    return subject;
  }

  /** The subject's live key for sealing; for a conversation opened before keys existed, `forConversation` links it. */
  async liveKey(tenantId: string, subject: string): Promise<DataKey | null> {
    // Never seal with a key another process destroyed meanwhile: the note would be erased as it is written.
    await this.forgetCachedIfErased();
    const cacheKey = `${tenantId}\nsubject\n${subject}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const stored = await this.store.liveKey(tenantId, subject);
    if (!stored?.wrapped) return null;
    const key = this.unwrapped(tenantId, stored.keyId, stored.wrapped);
    this.cache.set(cacheKey, key);
    return key;
  }

  /** The key an envelope names, or null once it was destroyed (the data is erased). */
  async byId(tenantId: string, keyId: string): Promise<DataKey | null> {
    const cacheKey = `${tenantId}\nid\n${keyId}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const stored = await this.store.keyById(tenantId, keyId);
    if (!stored) throw new Error(`data key ${keyId} is not in the key store (is the key store the one of this log?)`);
    const key = stored.wrapped ? this.unwrapped(tenantId, keyId, stored.wrapped) : null;
    this.cache.set(cacheKey, key);
    return key;
  }

  /** Destroys the subject's keys and forgets every cached key; returns the conversations linked to it. */
  async destroy(tenantId: string, subject: string): Promise<string[]> {
    const conversations = await this.store.conversationsOf(tenantId, subject);
    await this.store.destroy(tenantId, subject);
    this.cache.clear();
    return conversations;
  }

  /** Drops every unwrapped key from memory: another process destroyed some, and this one should not outlive them. */
  forgetCached(): void {
    this.cache.clear();
  }

  /** Forgets the cached keys when any process destroyed keys since the last look (one small read of the key store). */
  async forgetCachedIfErased(): Promise<void> {
    const erasures = await this.store.erasures();
    if (erasures !== this.erasuresSeen) this.cache.clear();
    this.erasuresSeen = erasures;
  }

  conversationsOf(tenantId: string, subject: string): Promise<string[]> {
    return this.store.conversationsOf(tenantId, subject);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private unwrapped(tenantId: string, keyId: string, wrapped: Buffer | null): DataKey {
    if (!wrapped) throw new Error(`data key ${keyId} was destroyed`);
    return this.remember(tenantId, { keyId, key: unwrapDataKey(this.master, tenantId, keyId, wrapped) });
  }

  private remember(tenantId: string, key: DataKey): DataKey {
    this.cache.set(`${tenantId}\nid\n${key.keyId}`, key);
    return key;
  }
}
