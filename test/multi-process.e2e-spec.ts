import { Client } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess } from './support/api-process';
import { BuiltApi, eventually } from './support/built-api';
import { SqliteInspection } from './support/sqlite-inspection';
import { subscribe } from './support/test-server';

const BUILD_TIMEOUT_MS = 120_000;
/** Generous: a barrier that is not reached fails the test with what each subscriber got, never hangs it. */
const BARRIER_MS = 20_000;
const ENV = { READ_YOUR_WRITES_TIMEOUT_MS: '20000', PROJECTOR_LEASE_TTL_MS: '2000' };

const REGISTER = `mutation { registerAgent(input: { id: "agent-a", name: "Ana", queueIds: ["q1"] }) { id } }`;
const OPEN = `mutation ($id: ID!) { openConversation(input: { conversationId: $id, queueId: "q1", channel: "chat" }) { id status version } }`;
const ASSIGN = `mutation ($id: ID!) { assignConversation(input: { conversationId: $id, agentId: "agent-a" }) { id status version } }`;
const UPDATES = `subscription { conversationUpdated(queueId: "q1") { id version } }`;
const IN_QUEUE = `query { conversations(filter: { queueId: "q1" }, first: 200) { totalCount } }`;

type Subscriber = ReturnType<typeof subscribe>;
interface Listening { api: ApiProcess; client: Client; subscribers: Subscriber[] }

const keysOf = (subscriber: Subscriber): string[] =>
  subscriber.messages.map((m) => {
    const update = (m.data as { conversationUpdated?: { id: string; version: number } } | null)?.conversationUpdated;
    return update ? `${update.id}@${update.version}` : `error:${JSON.stringify(m.errors)}`;
  });

/** Two subscribers on the process, registered (its /metrics says so) before anything is sent. */
async function listen(api: ApiProcess, token: string): Promise<Listening> {
  const client = api.wsClient(token);
  const subscribers = [subscribe(client, UPDATES), subscribe(client, UPDATES)];
  await eventually(async () => (await api.activeSubscriptions()) === subscribers.length, BARRIER_MS, `${api.name}'s subscriptions`);
  return { api, client, subscribers };
}

async function close(listening: Listening[]): Promise<void> {
  for (const { client, subscribers } of listening) {
    subscribers.forEach((s) => s.stop());
    await client.dispose();
  }
}

/** A mutation that must answer as the read model shows it caught up (read-your-writes), on whichever process. */
async function command(api: ApiProcess, query: string, id: string, token: string, expected: Record<string, unknown>): Promise<void> {
  const answer = await api.request(query, { id }, token);
  expect({ process: api.name, errors: answer.errors, warning: answer.extensions?.readYourWrites }).toEqual({ process: api.name, errors: undefined, warning: undefined });
  expect(Object.values(answer.data ?? {})[0]).toMatchObject(expected);
}

/**
 * Every subscriber got every expected change exactly once: once all arrived, a last change (the sentinel) is sent
 * and awaited, and since each process delivers in commit order, any duplicate would have come before it.
 */
async function expectEachOnce(listening: Listening[], expected: string[], sentinel: { api: ApiProcess; id: string; token: string }): Promise<void> {
  const all = listening.flatMap((l) => l.subscribers.map((s) => ({ name: l.api.name, s })));
  const missing = (keys: string[]): string[] => expected.filter((key) => !keys.includes(key));
  await eventually(() => all.every(({ s }) => missing(keysOf(s)).length === 0), BARRIER_MS,
    `every change on every subscriber; missing ${JSON.stringify(all.map(({ name, s }) => [name, missing(keysOf(s))]))}`);
  await command(sentinel.api, OPEN, sentinel.id, sentinel.token, { status: 'QUEUED' });
  await eventually(() => all.every(({ s }) => keysOf(s).includes(`${sentinel.id}@1`)), BARRIER_MS, 'the sentinel on every subscriber');
  for (const { name, s } of all) {
    expect({ name, keys: [...keysOf(s)].sort() }).toEqual({ name, keys: [...expected, `${sentinel.id}@1`].sort() });
  }
}

