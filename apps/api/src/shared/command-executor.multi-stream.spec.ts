import { Actor, agentStream, conversationStream } from '@handoff/domain';
import { EventStore, NewEvent, SqliteEventStore } from '@handoff/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegisterAgentCommand } from '../agents/register-agent/register-agent.command';
import { RegisterAgentHandler } from '../agents/register-agent/register-agent.handler';
import { AssignConversationCommand } from '../conversations/assign-conversation/assign-conversation.command';
import { AssignConversationHandler } from '../conversations/assign-conversation/assign-conversation.handler';
import { OpenConversationCommand } from '../conversations/open-conversation/open-conversation.command';
import { OpenConversationHandler } from '../conversations/open-conversation/open-conversation.handler';
import { systemClock } from './clock';
import { CommandExecutor } from './command-executor';
import { commandMeta } from './command-meta';
import { OtherStreams } from './other-streams';

const supervisor: Actor = { id: 'sup-1', tenantId: 'acme', roles: ['SUPERVISOR'] };

/** Another process's append to the agent's stream, landing between a decision's read and its append. */
const statusChange: NewEvent = {
  eventId: '00000000-0000-4000-8000-000000000001', type: 'AgentStatusChanged', data: { agentId: 'agent-a', status: 'ONLINE' },
  metadata: { tenantId: 'acme', actor: { id: 'sup-2', role: 'SUPERVISOR' }, occurredAt: new Date(0).toISOString(), commandId: 'other', correlationId: 'other', causationId: 'other', schemaVersion: 1 },
};

/** The real store, with another writer's append slipped in before the first multi-stream append. */
function withInterloper(store: EventStore): EventStore {
  let slipped = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'appendToStreams') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<EventStore['appendToStreams']>) => {
        if (!slipped) {
          slipped = true;
          await target.append(agentStream('acme', 'agent-a'), [statusChange], 'any');
        }
        return target.appendToStreams(...args);
      };
    },
  });
}

describe('the command executor deciding over a conversation and the agents it changes', () => {
  let dir: string;
  let store: SqliteEventStore;
  let executor: CommandExecutor;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-multi-stream-'));
    store = new SqliteEventStore(join(dir, 'handoff.db'));
    const plain = new CommandExecutor(store, systemClock);
    await new RegisterAgentHandler(plain).execute(new RegisterAgentCommand(commandMeta(supervisor), { agentId: 'agent-a', name: 'Ana', queueIds: ['q1'] }));
    await new OpenConversationHandler(plain, new OtherStreams(plain)).execute(new OpenConversationCommand(commandMeta(supervisor), { conversationId: 'c1', queueId: 'q1', channel: 'chat' }));
    executor = new CommandExecutor(withInterloper(store), systemClock);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const assign = (props: { expectedVersion?: number }, meta = commandMeta(supervisor)) =>
    new AssignConversationHandler(executor, new OtherStreams(executor)).execute(new AssignConversationCommand(meta, { conversationId: 'c1', agentId: 'agent-a', ...props }));
  const typesOf = async (stream: string) => (await store.readStream(stream)).map((event) => event.type);

  it('appends the conversation\'s and the agent\'s events together, the conversation\'s first', async () => {
    const outcome = await assign({});
    expect(await typesOf(conversationStream('acme', 'c1'))).toEqual(['ConversationOpened', 'ConversationAssigned']);
    expect(await typesOf(agentStream('acme', 'agent-a'))).toEqual(['AgentRegistered', 'AgentStatusChanged', 'AgentConversationTaken']);
    expect(outcome).toMatchObject({ version: 2, appended: 2, replayed: false });
  });

  it('decides again when another stream moved, even with the expectedVersion of its own (which still holds)', async () => {
    await expect(assign({ expectedVersion: 1 })).resolves.toMatchObject({ version: 2, appended: 2 });
  });

  it('appends nothing to either stream when the same command is sent again', async () => {
    const meta = commandMeta(supervisor);
    await assign({}, meta);
    await expect(assign({}, meta)).resolves.toMatchObject({ replayed: true, appended: 0, version: 2 });
    expect(await typesOf(agentStream('acme', 'agent-a'))).toEqual(['AgentRegistered', 'AgentStatusChanged', 'AgentConversationTaken']);
  });

  it('takes concurrent assigns of many conversations to one agent with no limit, none refused: this process decides them in turn', async () => {
    const plain = new CommandExecutor(store, systemClock);
    const ids = Array.from({ length: 30 }, (_, i) => `burst-${i}`);
    const open = new OpenConversationHandler(plain, new OtherStreams(plain));
    await Promise.all(ids.map((conversationId) => open.execute(new OpenConversationCommand(commandMeta(supervisor), { conversationId, queueId: 'q1', channel: 'chat' }))));
    const handler = new AssignConversationHandler(plain, new OtherStreams(plain));
    const outcomes = await Promise.allSettled(ids.map((conversationId) => handler.execute(new AssignConversationCommand(commandMeta(supervisor), { conversationId, agentId: 'agent-a' }))));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect((await typesOf(agentStream('acme', 'agent-a'))).filter((type) => type === 'AgentConversationTaken')).toHaveLength(30);
  });
});
