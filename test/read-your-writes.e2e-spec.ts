import { EventStore } from '@handoff/event-store';
import { openEventStore, openReadStore } from '@handoff/platform';
import { ALL_PROJECTIONS, ConversationDocument, conversationsProjection, Projection, Projector } from '@handoff/projections';
import { ReadStore } from '@handoff/read-store';
import { eventually } from './support/built-api';
import { ok } from './support/fixtures';
import { GraphQLResponse, TestServer } from './support/test-server';

/** Short: with no projector running, each mutation gives up waiting for the read model after this long. */
const READ_YOUR_WRITES_TIMEOUT_MS = '300';

const REGISTER = `mutation { registerAgent(input: { id: "agent-a", name: "Ana", queueIds: ["q1"] }) { id name status queueIds active activeConversations } }`;
const DEFINE = `mutation { defineTransferReason(input: { id: "billing", name: "Billing" }) { id name description active } }`;
const OPEN = `mutation ($id: ID!) { openConversation(input: { conversationId: $id, queueId: "q1", channel: "chat" }) { id queueId status version } }`;
const ASSIGN = `mutation ($id: ID!, $commandId: ID) {
  assignConversation(input: { conversationId: $id, agentId: "agent-a", commandId: $commandId }) { id status version assignedAt waitingSince }
}`;
const CONVERSATION = `query ($id: ID!) { conversation(id: $id) { id status version } }`;

const warningOf = (response: GraphQLResponse): unknown => (response as { extensions?: { readYourWrites?: unknown } }).extensions?.readYourWrites;

