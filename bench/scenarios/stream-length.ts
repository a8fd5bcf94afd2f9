import { agentStream } from '@handoff/domain';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetAgentStatusCommand } from '../../apps/api/src/agents/set-agent-status/set-agent-status.command';
import { commandMeta } from '../../apps/api/src/shared/command-meta';
import { createEventLog, EventLogWriter, TENANT } from '../support/event-log';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess, SUPERVISOR } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';

const SHORT_EVENTS = 10;
const WARM_UP = 50;
const STATUSES = ['ONLINE', 'AWAY'] as const;

/** An agent registered, then its status changed until its stream holds `events` events. */
function writeAgent(writer: EventLogWriter, agentId: string, events: number): void {
  const stream = agentStream(TENANT, agentId);
  writer.add({ stream, type: 'AgentRegistered', data: { agentId, name: agentId, queueIds: ['q1'] } });
  for (let i = 1; i < events; i++) writer.add({ stream, type: 'AgentStatusChanged', data: { agentId, status: STATUSES[(events - i) % 2 === 0 ? 0 : 1] } });
}

/**
 * Command cost against stream length (issue 17): setAgentStatus on an agent whose stream holds 5,000 events and on
 * one whose stream holds 10, alternately, one at a time, in-process without a projector. The first command on each
 * (its stream read whole, as after a restart) is reported apart; the figure is the steady state after it.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-stream-'));
  const path = join(dir, 'handoff.db');
  try {
    await createEventLog(path);
    const writer = new EventLogWriter(path);
    writeAgent(writer, 'long', SIZES.longStreamEvents);
    writeAgent(writer, 'short', SHORT_EVENTS);
    writer.close();
    const app = await startInProcess(path, { PROJECTOR: 'off' });
    try {
      const bus = app.get(CommandBus);
      // Both streams end AWAY: each command flips its agent's status, so each one appends.
      const toggles = new Map<string, number>();
      const command = async (agentId: string): Promise<number> => {
        const toggle = toggles.get(agentId) ?? 0;
        toggles.set(agentId, toggle + 1);
        const t0 = nowMs();
        const outcome = await bus.execute(new SetAgentStatusCommand(commandMeta(SUPERVISOR), { agentId, status: STATUSES[toggle % 2] }));
        if (outcome.appended !== 1) throw new Error(`setAgentStatus on ${agentId} appended ${outcome.appended} events`);
        return nowMs() - t0;
      };
      const first = { long: await command('long'), short: await command('short') };
      log(`stream length: ${SIZES.longStreamEvents} vs ${SHORT_EVENTS} events, ${SIZES.streamCommands} commands on each`);
      for (let i = 0; i < WARM_UP; i++) await command(i % 2 ? 'long' : 'short');
      const measured = await medianOf(SIZES.runs, async () => {
        const long: number[] = [];
        const short: number[] = [];
        for (let i = 0; i < SIZES.streamCommands; i++) {
          long.push(await command('long'));
          short.push(await command('short'));
        }
        return { longP50: latencies(long).p50, shortP50: latencies(short).p50, longP99: latencies(long).p99, shortP99: latencies(short).p99 };
      });
      const scenario = `command on a stream of ${SIZES.longStreamEvents.toLocaleString('en-US')} events vs ${SHORT_EVENTS}`;
      const short = (value: number) => ({ name: `stream of ${SHORT_EVENTS}`, value });
      return [
        { scenario, figure: 'latency p50', unit: 'ms', value: measured.longP50, runs: measured.runs, baseline: short(measured.shortP50), target: { on: 'ratio', bound: 'max', limit: 1.5 } },
        { scenario, figure: 'latency p99', unit: 'ms', value: measured.longP99, runs: measured.runs, baseline: short(measured.shortP99) },
        { scenario, figure: 'first command (stream read whole)', unit: 'ms', value: first.long, runs: 1, baseline: short(first.short) },
      ] satisfies Figure[];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
