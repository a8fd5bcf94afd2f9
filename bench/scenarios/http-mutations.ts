import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversationIds, cycleMutation, openMutation, SEED_MUTATION } from '../support/commands';
import { Figure, log, runScenario, ScenarioInput } from '../support/scenario';
import { GraphQLClient, SpawnedServer, supervisorToken } from '../support/servers';
import { SIZES } from '../support/sizes';
import { closedLoop, latencies, medianOf } from '../support/stats';

const WARM_UP = 1000;

runScenario(async (input: ScenarioInput) => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-http-'));
  const server = await SpawnedServer.start(join(dir, 'handoff.db'), dir);
  const clients = SIZES.httpClients;
  const client = new GraphQLClient(server.url, await supervisorToken(), clients);
  try {
    await client.request(SEED_MUTATION);
    const ids = conversationIds(SIZES.conversations);
    await closedLoop(ids.length, clients, (i) => {
      const { query, variables } = openMutation(ids[i]);
      return client.request(query, variables);
    });
    let next = 0;
    const mutate = () => {
      const { query, variables } = cycleMutation(next++, SIZES.conversations);
      return client.request(query, variables);
    };
    await closedLoop(WARM_UP, clients, mutate);
    log(`GraphQL mutations over HTTP: ${SIZES.httpRequests} per run, ${clients} clients, server in its own process`);
    const result = await medianOf(SIZES.runs, async () => {
      const { elapsedMs, samples } = await closedLoop(SIZES.httpRequests, clients, mutate);
      const { p50, p99 } = latencies(samples);
      return { requestsPerSecond: (SIZES.httpRequests / elapsedMs) * 1000, p50, p99 };
    });
    const scenario = `GraphQL mutations over HTTP, ${clients} clients`;
    const latencyBaseline = (value: unknown) => ({ name: 'raw commit', value: Number(value) });
    return [
      { scenario, figure: 'throughput', unit: 'requests/s', value: result.requestsPerSecond, runs: result.runs,
        baseline: { name: 'raw 1 txn/event', value: Number(input.rawEventsPerSecond) }, target: { on: 'ratio', bound: 'min', limit: 0.5 } },
      { scenario, figure: 'latency p50', unit: 'ms', value: result.p50, runs: result.runs, baseline: latencyBaseline(input.rawP50) },
      { scenario, figure: 'latency p99', unit: 'ms', value: result.p99, runs: result.runs, baseline: latencyBaseline(input.rawP99), target: { on: 'value', bound: 'max', limit: 15 } },
    ] satisfies Figure[];
  } finally {
    await client.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
