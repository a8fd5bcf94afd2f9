import { agentDecider, agentStream } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore } from '../../../../libs/event-store/src/eventstoredb/eventstoredb-event-store.adapter';
import { FakeEventStoreDbServer } from '../../../../libs/event-store/src/eventstoredb/fake-server/fake-eventstoredb.server';
import { RegisterAgentHandler } from '../agents/register-agent/register-agent.handler';
import { RegisterAgentCommand } from '../agents/register-agent/register-agent.command';
import { SetAgentStatusHandler } from '../agents/set-agent-status/set-agent-status.handler';
import { SetAgentStatusCommand } from '../agents/set-agent-status/set-agent-status.command';
import { systemClock } from './clock';
import { CommandExecutor } from './command-executor';
import { commandMeta } from './command-meta';

/** A stream truncated on the server ($tb) reads from its truncation point on, with the revisions it had. */
describe('the command side on a truncated EventStoreDB stream', () => {
  const actor = { id: 'sup-1', tenantId: 'acme', roles: ['SUPERVISOR'] as const };
  let server: FakeEventStoreDbServer;
  let store: EventStoreDbEventStore;
  let executor: CommandExecutor;

  beforeEach(async () => {
    server = await FakeEventStoreDbServer.start();
    store = new EventStoreDbEventStore(server.connectionString, { logger: { warn: () => undefined } });
    executor = new CommandExecutor(store, systemClock);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('is at the version of its last event, and takes the next command without a conflict', async () => {
    const agentId = `agent-${randomUUID()}`;
    const stream = agentStream('acme', agentId);
    await new RegisterAgentHandler(executor).execute(new RegisterAgentCommand(commandMeta(actor), { agentId, name: 'Ana', queueIds: ['q1'] }));
    await new SetAgentStatusHandler(executor).execute(new SetAgentStatusCommand(commandMeta(actor), { agentId, status: 'ONLINE' }));
    await new SetAgentStatusHandler(executor).execute(new SetAgentStatusCommand(commandMeta(actor), { agentId, status: 'AWAY' }));
    server.log.truncateBefore(stream, 1n);
    // Another process (no folded state of this stream) reads the truncated stream from the start.
    executor = new CommandExecutor(store, systemClock);

    expect((await executor.readState(stream, agentDecider)).version).toBe(3);
    const outcome = await executor.execute({
      stream,
      decider: agentDecider,
      command: new SetAgentStatusCommand(commandMeta(actor), { agentId, status: 'ONLINE' }),
      decide: () => [{ type: 'AgentStatusChanged', data: { agentId, status: 'ONLINE' } }],
    });
    expect(outcome).toMatchObject({ version: 4, appended: 1 });
  });
});
