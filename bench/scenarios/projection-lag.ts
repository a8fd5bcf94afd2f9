import { ALL_PROJECTIONS, ChangeFollower } from '@handoff/projections';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANGE_FOLLOWER } from '../../apps/api/src/infrastructure/tokens';
import { BusCommands } from '../support/commands';
import { Figure, log, runScenario, ScenarioInput } from '../support/scenario';
import { startInProcess } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';

const WAIT_LIMIT_MS = 10_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Commands at a steady rate (open loop: the schedule does not wait for answers); for each, the time from its
 * append being committed to every read model showing it, as the change follower (subscriptions,
 * read-your-writes) sees it.
 */
async function sustained(commands: BusCommands, follower: ChangeFollower, ratePerSecond: number, seconds: number, offset: number): Promise<number[]> {
  const total = Math.round(ratePerSecond * seconds);
  const lags: Promise<number>[] = [];
  const started = nowMs();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - nowMs();
    if (wait >= 1) await sleep(wait);
    lags.push(
      commands.step(offset + i, SIZES.conversations).then(async (outcome) => {
        const appended = nowMs();
        if (outcome.position === null) throw new Error('a cycle command appended nothing');
        const position = outcome.position;
        const reached = await Promise.all(ALL_PROJECTIONS.map(({ name }) => follower.waitForPosition(name, position, WAIT_LIMIT_MS)));
        if (reached.includes(false)) throw new Error(`read models did not reach ${position} within ${WAIT_LIMIT_MS} ms`);
        return nowMs() - appended;
      }),
    );
  }
  return Promise.all(lags);
}

runScenario(async (input: ScenarioInput) => {
  const rate = Math.max(1, Math.round(Number(input.httpRequestsPerSecond) / 2));
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-lag-'));
  const app = await startInProcess(join(dir, 'handoff.db'));
  try {
    const commands = new BusCommands(app.get(CommandBus));
    const follower = app.get<ChangeFollower>(CHANGE_FOLLOWER);
    await commands.seed(SIZES.conversations);
    let offset = 0;
    await sustained(commands, follower, rate, 1, offset);
    offset += rate;
    log(`projection lag: ${rate} commands/s (half the HTTP rate) for ${SIZES.lagSeconds} s per run, inline projector`);
    const result = await medianOf(SIZES.runs, async () => {
      const lags = await sustained(commands, follower, rate, SIZES.lagSeconds, offset);
      offset += lags.length;
      const { p50, p99 } = latencies(lags);
      return { p50, p99 };
    });
    const scenario = `projection lag at ${rate} commands/s`;
    const latencyBaseline = (value: unknown) => ({ name: 'raw commit', value: Number(value) });
    return [
      { scenario, figure: 'append → all read models p50', unit: 'ms', value: result.p50, runs: result.runs, baseline: latencyBaseline(input.rawP50) },
      { scenario, figure: 'append → all read models p99', unit: 'ms', value: result.p99, runs: result.runs, baseline: latencyBaseline(input.rawP99), target: { on: 'value', bound: 'max', limit: 50 } },
    ] satisfies Figure[];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