/** The api with PROJECTOR=off and, beside it on the same SQLite file, a projector the test starts and stops. */
describe('read-your-writes when the read model does not show the command', () => {
  let server: TestServer;
  let token: string;
  let eventStore: EventStore;
  let readStore: ReadStore;
  let projector: Projector | undefined;

  beforeEach(async () => {
    server = await TestServer.start({ env: { PROJECTOR: 'off', READ_YOUR_WRITES_TIMEOUT_MS } });
    token = await server.token('sup-1', ['SUPERVISOR']);
    eventStore = await openEventStore(server.config);
    readStore = await openReadStore(server.config);
  });

  afterEach(async () => {
    await projector?.stop();
    projector = undefined;
    await readStore.close();
    await eventStore.close();
    await server.stop();
  });

  async function startProjector(projections: readonly Projection[] = ALL_PROJECTIONS): Promise<void> {
    projector = new Projector(eventStore, readStore, projections);
    await projector.start();
  }

  it('answers from the command\'s own stream, with a warning naming the lag, while no projector runs; no error', async () => {
    const registered = await server.request(REGISTER, {}, token);
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ registerAgent: { id: 'agent-a', name: 'Ana', status: 'OFFLINE', queueIds: ['q1'], active: true, activeConversations: 0 } });
    expect(warningOf(registered)).toEqual([{
      type: 'Agent', id: 'agent-a', caughtUp: false, answeredFrom: 'EVENT_LOG', position: '1',
      projections: [{ projection: 'agents', position: '0', lagEvents: 1 }], deadLettered: [],
    }]);

    const defined = await server.request(DEFINE, {}, token);
    expect(defined.data).toEqual({ defineTransferReason: { id: 'billing', name: 'Billing', description: null, active: true } });
    expect(warningOf(defined)).toEqual([expect.objectContaining({ type: 'TransferReason', id: 'billing', caughtUp: false, answeredFrom: 'EVENT_LOG' })]);

    const opened = await server.request(OPEN, { id: 'c1' }, token);
    expect(opened.errors).toBeUndefined();
    expect(opened.data).toEqual({ openConversation: { id: 'c1', queueId: 'q1', status: 'QUEUED', version: 1 } });
    expect(warningOf(opened)).toEqual([{
      type: 'Conversation', id: 'c1', caughtUp: false, answeredFrom: 'EVENT_LOG', position: '3',
      projections: [{ projection: 'conversations', position: '0', lagEvents: 3 }, { projection: 'agents', position: '0', lagEvents: 3 }],
      deadLettered: [],
    }]);

    await startProjector();
    await eventually(async () => (await server.request(CONVERSATION, { id: 'c1' }, token)).data?.conversation != null, 10_000, 'the projector to catch up');
    // Once the read model shows the conversation, a stale answer would be QUEUED at version 1: the answer is not.
    const assigned = await server.request(ASSIGN, { id: 'c1' }, token);
    expect(assigned.data).toMatchObject({ assignConversation: { id: 'c1', status: 'ASSIGNED', version: 2, waitingSince: null } });
    expect(warningOf(assigned)).toBeUndefined();
  });

  it('never answers the pre-command document as current when the projector is paused', async () => {
    await startProjector();
    ok(await server.request(REGISTER, {}, token));
    const opened = await server.request(OPEN, { id: 'c1' }, token);
    expect(warningOf(opened)).toBeUndefined();
    await projector?.stop();
    projector = undefined;

    const assigned = await server.request(ASSIGN, { id: 'c1' }, token);

    expect(assigned.errors).toBeUndefined();
    expect(assigned.data).toMatchObject({ assignConversation: { id: 'c1', status: 'ASSIGNED', version: 2, waitingSince: null } });
    expect(warningOf(assigned)).toEqual([expect.objectContaining({
      // The command's last event is the agent's take (position 4), after the conversation's assignment (3).
      type: 'Conversation', id: 'c1', caughtUp: false, answeredFrom: 'EVENT_LOG', position: '4',
      projections: [{ projection: 'conversations', position: '2', lagEvents: 2 }, { projection: 'agents', position: '2', lagEvents: 2 }],
    })]);
    // The read model still shows the conversation before the command: that is what the warning says.
    expect((await server.request(CONVERSATION, { id: 'c1' }, token)).data).toEqual({ conversation: { id: 'c1', status: 'QUEUED', version: 1 } });
  });

  it('answers from the stream, naming the dead letter, when the projection could not apply the command\'s event', async () => {
    const poisoned: Projection<ConversationDocument> = {
      ...conversationsProjection,
      apply: async (event, documents) => {
        if (event.metadata.commandId === 'poison-1') throw new Error('cannot apply this one');
        return conversationsProjection.apply(event, documents);
      },
    };
    await startProjector(ALL_PROJECTIONS.map((p) => (p.name === poisoned.name ? poisoned : p)));
    ok(await server.request(REGISTER, {}, token));
    ok(await server.request(OPEN, { id: 'c1' }, token));

    const assigned = await server.request(ASSIGN, { id: 'c1', commandId: 'poison-1' }, token);

    expect(assigned.errors).toBeUndefined();
    expect(assigned.data).toMatchObject({ assignConversation: { id: 'c1', status: 'ASSIGNED', version: 2 } });
    expect(warningOf(assigned)).toEqual([expect.objectContaining({
      type: 'Conversation', id: 'c1', caughtUp: false, answeredFrom: 'EVENT_LOG', position: '4',
      deadLettered: [{ projection: 'conversations', position: '3', eventType: 'ConversationAssigned' }],
    })]);
  });

  it('tells the same warning to a mutation sent over graphql-ws', async () => {
    const client = server.wsClient(token);
    try {
      const result = await new Promise<GraphQLResponse & { extensions?: Record<string, unknown> }>((resolve, reject) => {
        client.subscribe({ query: REGISTER }, { next: (value) => resolve(value as GraphQLResponse), error: reject, complete: () => undefined });
      });

      expect(result.data).toEqual({ registerAgent: expect.objectContaining({ id: 'agent-a', name: 'Ana' }) });
      expect(warningOf(result)).toEqual([expect.objectContaining({ type: 'Agent', id: 'agent-a', caughtUp: false, answeredFrom: 'EVENT_LOG' })]);
    } finally {
      await client.dispose();
    }
  });
});
