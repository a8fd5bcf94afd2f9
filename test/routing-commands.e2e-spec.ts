import { agentStream, conversationStream, queueStream, systemActor } from '@handoff/domain';
import { EVENT_STORE, EventStore } from '@handoff/event-store';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { systemCommandFor } from '../apps/api/src/routing/system-commands';
import { assign, errorOf, ok, openConversation, seed, Tokens, tokensFor } from './support/fixtures';
import { TestServer } from './support/test-server';

const CONFIGURE = `mutation ($input: ConfigureQueueInput!) { configureQueue(input: $input) { queueId name routing offerTimeoutSeconds maxWaitSeconds returnAfterSeconds serviceLevelSeconds } }`;
const CAPACITY = `mutation ($input: SetAgentCapacityInput!) { setAgentCapacity(input: $input) { id } }`;
const ACCEPT = `mutation ($id: ID!) { acceptConversation(input: { conversationId: $id }) { id status assignee { id } } }`;
const DECLINE = `mutation ($id: ID!, $note: String) { declineConversation(input: { conversationId: $id, note: $note }) { id status } }`;
const ACTIVITY = `mutation ($id: ID!, $kind: ActivityKind!) { recordActivity(input: { conversationId: $id, kind: $kind }) { id } }`;
const STATUS = `mutation ($id: ID!) { setAgentStatus(agentId: $id, status: ONLINE) { id } }`;

