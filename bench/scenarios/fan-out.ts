import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_QUEUE, openMutation, SEED_MUTATION } from '../support/commands';
import { Figure, log, runScenario } from '../support/scenario';
import { GraphQLClient, SpawnedServer, supervisorToken } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, median, nowMs } from '../support/stats';
import { Subscriber, subscriber, subscriptionsReach } from '../support/subscribers';

const CONVERSATION = 'fan-out-1';
const CONNECT_BATCH = 50;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * N graphql-ws connections, each subscribed to conversationUpdated of one queue; one mutation changes a
 * conversation of that queue, and every subscriber's delivery is timed from the moment the mutation was sent.
 */
async function fanOut(
  server: SpawnedServer, graphql: GraphQLClient, token: string, count: number, changes: number, version: { next: number },
): Promise<{ p99s: number[]; answered: number[] }> {
  const subscribers: Subscriber[] = [];
  for (let i = 0; i < count; i += CONNECT_BATCH) {
    for (let j = i; j < Math.min(count, i + CONNECT_BATCH); j++) subscribers.push(subscriber(server.url.replace(/^http/, 'ws') + '/graphql', token, BENCH_QUEUE));
    await sleep(10);
  }
  await subscriptionsReach(server.url, count);
  const p99s: number[] = [];
  const answered: number[] = [];
  try {
    for (let change = 0; change < changes; change++) {
      const expected = ++version.next;
      const mutation = expected % 2 === 0
        ? `mutation { assignConversation(input: { conversationId: "${CONVERSATION}", agentId: "agent-1" }) { version } }`
        : `mutation { unassignConversation(input: { conversationId: "${CONVERSATION}" }) { version } }`;
      const sent = nowMs();
      await graphql.request(mutation);
      answered.push(nowMs() - sent);
      const arrivals = await Promise.all(subscribers.map((s) => s.arrival(expected)));
      if (arrivals.length) p99s.push(latencies(arrivals.map((at) => at - sent)).p99);
    }
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
  }
  await subscriptionsReach(server.url, 0);
  return { p99s, answered };
}

runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-fanout-'));
  const server = await SpawnedServer.start(join(dir, 'handoff.db'), dir);
  const token = await supervisorToken();
  const graphql = new GraphQLClient(server.url, token, 1);
  try {
    await graphql.request(SEED_MUTATION);
    await graphql.request(openMutation(CONVERSATION).query, openMutation(CONVERSATION).variables);
    const version = { next: 1 };
    const results = { one: [] as number[], many: [] as number[] };
    // How long the mutation itself takes to answer, with nobody subscribed and with every subscriber on its queue.
    const answered = { none: [] as number[], many: [] as number[] };
    for (let run = 0; run < SIZES.runs; run++) {
      log(`fan-out run ${run + 1}: none, 1 subscriber, then ${SIZES.subscribers}, ${SIZES.fanOutChanges} changes each`);
      answered.none.push(...(await fanOut(server, graphql, token, 0, SIZES.fanOutChanges, version)).answered);
      results.one.push(median((await fanOut(server, graphql, token, 1, SIZES.fanOutChanges, version)).p99s));
      const many = await fanOut(server, graphql, token, SIZES.subscribers, SIZES.fanOutChanges, version);
      results.many.push(median(many.p99s));
      answered.many.push(...many.answered);
    }
    const scenario = `subscription fan-out, ${SIZES.subscribers} subscribers`;
    return [
      { scenario, figure: 'mutation sent → delivered to all, p99', unit: 'ms', value: median(results.many), runs: SIZES.runs,
        baseline: { name: '1 subscriber', value: median(results.one) }, target: { on: 'value', bound: 'max', limit: 100 } },
      { scenario, figure: 'HTTP mutation answered, p99 (all runs)', unit: 'ms', value: latencies(answered.many).p99, runs: SIZES.runs,
        baseline: { name: 'no subscriber', value: latencies(answered.none).p99 }, target: { on: 'ratio', bound: 'max', limit: 2 } },
    ] satisfies Figure[];
  } finally {
    await graphql.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