/** Opens conversations on `api` without waiting, kills it with SIGKILL once the first is answered; all settle. */
async function killMidBurst(api: ApiProcess, ids: string[], token: string): Promise<void> {
  const sent = ids.map((id) => api.request(OPEN, { id }, token));
  await Promise.race(sent);
  expect(await api.stop('SIGKILL')).toBeNull();
  await Promise.allSettled(sent);
}

const ids = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('two api processes on one SQLite file', () => {
  let api: BuiltApi;
  let dataDir: string;
  const started: ApiProcess[] = [];

  beforeAll(() => {
    api = BuiltApi.build();
  }, BUILD_TIMEOUT_MS);
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-multi-'));
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterAll(() => api?.remove());

  async function start(name: string, env: Record<string, string>): Promise<ApiProcess> {
    const process = await ApiProcess.start(api, name, join(dataDir, 'handoff.db'), dataDir, { ...ENV, ...env });
    started.push(process);
    return process;
  }

  /** Opens and assigns conversations alternately on both processes, concurrently; all subscribers see each change once. */
  async function exercise(processes: ApiProcess[], listening: Listening[], token: string): Promise<void> {
    const conversations = ids('c', 8);
    const on = (i: number): ApiProcess => processes[i % processes.length];
    await Promise.all(conversations.map((id, i) => command(on(i), OPEN, id, token, { id, status: 'QUEUED', version: 1 })));
    await Promise.all(conversations.map((id, i) => command(on(i + 1), ASSIGN, id, token, { id, status: 'ASSIGNED', version: 2 })));
    const expected = conversations.flatMap((id) => [`${id}@1`, `${id}@2`]);
    await expectEachOnce(listening, expected, { api: processes[1], id: 'sentinel-1', token });
  }

  /** After a kill: whatever the log holds reaches the survivor's subscribers exactly once and its read model. */
  async function expectNothingLost(survivor: Listening, token: string, before: string[]): Promise<void> {
    const inspection = new SqliteInspection(join(dataDir, 'handoff.db'));
    const openedSince = inspection.openedConversations().map((id) => `${id}@1`).filter((key) => !before.includes(key));
    const expected = [...before, ...openedSince];
    await expectEachOnce([survivor], expected, { api: survivor.api, id: 'sentinel-2', token });
    const page = await survivor.api.request<{ conversations: { totalCount: number } }>(IN_QUEUE, {}, token);
    expect(page.data?.conversations.totalCount).toBe(inspection.openedConversations().length);
    expect(inspection.repeatedCommits()).toEqual([]);
  }

  it('one projecting (inline), one not (PROJECTOR=off): each change reaches every subscriber once; killing the second loses nothing', async () => {
    const projecting = await start('inline', {});
    const following = await start('off', { PROJECTOR: 'off' });
    const token = await projecting.token('sup-1', ['SUPERVISOR']);
    await command(following, REGISTER, '', token, { id: 'agent-a' });
    const listening = [await listen(projecting, token), await listen(following, token)];
    try {
      await exercise([projecting, following], listening, token);
      const seen = keysOf(listening[0].subscribers[0]);

      await killMidBurst(following, ids('burst', 6), token);

      await expectNothingLost(listening[0], token, seen);
    } finally {
      await close(listening);
    }
  }, 60_000);

  it('both projecting inline, one lease holder at a time: killing the holder mid-burst loses and repeats nothing', async () => {
    const first = await start('first', {});
    const second = await start('second', {});
    const token = await first.token('sup-1', ['SUPERVISOR']);
    await command(first, REGISTER, '', token, { id: 'agent-a' });
    const listening = [await listen(first, token), await listen(second, token)];
    try {
      await exercise([first, second], listening, token);
      const inspection = new SqliteInspection(join(dataDir, 'handoff.db'));
      const holderPid = inspection.leaseHolderPid('conversations');
      const [holder, survivor] = holderPid === first.child.pid ? listening : [listening[1], listening[0]];
      expect([first.child.pid, second.child.pid]).toContain(holderPid);
      const seen = keysOf(survivor.subscribers[0]);

      await killMidBurst(holder.api, ids('burst', 6), token);
      // The survivor takes the leases over once they expire; meanwhile its commands wait for their read model.
      for (const id of ids('after', 3)) await command(survivor.api, OPEN, id, token, { id, status: 'QUEUED' });

      await expectNothingLost(survivor, token, seen);
    } finally {
      await close(listening);
    }
  }, 60_000);
});
