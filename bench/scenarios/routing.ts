import { Client, createClient } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { peakHeld } from '../support/holdings';
import {
  ACCEPT, agentToken, CAPACITY, CLOSE, OFFERED_SUBSCRIPTION, OPEN, routingAgentId, routingQueueId, setUpContactCenter,
} from '../support/routing-setup';
import { Figure, log, runScenario } from '../support/scenario';
import { GraphQLClient, SpawnedServer, supervisorToken } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, median, nowMs } from '../support/stats';

/** How long an agent keeps an accepted conversation before closing it, so capacity frees up during the run. */
const HOLD_MS = 1500;
const OPEN_CONNECTIONS = 32;
const DRAIN_TIMEOUT_MS = 60_000;
const PROGRESS_MS = 5000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Agent {
  id: string;
  http: GraphQLClient;
  ws: Client;
}

/** What one run saw: when each conversation's open was sent, and when its offer arrived. */
class RunLog {
  readonly sent = new Map<string, number>();
  readonly offered = new Map<string, number>();
  readonly work: Array<Promise<unknown>> = [];
  failures = 0;
  private done?: () => void;
  readonly allOffered: Promise<void>;

  constructor(readonly total: number) {
    this.allOffered = new Promise((resolve) => (this.done = resolve));
  }

  offer(conversationId: string): boolean {
    if (this.offered.has(conversationId)) return false;
    this.offered.set(conversationId, nowMs());
    if (this.offered.size === this.total) this.done?.();
    return true;
  }

  track(work: Promise<unknown>): void {
    this.work.push(work.catch(() => this.failures++));
  }
}

async function activeSubscriptions(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('handoff_active_subscriptions '));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** Each agent: its own HTTP connection and graphql-ws socket; on an offer it accepts at once and closes after HOLD_MS. */
async function connectAgents(server: SpawnedServer, count: number, current: () => RunLog | undefined): Promise<Agent[]> {
  const agents: Agent[] = [];
  for (let a = 0; a < count; a++) {
    const id = routingAgentId(a);
    const token = await agentToken(id);
    const http = new GraphQLClient(server.url, token, 1);
    const ws = createClient({ url: server.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
    ws.subscribe<{ conversationOffered: { id: string } }>({ query: OFFERED_SUBSCRIPTION, variables: { agentId: id } }, {
      next: (message) => {
        const run = current();
        const conversationId = message.data?.conversationOffered.id;
        if (!run || !conversationId || !run.offer(conversationId)) return;
        run.track(http.request(ACCEPT, { id: conversationId }).then(() => sleep(HOLD_MS)).then(() => http.request(CLOSE, { id: conversationId })));
      },
      error: (error) => log(`subscription of ${id} failed: ${String(error)}`),
      complete: () => undefined,
    });
    agents.push({ id, http, ws });
  }
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while ((await activeSubscriptions(server.url)) < count) {
    if (Date.now() > deadline) throw new Error(`the server did not reach ${count} open subscriptions`);
    await sleep(50);
  }
  return agents;
}

/** Opens `total` conversations at `rate` per second, each sent at its scheduled time whatever the earlier ones are doing (open loop). */
async function openSteadily(graphql: GraphQLClient, run: RunLog, runIndex: number, rate: number): Promise<void> {
  const started = nowMs();
  for (let i = 0; i < run.total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 1) await sleep(wait);
    const id = `r${runIndex}-c${i}`;
    run.sent.set(id, nowMs());
    run.track(graphql.request(OPEN, { id, queueId: routingQueueId(i, SIZES.routingQueues) }));
  }
}

async function oneRun(graphql: GraphQLClient, runIndex: number, setCurrent: (run: RunLog) => void): Promise<{ p50: number; p99: number; offersPerSecond: number; failures: number }> {
  const run = new RunLog(SIZES.routingConversations);
  setCurrent(run);
  const progress = setInterval(() => log(`opened ${run.sent.size}, offered ${run.offered.size}`), PROGRESS_MS);
  await openSteadily(graphql, run, runIndex, SIZES.routingRate).finally(() => clearInterval(progress));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`only ${run.offered.size} of ${run.total} conversations were offered`)), DRAIN_TIMEOUT_MS);
  });
  const draining = setInterval(() => log(`offered ${run.offered.size} of ${run.total}`), PROGRESS_MS);
  await Promise.race([run.allOffered, timeout]).finally(() => {
    clearTimeout(timer);
    clearInterval(draining);
  });
  await Promise.all(run.work);
  const samples = [...run.offered].map(([id, at]) => at - (run.sent.get(id) as number));
  const arrivals = [...run.offered.values()];
  const spanS = (Math.max(...arrivals) - Math.min(...run.sent.values())) / 1000;
  return { ...latencies(samples), offersPerSecond: run.offered.size / spanS, failures: run.failures };
}

