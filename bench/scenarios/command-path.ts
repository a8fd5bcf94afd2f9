import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BusCommands } from '../support/commands';
import { Figure, log, runScenario, ScenarioInput } from '../support/scenario';
import { startInProcess } from '../support/servers';
import { SIZES } from '../support/sizes';
import { closedLoop, latencies, medianOf } from '../support/stats';

/** Commands run before timing starts, so the JIT and SQLite's page cache are warm. */
const WARM_UP = 1000;

async function run(concurrency: number): Promise<{ commandsPerSecond: number; p50: number; p99: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-cmd-'));
  // The write path alone: no projector in this process competes for the CPU.
  const app = await startInProcess(join(dir, 'handoff.db'), { PROJECTOR: 'off' });
  try {
    const commands = new BusCommands(app.get(CommandBus));
    await commands.seed(SIZES.conversations);
    await closedLoop(WARM_UP, concurrency, (i) => commands.step(i, SIZES.conversations));
    const { elapsedMs, samples } = await closedLoop(SIZES.commands, concurrency, (i) => commands.step(WARM_UP + i, SIZES.conversations));
    const { p50, p99 } = latencies(samples);
    return { commandsPerSecond: (SIZES.commands / elapsedMs) * 1000, p50, p99 };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runScenario(async (input: ScenarioInput) => {
  const baseline = { name: 'raw 1 txn/event', value: Number(input.rawEventsPerSecond) };
  const latencyBaseline = (value: unknown) => ({ name: 'raw commit', value: Number(value) });
  const figures: Figure[] = [];
  for (const concurrency of [1, 8]) {
    log(`command path in-process: ${SIZES.commands} commands, ${concurrency} at a time, over ${SIZES.conversations} conversations`);
    const result = await medianOf(SIZES.runs, () => run(concurrency));
    const scenario = `command path in-process, ${concurrency} in flight`;
    figures.push(
      { scenario, figure: 'throughput', unit: 'commands/s', value: result.commandsPerSecond, runs: result.runs, baseline, target: { on: 'ratio', bound: 'min', limit: 0.6 } },
      { scenario, figure: 'latency p50', unit: 'ms', value: result.p50, runs: result.runs, baseline: latencyBaseline(input.rawP50) },
      { scenario, figure: 'latency p99', unit: 'ms', value: result.p99, runs: result.runs, baseline: latencyBaseline(input.rawP99) },
    );
  }
  return figures;
});
