import { agentDecider, agentStream } from '@handoff/domain';
import { SqliteEventStore } from '@handoff/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegisterAgentCommand } from '../agents/register-agent/register-agent.command';
import { RegisterAgentHandler } from '../agents/register-agent/register-agent.handler';
import { SetAgentStatusCommand } from '../agents/set-agent-status/set-agent-status.command';
import { systemClock } from './clock';
import { CommandExecutor } from './command-executor';
import { commandMeta } from './command-meta';

const supervisor = { id: 'sup-1', tenantId: 'acme', roles: ['SUPERVISOR'] as const };
const stream = agentStream('acme', 'ana');

/** Two processes on one SQLite file: each executor keeps the states it folded; the other appends behind its back. */
describe('the command executor\'s folded states', () => {
  let dir: string;
  let stores: SqliteEventStore[];
  let here: CommandExecutor;
  let elsewhere: CommandExecutor;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-folded-'));
    stores = [new SqliteEventStore(join(dir, 'events.db')), new SqliteEventStore(join(dir, 'events.db'))];
    [here, elsewhere] = stores.map((store) => new CommandExecutor(store, systemClock));
    await new RegisterAgentHandler(here).execute(new RegisterAgentCommand(commandMeta(supervisor), { agentId: 'ana', name: 'Ana', queueIds: ['q1'] }));
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const setStatus = (executor: CommandExecutor, status: 'ONLINE' | 'AWAY', decided: string[]) =>
    executor.execute({
      stream,
      decider: agentDecider,
      command: new SetAgentStatusCommand(commandMeta(supervisor), { agentId: 'ana', status }),
      decide: (state) => {
        decided.push(`${state.exists ? state.status : 'none'}@${status}`);
        return state.exists && state.status === status ? [] : [{ type: 'AgentStatusChanged', data: { agentId: 'ana', status } }];
      },
    });

  it('folds what another process appended since, so a later decision sees it', async () => {
    expect((await here.readState(stream, agentDecider)).version).toBe(1);
    await setStatus(elsewhere, 'ONLINE', []);
    const read = await here.readState(stream, agentDecider);
    expect({ version: read.version, status: read.state.exists && read.state.status }).toEqual({ version: 2, status: 'ONLINE' });
  });

  it('never decides on a stale state: an append at an older version is refused and the command decided again', async () => {
    await here.readState(stream, agentDecider);
    const decided: string[] = [];
    // The other process's append lands between this decision's read and its append.
    const racing = here.execute({
      stream,
      decider: agentDecider,
      command: new SetAgentStatusCommand(commandMeta(supervisor), { agentId: 'ana', status: 'ONLINE' }),
      decide: async (state) => {
        decided.push(`${state.exists ? state.status : 'none'}@ONLINE`);
        if (decided.length === 1) await setStatus(elsewhere, 'AWAY', []);
        return [{ type: 'AgentStatusChanged', data: { agentId: 'ana', status: 'ONLINE' } }];
      },
    });
    const outcome = await racing;
    expect(decided).toEqual(['OFFLINE@ONLINE', 'AWAY@ONLINE']);
    expect(outcome).toMatchObject({ version: 3, appended: 1 });
    expect((await stores[1].readStream(stream)).map((e) => e.type)).toEqual(['AgentRegistered', 'AgentStatusChanged', 'AgentStatusChanged']);
  });

  it('reads only the events after the state it folded', async () => {
    await here.readState(stream, agentDecider);
    const reads: Array<number | undefined> = [];
    const store = stores[0];
    const readStream = store.readStream.bind(store);
    store.readStream = (s: string, after?: number) => {
      reads.push(after);
      return readStream(s, after);
    };
    await setStatus(elsewhere, 'ONLINE', []);
    await here.readState(stream, agentDecider);
    expect(reads).toEqual([1]);
  });
});