describe('routing commands over GraphQL (without the router: offers sent as handoff would, through the command bus)', () => {
  let server: TestServer;
  let tokens: Tokens;
  let eventStore: EventStore;
  let bus: CommandBus;

  beforeAll(async () => {
    server = await TestServer.start();
    tokens = await tokensFor(server);
    eventStore = server.app.get(EVENT_STORE);
    bus = server.app.get(CommandBus);
    await seed(server, tokens.supervisor);
    for (const id of ['agent-a', 'agent-b']) ok(await server.request(STATUS, { id }, tokens.supervisor));
  });
  afterAll(() => server.stop());

  /** What the router does: OfferConversation as SYSTEM, with its own command id. */
  const offer = (conversationId: string, agentId: string) =>
    bus.execute(systemCommandFor('OfferConversation', { conversationId, agentId, expiresAt: new Date(Date.now() + 30_000).toISOString() }, {
      actor: systemActor('acme'), commandId: randomUUID(), correlationId: 'router', causationId: 'router',
    }));
  const typesOf = async (stream: string) => (await eventStore.readStream(stream)).map((event) => event.type);

  describe('configureQueue', () => {
    it('answers the settings from the queue\'s stream, defaults filled in', async () => {
      const data = ok(await server.request(CONFIGURE, { input: { queueId: 'q9', routing: 'AUTO', maxWaitSeconds: 120 } }, tokens.supervisor));
      expect(data.configureQueue).toEqual({ queueId: 'q9', name: null, routing: 'AUTO', offerTimeoutSeconds: 30, maxWaitSeconds: 120, returnAfterSeconds: null, serviceLevelSeconds: 60 });
    });

    it('appends nothing when configured again with the same settings', async () => {
      const input = { queueId: 'q8', name: 'Ventas', routing: 'MANUAL', offerTimeoutSeconds: 5 };
      ok(await server.request(CONFIGURE, { input }, tokens.admin));
      ok(await server.request(CONFIGURE, { input }, tokens.admin));
      expect(await typesOf(queueStream('acme', 'q8'))).toEqual(['QueueConfigured']);
    });

    it.each([
      ['offerTimeoutSeconds', 0], ['offerTimeoutSeconds', 3601], ['maxWaitSeconds', 604_801], ['returnAfterSeconds', 0], ['serviceLevelSeconds', 0],
    ])('refuses %s %p as BAD_USER_INPUT on its field, writing nothing', async (field, value) => {
      const answer = await server.request(CONFIGURE, { input: { queueId: 'q7', routing: 'AUTO', [field]: value } }, tokens.supervisor);
      expect(errorOf(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
      expect(await typesOf(queueStream('acme', 'q7'))).toEqual([]);
    });

    it('is FORBIDDEN to an agent', async () => {
      expect(errorOf(await server.request(CONFIGURE, { input: { queueId: 'q9', routing: 'MANUAL' } }, tokens.agentA))).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('setAgentCapacity', () => {
    it('refuses a channel named twice as BAD_USER_INPUT naming it', async () => {
      const input = { agentId: 'agent-c', maxConversations: 3, channelLimits: [{ channel: 'chat', max: 1 }, { channel: 'chat', max: 2 }] };
      expect(errorOf(await server.request(CAPACITY, { input }, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.channelLimits.1.channel' });
    });

    it('refuses maxConversations 101', async () => {
      expect(errorOf(await server.request(CAPACITY, { input: { agentId: 'agent-c', maxConversations: 101 } }, tokens.supervisor))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maxConversations' });
    });

    it('records the capacity on the agent\'s stream, once', async () => {
      const input = { agentId: 'agent-c', maxConversations: 2, channelLimits: [{ channel: 'whatsapp', max: 1 }] };
      expect(ok(await server.request(CAPACITY, { input }, tokens.supervisor)).setAgentCapacity).toEqual({ id: 'agent-c' });
      ok(await server.request(CAPACITY, { input }, tokens.supervisor));
      expect((await typesOf(agentStream('acme', 'agent-c'))).filter((type) => type === 'AgentCapacitySet')).toHaveLength(1);
    });
  });

  describe('offers: accept and decline', () => {
    it('lets only the offered agent answer: FORBIDDEN for another agent and for a supervisor', async () => {
      await openConversation(server, tokens.supervisor, 'offer-1');
      await offer('offer-1', 'agent-a');
      expect(errorOf(await server.request(ACCEPT, { id: 'offer-1' }, tokens.agentB))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await server.request(DECLINE, { id: 'offer-1' }, tokens.agentB))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await server.request(ACCEPT, { id: 'offer-1' }, tokens.supervisor))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses NOT_OFFERED when nothing is offered to the caller', async () => {
      await openConversation(server, tokens.supervisor, 'offer-2');
      expect(errorOf(await server.request(ACCEPT, { id: 'offer-2' }, tokens.agentA))).toMatchObject({ code: 'INVALID_STATE', reason: 'NOT_OFFERED' });
      expect(errorOf(await server.request(DECLINE, { id: 'offer-2' }, tokens.agentA))).toMatchObject({ code: 'INVALID_STATE', reason: 'NOT_OFFERED' });
    });

    it('declined goes back to the queue; offered again and accepted, it is ASSIGNED; the slot taken once and kept', async () => {
      await openConversation(server, tokens.supervisor, 'offer-3');
      await offer('offer-3', 'agent-a');
      expect(ok(await server.request(DECLINE, { id: 'offer-3', note: 'on a call' }, tokens.agentA)).declineConversation).toMatchObject({ status: 'QUEUED' });
      await offer('offer-3', 'agent-a');
      expect(ok(await server.request(ACCEPT, { id: 'offer-3' }, tokens.agentA)).acceptConversation).toMatchObject({ status: 'ASSIGNED', assignee: { id: 'agent-a' } });
      expect(await typesOf(conversationStream('acme', 'offer-3'))).toEqual(['ConversationOpened', 'ConversationOffered', 'ConversationOfferDeclined', 'ConversationOffered', 'ConversationAssigned']);
      const agentEvents = (await eventStore.readStream(agentStream('acme', 'agent-a'))).filter((e) => e.data.conversationId === 'offer-3').map((e) => e.type);
      expect(agentEvents).toEqual(['AgentConversationTaken', 'AgentConversationReleased', 'AgentConversationTaken']);
    });

    it('counts an OFFERED conversation against capacity; a supervisor\'s assign elsewhere withdraws the offer and frees the slot', async () => {
      ok(await server.request(CAPACITY, { input: { agentId: 'agent-b', maxConversations: 1 } }, tokens.supervisor));
      await openConversation(server, tokens.supervisor, 'offer-4');
      await openConversation(server, tokens.supervisor, 'offer-5');
      await offer('offer-4', 'agent-b');
      expect(errorOf(await assign(server, tokens.supervisor, 'offer-5', 'agent-b'))).toMatchObject({ code: 'INVALID_STATE', reason: 'AGENT_AT_CAPACITY' });
      ok(await assign(server, tokens.supervisor, 'offer-4', 'agent-a'));
      expect(await typesOf(conversationStream('acme', 'offer-4'))).toEqual(['ConversationOpened', 'ConversationOffered', 'ConversationOfferWithdrawn', 'ConversationAssigned']);
      ok(await assign(server, tokens.supervisor, 'offer-5', 'agent-b'));
    });

    it('refuses an offer from anyone but handoff (FORBIDDEN for a supervisor sending the system command)', async () => {
      await openConversation(server, tokens.supervisor, 'offer-6');
      const command = systemCommandFor('OfferConversation', { conversationId: 'offer-6', agentId: 'agent-a', expiresAt: new Date().toISOString() }, {
        actor: { id: 'sup-1', tenantId: 'acme', roles: ['SUPERVISOR'] }, commandId: randomUUID(), correlationId: 'x', causationId: 'x',
      });
      await expect(bus.execute(command)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('recordActivity', () => {
    it('records a reply from the integration and from the assigned agent; FORBIDDEN to an agent for a contact\'s message', async () => {
      await openConversation(server, tokens.supervisor, 'act-1');
      ok(await assign(server, tokens.supervisor, 'act-1', 'agent-a'));
      ok(await server.request(ACTIVITY, { id: 'act-1', kind: 'AGENT_REPLIED' }, tokens.integration));
      ok(await server.request(ACTIVITY, { id: 'act-1', kind: 'AGENT_REPLIED' }, tokens.agentA));
      expect(errorOf(await server.request(ACTIVITY, { id: 'act-1', kind: 'CONTACT_MESSAGED' }, tokens.agentA))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await server.request(ACTIVITY, { id: 'act-1', kind: 'AGENT_REPLIED' }, tokens.agentB))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await typesOf(conversationStream('acme', 'act-1'))).filter((t) => t === 'ConversationActivityRecorded')).toHaveLength(2);
    });
  });
});
