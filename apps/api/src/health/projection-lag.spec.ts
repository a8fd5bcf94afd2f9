import { EventStore, Position, START } from '@handoff/event-store';
import { ChangeFollower } from '@handoff/projections';
import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore } from '../../../../libs/event-store/src/eventstoredb/eventstoredb-event-store.adapter';
import { FakeEventStoreDbServer } from '../../../../libs/event-store/src/eventstoredb/fake-server/fake-eventstoredb.server';
import { newEvents } from '../../../../libs/event-store/src/testing/event-store.contract';
import { ProjectionLag } from './projection-lag';

/** Where the read models are, as the change log would report it: every projection at one position. */
const readModelsAt = (position: Position): ChangeFollower => ({ position: () => position }) as unknown as ChangeFollower;

describe('projection lag on EventStoreDB positions (commit·2⁶⁴ + prepare)', () => {
  let server: FakeEventStoreDbServer;
  let store: EventStore;

  beforeEach(async () => {
    server = await FakeEventStoreDbServer.start();
    store = new EventStoreDbEventStore(server.connectionString, { streamPrefixes: ['contract-'] });
    await store.append(`contract-lag.${randomUUID()}`, newEvents(randomUUID(), 3), 'no_stream');
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  const lagsAt = async (position: Position, readyMaxLag = 1000): Promise<bigint[]> => {
    const { projections } = await new ProjectionLag(store, null, readModelsAt(position), { readyMaxLag }).measure();
    return [...new Set(projections.map((p) => p.lag))];
  };

  it('counts one event behind as a lag of one', async () => {
    const all = await store.readAll(START, 10);
    expect(all[1].position - all[0].position).toBeGreaterThan(2n ** 64n);
    expect(await lagsAt(all[1].position)).toEqual([1n]);
  });

  it('counts no lag at the head and every event from the start', async () => {
    expect(await lagsAt(await store.headPosition())).toEqual([0n]);
    expect(await lagsAt(START)).toEqual([3n]);
  });
});
