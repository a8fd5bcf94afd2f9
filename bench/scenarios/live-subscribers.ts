import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_QUEUE, openMutation, SEED_MUTATION } from '../support/commands';
import { Figure, log, runScenario } from '../support/scenario';
import { GraphQLClient, SpawnedServer, supervisorToken } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, median, nowMs } from '../support/stats';
import { Subscriber, subscriber, subscriptionsReach } from '../support/subscribers';

const CONVERSATION = 'live-1';
const CONNECT_BATCH = 100;
/** Between batches: a flood of upgrades overflows the listen backlog (connections reset), which is not what is measured. */
const CONNECT_PAUSE_MS = 150;
const CONNECT_TIMEOUT_MS = 180_000;
const MB = 1024 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function residentMb(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes '));
  return line ? Number(line.split(' ')[1]) / MB : Number.NaN;
}

/**
 * Many live graphql-ws subscribers on one api process (issue 17: 10,000): all subscribed to conversationUpdated of
 * one queue; each change is timed from the mutation sent to every subscriber's delivery; a subscriber that has not
 * had a change within 10 s has lost it. The server's RSS is read with everyone connected, after the changes.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-live-'));
  const server = await SpawnedServer.start(join(dir, 'handoff.db'), dir);
  const token = await supervisorToken();
  const graphql = new GraphQLClient(server.url, token, 1);
  const subscribers: Subscriber[] = [];
  try {
    await graphql.request(SEED_MUTATION);
    await graphql.request(openMutation(CONVERSATION).query, openMutation(CONVERSATION).variables);
    log(`live subscribers: connecting ${SIZES.liveSubscribers}`);
    for (let i = 0; i < SIZES.liveSubscribers; i += CONNECT_BATCH) {
      for (let j = i; j < Math.min(SIZES.liveSubscribers, i + CONNECT_BATCH); j++) subscribers.push(subscriber(server.url.replace(/^http/, 'ws') + '/graphql', token, BENCH_QUEUE));
      await sleep(CONNECT_PAUSE_MS);
    }
    await subscriptionsReach(server.url, SIZES.liveSubscribers, CONNECT_TIMEOUT_MS);
    const p99s: number[] = [];
    let lost = 0;
    for (let change = 0; change < SIZES.liveChanges; change++) {
      const expected = change + 2;
      const mutation = expected % 2 === 0
        ? `mutation { assignConversation(input: { conversationId: "${CONVERSATION}", agentId: "agent-1" }) { version } }`
        : `mutation { unassignConversation(input: { conversationId: "${CONVERSATION}" }) { version } }`;
      const sent = nowMs();
      await graphql.request(mutation);
      const arrivals = await Promise.allSettled(subscribers.map((s) => s.arrival(expected)));
      const delivered = arrivals.flatMap((a) => (a.status === 'fulfilled' ? [a.value - sent] : []));
      lost += arrivals.length - delivered.length;
      p99s.push(latencies(delivered).p99);
      log(`change ${change + 1}: delivered to ${delivered.length}, p99 ${latencies(delivered).p99.toFixed(1)} ms`);
    }
    const rss = await residentMb(server.url);
    const scenario = `${SIZES.liveSubscribers.toLocaleString('en-US')} live graphql-ws subscribers, one api process`;
    return [
      { scenario, figure: 'changes lost (all subscribers, all changes)', unit: 'messages', value: lost, runs: 1, target: { on: 'value', bound: 'max', limit: 0 } },
      { scenario, figure: 'mutation sent → delivered to all, p99', unit: 'ms', value: median(p99s), runs: 1, target: { on: 'value', bound: 'max', limit: 250 } },
      { scenario, figure: 'api RSS, all connected', unit: 'MB', value: rss, runs: 1, target: { on: 'value', bound: 'max', limit: 1024 } },
    ] satisfies Figure[];
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    await graphql.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
