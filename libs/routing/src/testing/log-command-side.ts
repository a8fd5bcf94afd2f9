import { DomainEvent, InvalidState } from '@handoff/domain';
import { eventIdFor, EventStore, StreamAppend } from '@handoff/event-store';
import { SystemCommand } from '@handoff/process-managers';
import { randomUUID } from 'node:crypto';
import { streamOf } from './routing-harness';
import { SimulatedCommandSide } from './simulated-command-side';

export const LOG_TENANT = 'acme';

/**
 * The simulated command side over a real event store: people's events and the router's commands become events in
 * the log (one atomic append per command, its own conversation stream first, ids derived from the command id).
 */
export class LogCommandSide {
  constructor(private readonly store: EventStore) {}

  person(...events: DomainEvent[]): Promise<void> {
    return this.append(events, randomUUID(), 'person', 'SUPERVISOR');
  }

  readonly dispatch = async (command: SystemCommand): Promise<void> => {
    const truth = await this.truth();
    const events = truth.decide({ type: command.type, payload: command.payload });
    if (!events) throw new InvalidState('CLOSED');
    await this.append(events, command.commandId, command.causationId, 'SYSTEM');
  };

  async truth(): Promise<SimulatedCommandSide> {
    const truth = new SimulatedCommandSide();
    for (const event of await this.store.readAll(0n, 100_000)) truth.apply({ type: event.type, data: event.data } as DomainEvent);
    return truth;
  }

  private async append(events: DomainEvent[], commandId: string, causationId: string, role: 'SUPERVISOR' | 'SYSTEM'): Promise<void> {
    const byStream = new Map<string, DomainEvent[]>();
    for (const event of events) byStream.set(streamOf(LOG_TENANT, event), [...(byStream.get(streamOf(LOG_TENANT, event)) ?? []), event]);
    const appends: StreamAppend[] = [...byStream].map(([stream, inStream]) => ({
      stream, expectedVersion: 'any',
      events: inStream.map((event, index) => ({
        eventId: eventIdFor({ tenantId: LOG_TENANT, stream, commandId }, index), type: event.type, data: event.data as Record<string, unknown>,
        metadata: { tenantId: LOG_TENANT, actor: { id: role === 'SYSTEM' ? 'system' : 'sup-1', role }, occurredAt: new Date().toISOString(), commandId, correlationId: commandId, causationId, schemaVersion: 1 },
      })),
    }));
    await this.store.appendToStreams(appends);
  }
}
