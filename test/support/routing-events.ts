import { DomainEvent, Role, SCHEMA_VERSION } from '@handoff/domain';
import { EVENT_STORE, eventIdFor, EventStore, NewEvent } from '@handoff/event-store';
import { ALL_PROJECTIONS, ChangeFollower } from '@handoff/projections';
import { randomUUID } from 'node:crypto';
import { CHANGE_FOLLOWER } from '../../apps/api/src/infrastructure/tokens';
import { TestServer } from './test-server';

export const SYSTEM_ACTOR = { id: 'system', role: 'SYSTEM' as Role };

/**
 * Appends domain events as one command would (CommandExecutor's metadata: ids scoped by tenant, stream and command,
 * one occurredAt), to several streams at once with the expected version of each, straight to the server's real
 * event store; then waits until every projection shows them. The read side's end-to-end test without the handlers.
 */
export async function appendCommand(
  server: TestServer,
  streams: Array<{ stream: string; events: DomainEvent[] }>,
  options: { actor?: { id: string; role: Role }; at?: Date; tenantId?: string } = {},
): Promise<void> {
  const eventStore = server.app.get<EventStore>(EVENT_STORE);
  const tenantId = options.tenantId ?? 'acme';
  const commandId = randomUUID();
  const occurredAt = (options.at ?? new Date()).toISOString();
  const appends = await Promise.all(
    streams.map(async ({ stream, events }) => {
      const stored = await eventStore.readStream(stream);
      const version = stored.at(-1)?.streamVersion ?? 0;
      const newEvents: NewEvent[] = events.map((event, index) => ({
        eventId: eventIdFor({ tenantId, stream, commandId }, index),
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: {
          tenantId, actor: options.actor ?? SYSTEM_ACTOR, occurredAt, commandId, correlationId: commandId, causationId: commandId, schemaVersion: SCHEMA_VERSION,
        },
      }));
      return { stream, events: newEvents, expectedVersion: version === 0 ? ('no_stream' as const) : version };
    }),
  );
  const { position } = await eventStore.appendToStreams(appends);
  const follower = server.app.get<ChangeFollower>(CHANGE_FOLLOWER);
  const shown = await Promise.all(ALL_PROJECTIONS.map((projection) => follower.waitForPosition(projection.name, position, 10_000)));
  if (!shown.every(Boolean)) throw new Error(`the read models did not show position ${position} within 10 s`);
}
