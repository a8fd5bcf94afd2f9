import { EventStore } from './event-store.port';

/**
 * An event store that changes events on their way in and out (the personal-data layer encrypts and decrypts notes and
 * names) keeps the store beneath as `stored`. Whatever must see events exactly as written (hash-chain verification)
 * reads through `storedForm(store)`.
 */
export interface LayeredEventStore extends EventStore {
  readonly stored: EventStore;
}

export function storedForm(store: EventStore): EventStore {
  const layered = store as Partial<LayeredEventStore>;
  return layered.stored ? storedForm(layered.stored) : store;
}
