import { conversationStream } from '@handoff/domain';
import { agentsProjection, Projector, transferFactsProjection, transferReasonsProjection } from '@handoff/projections';
import { SqliteEventStore } from '@handoff/event-store';
import { SqliteReadStore } from '@handoff/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyticsResolver } from '../../apps/api/src/analytics/analytics.resolver';
import { caughtUp } from '../../libs/projections/src/testing/read-model-fixture';
import { createEventLog, EventLogWriter, LogEvent, TENANT } from '../support/event-log';
import { Figure, log, runScenario } from '../support/scenario';
import { startInProcess } from '../support/servers';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';
import { agentId, queueId, random, reasonId, writeContactCenterLog } from '../support/workload';

const DAY_MS = 86_400_000;
const START_MS = Date.parse('2026-01-05T00:00:00.000Z');
const ANALYST = { id: 'analyst-1', tenantId: TENANT, roles: ['ANALYST' as const] };

/**
 * `transferAnalytics` over the whole of a 30-day log of N transfers (and over one queue of 20), called on the
 * resolver of a running api: transfer facts read by time, summed, agents and reasons looked up. The read models
 * it reads (transfer facts, agents, reasons) are built first by a projector of their own.
 */
runScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-analytics-'));
  const path = join(dir, 'handoff.db');
  try {
    await createEventLog(path);
    const writer = new EventLogWriter(path);
    writeContactCenterLog(writer, 1000);
    const transfers = writeTransfers(writer, SIZES.analyticsTransfers, SIZES.analyticsDays);
    const events = writer.count;
    writer.close();
    log(`transfer analytics: ${transfers.toLocaleString('en-US')} transfers over ${SIZES.analyticsDays} days (${events.toLocaleString('en-US')} events), building the read models`);
    await buildReadModels(path);
    const app = await startInProcess(path, { PROJECTOR: 'off' });
    try {
      const resolver = app.get(AnalyticsResolver);
      const from = new Date(START_MS).toISOString();
      const to = new Date(START_MS + SIZES.analyticsDays * DAY_MS).toISOString();
      const timed = async (queue: string | null): Promise<number> => {
        const t0 = nowMs();
        const answer = await resolver.transferAnalytics(from, to, queue, ANALYST);
        // The contact-center log that registers agents and reasons adds a few transfers of its own.
        if (queue === null && answer.transfers < transfers) throw new Error(`expected ${transfers} transfers, got ${answer.transfers}`);
        return nowMs() - t0;
      };
      await timed(null);
      const measured = await medianOf(SIZES.runs, async () => {
        const all: number[] = [];
        const one: number[] = [];
        for (let i = 0; i < SIZES.analyticsQueries; i++) {
          all.push(await timed(null));
          one.push(await timed(queueId(i)));
        }
        return { p50: latencies(all).p50, p95: latencies(all).p95, queueP95: latencies(one).p95 };
      });
      const scenario = `transferAnalytics, ${transfers.toLocaleString('en-US')} transfers over ${SIZES.analyticsDays} days`;
      return [
        { scenario, figure: 'all queues, whole range, p50', unit: 'ms', value: measured.p50, runs: measured.runs },
        { scenario, figure: 'all queues, whole range, p95', unit: 'ms', value: measured.p95, runs: measured.runs },
        { scenario, figure: 'one queue of 20, whole range, p95', unit: 'ms', value: measured.queueP95, runs: measured.runs },
      ] satisfies Figure[];
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Conversations spread evenly over the days, each opened, assigned, transferred one to three times (now and
 * then back to an earlier holder), sometimes answered by the receiving agent, then closed.
 */
function writeTransfers(writer: EventLogWriter, total: number, days: number): number {
  const pick = random(7);
  const spacing = (days * DAY_MS - 3_600_000) / (total / 2);
  let written = 0;
  for (let index = 0; written < total; index++) {
    const conversationId = `t-${index}`;
    const stream = conversationStream(TENANT, conversationId);
    let clock = START_MS + index * spacing;
    const add = (type: string, data: Record<string, unknown>): void => {
      clock += 1000 + Math.floor(pick() * 120_000);
      writer.add({ stream, type, data: { conversationId, ...data }, occurredAt: new Date(clock).toISOString() } satisfies LogEvent);
    };
    const queue = queueId(index);
    const holders = [agentId(Math.floor(pick() * 200))];
    add('ConversationOpened', { queueId: queue, channel: 'whatsapp' });
    add('ConversationAssigned', { agentId: holders[0], queueId: queue });
    const count = Math.min(total - written, 1 + Math.floor(pick() * 3));
    for (let t = 0; t < count; t++) {
      const from = holders[holders.length - 1];
      const to = holders.length > 1 && pick() < 0.3 ? holders[holders.length - 2] : agentId(Math.floor(pick() * 200));
      const reason = reasonId(Math.floor(pick() * 10));
      add('ConversationTransferred', { fromAgentId: from, toAgentId: to === from ? agentId(Number(from.slice(6)) + 1) : to, reasonId: reason, reasonName: reason });
      holders.push(to === from ? agentId(Number(from.slice(6)) + 1) : to);
      if (pick() < 0.7) add('ConversationActivityRecorded', { kind: 'AGENT_REPLIED', agentId: holders[holders.length - 1] });
    }
    add('ConversationClosed', { agentId: holders[holders.length - 1] });
    written += count;
  }
  return written;
}

/** Only the read models transferAnalytics reads, by a projector of their own on the same file. */
async function buildReadModels(path: string): Promise<void> {
  const eventStore = new SqliteEventStore(path);
  const readStore = new SqliteReadStore(path);
  const projector = new Projector(eventStore, readStore, [transferFactsProjection, agentsProjection, transferReasonsProjection], { batchSize: 2000, rebuildBatchSize: 2000 });
  const t0 = nowMs();
  await projector.start();
  await caughtUp(projector, eventStore, 30 * 60_000);
  log(`read models built in ${((nowMs() - t0) / 1000).toFixed(1)} s`);
  await projector.stop();
  await readStore.close();
  await eventStore.close();
}
