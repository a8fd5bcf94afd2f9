/**
 * Where data keys live: beside the read store (a SQLite table with secure_delete, a MongoDB collection), never in
 * the log. A subject is whose personal data a key seals: `contact:<id>`, or `conversation:<id>` without a contact.
 */
export interface StoredDataKey {
  keyId: string;
  subject: string;
  /** Sealed under the master key (see master-key.ts); null once destroyed. */
  wrapped: Buffer | null;
}

export interface DataKeyStore {
  /** The subject's live key, or null when it has none (never had one, or it was destroyed). */
  liveKey(tenantId: string, subject: string): Promise<StoredDataKey | null>;
  keyById(tenantId: string, keyId: string): Promise<StoredDataKey | null>;
  /**
   * Records that the conversation's personal data is the subject's and, when the subject has no live key, stores
   * `candidate` as it: one durable write. Returns the subject's live key (another process's when it won the race).
   */
  linkConversation(tenantId: string, conversationId: string, subject: string, candidate: StoredDataKey): Promise<StoredDataKey>;
  /** The subject a conversation was linked to, or null. */
  subjectOf(tenantId: string, conversationId: string): Promise<string | null>;
  conversationsOf(tenantId: string, subject: string): Promise<string[]>;
  /** Destroys every key of the subject (its wrapped bytes overwritten); returns how many were live. */
  destroy(tenantId: string, subject: string): Promise<number>;
  /** How many destructions the store has recorded (any tenant, any process): a change tells a process its cached keys may be stale. */
  erasures(): Promise<number>;
  /** Any one live key (of any tenant): the master key must unwrap it, or the start stops. */
  anyLiveKey(): Promise<(StoredDataKey & { tenantId: string }) | null>;
  close(): Promise<void>;
}
