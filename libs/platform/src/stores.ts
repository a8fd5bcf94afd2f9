import { EventStore, SqliteEventStore } from '@handoff/event-store';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { AppConfig } from './config';

/** The adapters the configuration names; the only place that chooses between SQLite and the servers. */
export async function openEventStore(config: Pick<AppConfig, 'eventStore'>): Promise<EventStore> {
  if (config.eventStore.kind === 'sqlite') return new SqliteEventStore(config.eventStore.path);
  const { EventStoreDbEventStore } = await import('@handoff/event-store');
  return new EventStoreDbEventStore(config.eventStore.connectionString);
}

export async function openReadStore(config: Pick<AppConfig, 'readStore'>): Promise<ReadStore> {
  if (config.readStore.kind === 'sqlite') return new SqliteReadStore(config.readStore.path);
  const { MongoReadStore } = await import('@handoff/read-store');
  return MongoReadStore.connect(config.readStore.url);
}
