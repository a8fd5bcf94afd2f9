import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess } from './support/api-process';
import { BuiltApi } from './support/built-api';
import { peakOnAgentStream, peakOnConversationStreams } from './support/holdings-log';

const BUILD_TIMEOUT_MS = 180_000;
const ENV = { READ_YOUR_WRITES_TIMEOUT_MS: '20000', PROJECTOR_LEASE_TTL_MS: '2000' };
const ATTEMPTS = 50;

const DEFINE_REASON = `mutation { defineTransferReason(input: { id: "handover", name: "Handover" }) { id } }`;
const REGISTER = `mutation ($id: ID!, $name: String!) { registerAgent(input: { id: $id, name: $name, queueIds: ["q1"] }) { id } }`;
const CAPACITY = `mutation ($id: ID!, $max: Int, $limits: [ChannelLimitInput!]) { setAgentCapacity(input: { agentId: $id, maxConversations: $max, channelLimits: $limits }) { id } }`;
const OPEN = `mutation ($id: ID!, $channel: String!) { openConversation(input: { conversationId: $id, queueId: "q1", channel: $channel }) { id } }`;
const ASSIGN = `mutation ($id: ID!, $agentId: ID!) { assignConversation(input: { conversationId: $id, agentId: $agentId }) { id status } }`;
const TRANSFER = `mutation ($id: ID!, $agentId: ID!) { transferConversation(input: { conversationId: $id, toAgentId: $agentId, reasonId: "handover" }) { id status } }`;

type Attempt = 'assign' | 'take' | 'transfer';
const KINDS: readonly Attempt[] = ['assign', 'take', 'transfer'];

/** How a mutation ended: OK, or its error's code and reason. */
const outcomeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string =>
  answer.errors ? `${answer.errors[0].extensions?.code}${answer.errors[0].extensions?.reason ? `:${answer.errors[0].extensions.reason}` : ''}` : 'OK';

describe('agent capacity is exact under concurrency, from two api processes on one SQLite file', () => {
  let built: BuiltApi;
  let dataDir: string;
  let apis: ApiProcess[] = [];

  beforeAll(async () => {
    built = BuiltApi.build();
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-capacity-'));
    const path = join(dataDir, 'handoff.db');
    // One after the other: both migrate the same file at start.
    apis = [await ApiProcess.start(built, 'api-1', path, dataDir, ENV)];
    apis.push(await ApiProcess.start(built, 'api-2', path, dataDir, ENV));
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop('SIGKILL')));
    built?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Must succeed (set-up): fails with what the server said otherwise. */
  async function setUp(api: ApiProcess, query: string, variables: Record<string, unknown>, token: string): Promise<void> {
    const answer = await api.request(query, variables, token);
    expect({ query, errors: answer.errors }).toEqual({ query, errors: undefined });
  }

  /**
   * 50 conversations, each sent to `target` at once, a third each by a supervisor's assign, by the agent taking it
   * for itself and by a transfer from a helper, alternately through both processes (fetch opens many connections).
   */
  async function race(prefix: string, target: string, channelOf: (i: number) => string): Promise<{ outcomes: Map<string, number>; succeeded: number }> {
    const [api1] = apis;
    const supervisor = await api1.token('sup-1', ['SUPERVISOR']);
    const agent = await api1.token(target, ['AGENT']);
    const helper = `${prefix}-helper`;
    await setUp(api1, REGISTER, { id: target, name: target }, supervisor);
    await setUp(api1, REGISTER, { id: helper, name: helper }, supervisor);
    const ids = Array.from({ length: ATTEMPTS }, (_, i) => `${prefix}-${i}`);
    const kindOf = (i: number): Attempt => KINDS[i % KINDS.length];
    await Promise.all(ids.map((id, i) => setUp(apis[i % 2], OPEN, { id, channel: channelOf(i) }, supervisor)));
    // One at a time: concurrent takes by one agent contend on its stream, which is the race below, not its set-up.
    for (const [i, id] of ids.entries()) if (kindOf(i) === 'transfer') await setUp(apis[i % 2], ASSIGN, { id, agentId: helper }, supervisor);

    const answers = await Promise.all(ids.map((id, i) => {
      const api = apis[(i + 1) % 2];
      const kind = kindOf(i);
      if (kind === 'transfer') return api.request(TRANSFER, { id, agentId: target }, supervisor);
      return api.request(ASSIGN, { id, agentId: target }, kind === 'take' ? agent : supervisor);
    }));
    const outcomes = new Map<string, number>();
    for (const outcome of answers.map(outcomeOf)) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    return { outcomes, succeeded: outcomes.get('OK') ?? 0 };
  }

  const REFUSALS = ['INVALID_STATE:AGENT_AT_CAPACITY', 'CONCURRENCY_CONFLICT'];

  it('an agent with maxConversations 3 never holds more than 3, replaying the log; the others are refused AGENT_AT_CAPACITY or CONCURRENCY_CONFLICT', async () => {
    const supervisor = await apis[0].token('sup-1', ['SUPERVISOR']);
    await setUp(apis[0], DEFINE_REASON, {}, supervisor);
    await setUp(apis[0], REGISTER, { id: 'ana', name: 'ana' }, supervisor);
    await setUp(apis[0], CAPACITY, { id: 'ana', max: 3 }, supervisor);

    const { outcomes, succeeded } = await race('total', 'ana', () => 'chat');

    expect([...outcomes.keys()].filter((o) => o !== 'OK' && !REFUSALS.includes(o))).toEqual([]);
    expect(outcomes.get('INVALID_STATE:AGENT_AT_CAPACITY')).toBeGreaterThan(0);
    const path = join(dataDir, 'handoff.db');
    const onAgent = peakOnAgentStream(path, 'acme', 'ana');
    const onConversations = peakOnConversationStreams(path, 'ana');
    expect({ most: onAgent.most, mostFromConversations: onConversations.most }).toEqual({ most: 3, mostFromConversations: 3 });
    expect(onAgent.held).toEqual(onConversations.held);
    expect(onAgent.held).toHaveLength(succeeded);
  }, 120_000);

  it('with a channel limit (whatsapp 1, total 3): never more than 1 whatsapp conversation, although the total allows 3', async () => {
    const supervisor = await apis[0].token('sup-1', ['SUPERVISOR']);
    // The registration comes in `race`; capacity needs the agent first.
    await setUp(apis[0], REGISTER, { id: 'wanda', name: 'wanda' }, supervisor);
    await setUp(apis[0], CAPACITY, { id: 'wanda', max: 3, limits: [{ channel: 'whatsapp', max: 1 }] }, supervisor);

    // Every attempt is a whatsapp conversation, so it is the channel limit (not the total) that refuses them.
    const { outcomes, succeeded } = await race('channel', 'wanda', () => 'whatsapp');

    expect([...outcomes.keys()].filter((o) => o !== 'OK' && !REFUSALS.includes(o))).toEqual([]);
    expect(outcomes.get('INVALID_STATE:AGENT_AT_CAPACITY')).toBeGreaterThan(0);
    const path = join(dataDir, 'handoff.db');
    const onAgent = peakOnAgentStream(path, 'acme', 'wanda');
    const onConversations = peakOnConversationStreams(path, 'wanda');
    expect({ agentStream: onAgent.mostOnChannel.whatsapp, conversationStreams: onConversations.mostOnChannel.whatsapp }).toEqual({ agentStream: 1, conversationStreams: 1 });
    expect(Math.max(onAgent.most, onConversations.most)).toBe(1);
    expect(onAgent.held).toEqual(onConversations.held);
    expect(onAgent.held).toHaveLength(succeeded);
  }, 120_000);
});
