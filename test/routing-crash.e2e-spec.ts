import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess } from './support/api-process';
import { BuiltApi, eventually } from './support/built-api';
import { assignTo, configureQueue, onlineAgents, open } from './support/routing-fixtures';
import { countPerConversation, loggedEvents, offerViolations } from './support/routing-log';
import { routerTimers } from './support/router-state';

/** Short, so that the restarted api takes the router's lease over soon after the killed one stops renewing it. */
const ENV = { PROJECTOR_LEASE_TTL_MS: '1000' };
const AUTO = Array.from({ length: 6 }, (_, i) => `auto-${i}`);
const MANUAL = Array.from({ length: 4 }, (_, i) => `manual-${i}`);

/**
 * SIGKILL of the api running the router (inline) while offers and no-reply timers are pending; restarted after they
 * came due. Needs the command side of the routing vocabulary (configureQueue, setAgentCapacity, system commands).
 */
describe('the router killed with SIGKILL and restarted', () => {
  let api: BuiltApi;
  let dataDir: string;
  const processes: ApiProcess[] = [];
  const sqlitePath = (): string => join(dataDir, 'handoff.db');

  beforeAll(() => {
    api = BuiltApi.build();
  }, 180_000);

  afterAll(() => api.remove());

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-routing-crash-'));
  });

  afterEach(async () => {
    for (const process of processes.splice(0)) await process.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (name: string): Promise<ApiProcess> => {
    const process = await ApiProcess.start(api, name, sqlitePath(), dataDir, ENV);
    processes.push(process);
    return process;
  };

  it('fires every due timer once after the restart, loses none, and never offers a conversation to two agents at once', async () => {
    const first = await start('first');
    const supervisor = await first.token('sup-1', ['SUPERVISOR']);
    await configureQueue(first, supervisor, { queueId: 'q-auto', routing: 'AUTO', offerTimeoutSeconds: 2 });
    await configureQueue(first, supervisor, { queueId: 'q-man', routing: 'MANUAL', returnAfterSeconds: 2 });
    await onlineAgents(first, supervisor, ['q-auto'], ['a1', 'a2', 'a3'], 2);
    await onlineAgents(first, supervisor, ['q-man'], ['m1']);
    for (const id of AUTO) await open(first, supervisor, id, 'q-auto');
    for (const id of MANUAL) await open(first, supervisor, id, 'q-man');
    for (const id of MANUAL) await assignTo(first, supervisor, id, 'm1');

    // The router has stored what it waits for: every no-reply timer and the first offers' expiries.
    await eventually(async () => {
      const ids = (await routerTimers(sqlitePath())).map((t) => t.id);
      return MANUAL.every((id) => ids.includes(`noreply:${id}`)) && AUTO.every((id) => ids.includes(`offer:${id}`));
    }, 10_000, 'the router to store the offer and no-reply timers');
    await first.stop('SIGKILL');
    const pending = await routerTimers(sqlitePath());
    const before = loggedEvents(sqlitePath());
    const offersAtKill = before.filter((e) => e.type === 'ConversationOffered' && AUTO.includes(String(e.data.conversationId)));
    expect(pending.filter((t) => t.id.startsWith('noreply:')).length).toBe(MANUAL.length);

    // Down until every pending timer is due: the restarted router fires them late, once each.
    const lastDue = Math.max(...pending.map((t) => Date.parse(t.dueAt)));
    await eventually(() => Date.now() > lastDue + 500, 10_000, 'the timers to come due while the api is down');
    await start('second');

    await eventually(() => {
      const events = loggedEvents(sqlitePath());
      const returned = countPerConversation(events, 'ConversationReturnedToQueue');
      const ended = offersAtKill.every((offer) => events.some((e) => e.stream === offer.stream && e.version === offer.version + 1));
      return ended && MANUAL.every((id) => returned.get(id) === 1);
    }, 20_000, 'every timer pending at the kill to fire');

    const events = loggedEvents(sqlitePath());
    expect(offerViolations(events)).toEqual({ offeredTwice: [], endedTwice: [] });
    const returned = countPerConversation(events, 'ConversationReturnedToQueue');
    const breaches = countPerConversation(events, 'SlaBreached', (e) => e.data.kind === 'NO_REPLY');
    expect(MANUAL.map((id) => [id, returned.get(id), breaches.get(id)])).toEqual(MANUAL.map((id) => [id, 1, 1]));
    for (const offer of offersAtKill) {
      const next = events.find((e) => e.stream === offer.stream && e.version === offer.version + 1)!;
      expect([next.type, next.actor.role]).toEqual(['ConversationOfferExpired', 'SYSTEM']);
    }
  }, 90_000);
});