/**
 * AUTO routing under a steady arrival of conversations (issue item 9): queues in AUTO, agents with capacity 3
 * subscribed to their offers; conversations opened over HTTP at a fixed rate; each agent accepts an offer at once
 * and closes it HOLD_MS later. Measures open sent → offer received, and checks the log for anyone over capacity.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-routing-'));
  const path = join(dir, 'handoff.db');
  const server = await SpawnedServer.start(path, dir, { PROJECTOR: 'inline' });
  const graphql = new GraphQLClient(server.url, await supervisorToken(), OPEN_CONNECTIONS);
  let current: RunLog | undefined;
  let agents: Agent[] = [];
  try {
    log(`routing: ${SIZES.routingAgents} agents (capacity ${CAPACITY}) over ${SIZES.routingQueues} AUTO queues`);
    await setUpContactCenter(graphql, SIZES.routingAgents, SIZES.routingQueues);
    agents = await connectAgents(server, SIZES.routingAgents, () => current);
    const runs: Array<Awaited<ReturnType<typeof oneRun>>> = [];
    for (let r = 0; r < SIZES.runs; r++) {
      log(`routing run ${r + 1}: ${SIZES.routingConversations} conversations at ${SIZES.routingRate}/s`);
      runs.push(await oneRun(graphql, r, (run) => (current = run)));
      if (runs[r].failures > 0) throw new Error(`${runs[r].failures} opens, accepts or closes failed in run ${r + 1}`);
    }
    await Promise.all(agents.map((a) => a.ws.dispose()));
    await server.stop();
    const peak = peakHeld(path);
    const expectedOffers = SIZES.routingConversations * SIZES.runs;
    if (peak.offers !== expectedOffers) throw new Error(`the log holds ${peak.offers} offers, expected ${expectedOffers} (one per conversation)`);
    const scenario = `routing, ${SIZES.routingAgents} agents × ${CAPACITY}, ${SIZES.routingQueues} AUTO queues, ${SIZES.routingConversations} at ${SIZES.routingRate}/s`;
    const of = (key: 'p50' | 'p99' | 'offersPerSecond'): number => median(runs.map((run) => run[key]));
    return [
      { scenario, figure: 'opened (sent) → offered (received), p50', unit: 'ms', value: of('p50'), runs: SIZES.runs },
      { scenario, figure: 'opened (sent) → offered (received), p99', unit: 'ms', value: of('p99'), runs: SIZES.runs, target: { on: 'value', bound: 'max', limit: 50 } },
      { scenario, figure: 'offers per second', unit: '/s', value: of('offersPerSecond'), runs: SIZES.runs,
        target: { on: 'value', bound: 'min', limit: SIZES.routingRate * 0.95 } },
      { scenario, figure: 'max held by any agent (agent streams)', unit: 'conv.', value: peak.onAgentStreams, runs: 1, target: { on: 'value', bound: 'max', limit: CAPACITY } },
      { scenario, figure: 'max held by any agent (conversation streams)', unit: 'conv.', value: peak.onConversationStreams, runs: 1,
        target: { on: 'value', bound: 'max', limit: CAPACITY } },
    ] satisfies Figure[];
  } finally {
    await Promise.all(agents.map((a) => a.http.close()));
    await graphql.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
