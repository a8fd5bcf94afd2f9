import { SqliteReadStore } from '@handoff/read-store';
import { collectionOf, INTERNAL_TENANT, pmCollection } from '../../process-managers/src/pm-store';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { PmFiles } from '../../process-managers/src/testing/pm-files';
import { waitUntil } from '../../process-managers/src/testing/toy-manager';
import { ROUTING_MANAGER, routingManager } from './routing.manager';
import { LogCommandSide } from './testing/log-command-side';
import { offerViolations } from './testing/offer-violations';
import { ROUTER_CHILD_LEASE_TTL_MS } from './testing/router-child';
import { ev } from './testing/routing-harness';
import { Timer } from '@handoff/process-managers';

const CHILD = join(__dirname, 'testing', 'router-child.ts');
const SWC_REGISTER = join(__dirname, '..', '..', '..', 'scripts', 'swc-register.js');
const AUTO = ['auto-0', 'auto-1', 'auto-2', 'auto-3'];
const MANUAL = ['manual-0', 'manual-1', 'manual-2'];

/** Read through a store opened for the look: one opened earlier does not see a generation another process created. */
async function timersIn(path: string): Promise<Timer[]> {
  const readStore = new SqliteReadStore(path);
  try {
    if (!(await readStore.generations(collectionOf(ROUTING_MANAGER))).some((g) => g.active)) return [];
    await readStore.init([pmCollection(ROUTING_MANAGER)]);
    const documents = await readStore.list(collectionOf(ROUTING_MANAGER), INTERNAL_TENANT, [{ field: 'kind', eq: 'timer' }]);
    return documents.map((d) => (d as unknown as { timer: Timer }).timer);
  } finally {
    await readStore.close();
  }
}

describe('routing manager after a crash', () => {
  let files: PmFiles;

  beforeEach(() => {
    files = new PmFiles();
  });

  afterEach(() => files.cleanup());

  it('killed with SIGKILL with offers and no-reply timers pending, it restarts to fire each once: none lost, never two offers at once', async () => {
    const eventStore = files.eventStore();
    const side = new LogCommandSide(eventStore);
    await side.person(ev.configured('qa', 'AUTO', { offerTimeoutSeconds: 2 }), ev.configured('qm', 'MANUAL', { returnAfterSeconds: 2 }));
    await side.person(ev.registered('m1', ['qm']));
    for (const agentId of ['a1', 'a2']) await side.person(ev.registered(agentId, ['qa']), ev.capacity(agentId, 2), ev.status(agentId, 'ONLINE'));
    const child = fork(CHILD, [files.path], { execArgv: ['-r', SWC_REGISTER], stdio: 'pipe' });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const dead = new Promise((resolve) => child.on('exit', resolve));
    await waitUntil('the router child holds the lease', async () => {
      const readStore = new SqliteReadStore(files.path);
      try {
        return (await readStore.generations(collectionOf(ROUTING_MANAGER))).some((g) => g.active);
      } finally {
        await readStore.close();
      }
    });
    for (const id of AUTO) await side.person(ev.opened(id, 'qa'));
    for (const id of MANUAL) await side.person(ev.opened(id, 'qm'), ev.assigned(id, 'm1', 'qm'), ev.taken('m1', id));
    await waitUntil('the router stored the offer and no-reply timers', async () => {
      const ids = (await timersIn(files.path)).map((t) => t.id);
      if (child.exitCode !== null) throw new Error(`the router child ended: ${stderr}`);
      return MANUAL.every((id) => ids.includes(`noreply:${id}`)) && AUTO.every((id) => ids.includes(`offer:${id}`));
    }).catch(async (error) => {
      child.kill('SIGKILL');
      throw new Error(`${String(error)}; timers: ${(await timersIn(files.path)).map((t) => t.id).join(', ')}; ${stderr}`);
    });
    child.kill('SIGKILL');
    await dead;
    const offersAtKill = (await eventStore.readAll(0n, 100_000)).filter((e) => e.type === 'ConversationOffered');
    const lastDue = Math.max(...(await timersIn(files.path)).map((t) => Date.parse(t.dueAt)));
    // Down until every pending timer is due: the restarted runner fires them late.
    await waitUntil('the timers come due while it is down', () => Date.now() > lastDue + 200);

    await files.runner(eventStore, files.readStore(), routingManager, side.dispatch, { leaseTtlMs: ROUTER_CHILD_LEASE_TTL_MS }).start();
    await waitUntil('every timer pending at the kill fired', async () => {
      const events = await eventStore.readAll(0n, 100_000);
      const ended = offersAtKill.every((offer) => events.some((e) => e.stream === offer.stream && e.streamVersion === offer.streamVersion + 1));
      return ended && MANUAL.every((id) => events.some((e) => e.type === 'ConversationReturnedToQueue' && e.data.conversationId === id));
    });

    const events = await eventStore.readAll(0n, 100_000);
    expect(offerViolations(events)).toEqual({ offeredTwice: [], endedTwice: [] });
    const count = (type: string, id: string): number => events.filter((e) => e.type === type && e.data.conversationId === id).length;
    expect(MANUAL.map((id) => [id, count('ConversationReturnedToQueue', id), count('SlaBreached', id)])).toEqual(MANUAL.map((id) => [id, 1, 1]));
    for (const offer of offersAtKill) {
      const next = events.find((e) => e.stream === offer.stream && e.streamVersion === offer.streamVersion + 1)!;
      expect([next.type, next.metadata.actor.role]).toEqual(['ConversationOfferExpired', 'SYSTEM']);
    }
  }, 60_000);
});
