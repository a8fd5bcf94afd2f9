import { DataKeys, DataKeyStore, EventStore, MasterKeyMismatch, PersonalDataEventStore, SqliteEventStore } from '@handoff/event-store';
import { ReadStore, SqliteReadStore } from '@handoff/read-store';
import { AppConfig, ConfigError } from './config';

/**
 * The adapters the configuration names; the only place that chooses between SQLite and the servers. The event
 * store comes with the personal-data layer on top (crypto-shredding), so the api, the projector and every script
 * read names and notes the same way.
 */
export async function openEventStore(config: Pick<AppConfig, 'eventStore' | 'readStore' | 'dataKey'>): Promise<EventStore> {
  return new PersonalDataEventStore(await openLog(config), await openDataKeys(config));
}

/** Stops a start whose DATA_KEY cannot unwrap the stored data keys with a ConfigError, before anything else opens. */
export async function checkDataKey(config: Pick<AppConfig, 'readStore' | 'dataKey'>): Promise<void> {
  await (await openDataKeys(config)).close();
}

async function openDataKeys(config: Pick<AppConfig, 'readStore' | 'dataKey'>): Promise<DataKeys> {
  const keys = new DataKeys(await openDataKeyStore(config), config.dataKey.master);
  try {
    await keys.checkMasterKey();
    return keys;
  } catch (error) {
    await keys.close();
    throw error instanceof MasterKeyMismatch ? new ConfigError(error.message) : error;
  }
}

async function openLog(config: Pick<AppConfig, 'eventStore'>): Promise<EventStore> {
  if (config.eventStore.kind === 'sqlite') return new SqliteEventStore(config.eventStore.path);
  const { EventStoreDbEventStore } = await import('@handoff/event-store');
  return new EventStoreDbEventStore(config.eventStore.connectionString);
}

/** Data keys live beside the read store, never in the log. */
async function openDataKeyStore(config: Pick<AppConfig, 'readStore'>): Promise<DataKeyStore> {
  if (config.readStore.kind === 'sqlite') {
    const { SqliteDataKeyStore } = await import('@handoff/read-store');
    return new SqliteDataKeyStore(config.readStore.path);
  }
  const { MongoDataKeyStore } = await import('@handoff/read-store');
  return MongoDataKeyStore.connect(config.readStore.url);
}

export async function openReadStore(config: Pick<AppConfig, 'readStore'>): Promise<ReadStore> {
  if (config.readStore.kind === 'sqlite') return new SqliteReadStore(config.readStore.path);
  const { MongoReadStore } = await import('@handoff/read-store');
  return MongoReadStore.connect(config.readStore.url);
}
