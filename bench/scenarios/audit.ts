import { EventStore, SqliteEventStore, verifyLog } from '@handoff/event-store';
import { AUDIT_PROJECTIONS, auditIndexes, auditPage, auditPosition, AuditQuery, Projector } from '@handoff/projections';
import { SqliteReadStore } from '@handoff/read-store';
import { join } from 'node:path';
import { toAuditEntry } from '../../apps/api/src/audit/audit-trail.service';
import { createEventLog, EventLogWriter, LogEvent } from '../support/event-log';
import { Figure, log, runScenario, ScenarioInput } from '../support/scenario';
import { SIZES } from '../support/sizes';
import { latencies, medianOf, nowMs } from '../support/stats';
import { agentId, random, writeContactCenterLog } from '../support/workload';

const PAGE_SIZE = 50;
const PAGE_P95_TARGET_MS = 20;
const VERIFY_TARGET = 200_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Agents act on their own conversations, supervisors on the rest, as in a contact center. */
function actorOf(event: LogEvent): { id: string; role: 'AGENT' | 'SUPERVISOR' } {
  const agent = event.data.fromAgentId ?? (event.type === 'ConversationClosed' ? event.data.agentId : undefined);
  return typeof agent === 'string' ? { id: agent, role: 'AGENT' } : { id: `sup-${event.stream.length % 5}`, role: 'SUPERVISOR' };
}

/** The filters an auditor asks most, each a different index of the audit index. */
function filters(events: number): Array<{ name: string; query: AuditQuery }> {
  const hourMs = 3_600_000;
  const start = Date.parse('2026-01-05T08:00:00.000Z') + Math.floor((events * 50) / 2);
  return [
    { name: 'no filter', query: {} },
    { name: 'actor', query: { actorId: agentId(7) } },
    { name: 'agent', query: { agentId: agentId(11) } },
    { name: 'conversation', query: { conversationId: 'c-1234' } },
    { name: 'type', query: { types: ['ConversationTransferred'] } },
    { name: 'time range (1 h)', query: { from: new Date(start).toISOString(), to: new Date(start + hourMs).toISOString() } },
    { name: 'agent + type', query: { agentId: agentId(11), types: ['ConversationTransferred'] } },
  ];
}

/**
 * An audit page as the api answers it (less HTTP): the audit index's page below a random point of the log, then the
 * entries read from the log by position. Each page starts at a random depth, as cursors into a long search would.
 */
async function pageLatencies(eventStore: EventStore, readStore: SqliteReadStore, head: number, query: AuditQuery): Promise<number[]> {
  const indexes = auditIndexes(readStore);
  const pick = random(7);
  const samples: number[] = [];
  for (let i = 0; i < SIZES.auditPages; i++) {
    const before = i === 0 ? undefined : auditPosition(BigInt(1 + Math.floor(pick() * head)));
    const t0 = nowMs();
    const page = await auditPage(indexes, 'bench', query, { first: PAGE_SIZE, before });
    (await eventStore.readEvents(page.documents.map((row) => BigInt(row.position)))).map(toAuditEntry);
    samples.push(nowMs() - t0);
  }
  return samples;
}

runScenario(async (input: ScenarioInput) => {
  const path = join(String(input.dataDir), 'audit.db');
  await createEventLog(path);
  const writer = new EventLogWriter(path, { hashChains: true, actorOf });
  writeContactCenterLog(writer, SIZES.auditEvents);
  writer.close();
  const eventStore = new SqliteEventStore(path);
  const readStore = new SqliteReadStore(join(String(input.dataDir), 'audit-read.db'));
  const projector = new Projector(eventStore, readStore, AUDIT_PROJECTIONS);
  try {
    const head = await eventStore.headPosition();
    const events = Number(head);
    const scenario = `audit log of ${events.toLocaleString('en-US')} events`;
    log(`verify-log over ${events.toLocaleString('en-US')} hash-chained events, ${SIZES.runs} runs`);
    const verify = await medianOf(SIZES.runs, async () => {
      const t0 = nowMs();
      const result = await verifyLog(eventStore);
      if (!result.ok) throw new Error(`the bench log does not verify: ${result.firstBroken?.why}`);
      return { eventsPerSecond: (result.events / (nowMs() - t0)) * 1000 };
    });
    log(`verify-log: ${Math.round(verify.eventsPerSecond).toLocaleString('en-US')} events/s`);
    log('audit index from the whole log');
    const t0 = nowMs();
    await projector.start();
    while (projector.status().some((s) => s.position < head)) await sleep(50);
    const indexRate = (events / (nowMs() - t0)) * 1000;
    log(`audit index build: ${Math.round(indexRate).toLocaleString('en-US')} events/s`);
    const figures: Figure[] = [
      { scenario, figure: 'verify-log', unit: 'events/s', value: verify.eventsPerSecond, runs: verify.runs, target: { on: 'value', bound: 'min', limit: VERIFY_TARGET } },
      { scenario, figure: 'audit index build', unit: 'events/s', value: indexRate, runs: 1 },
    ];
    for (const { name, query } of filters(events)) {
      const result = latencies(await pageLatencies(eventStore, readStore, events, query));
      log(`auditLog ${name}: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms`);
      figures.push({ scenario, figure: `auditLog page p95, ${name}`, unit: 'ms', value: result.p95, runs: SIZES.auditPages, target: { on: 'value', bound: 'max', limit: PAGE_P95_TARGET_MS } });
    }
    return figures;
  } finally {
    await projector.stop();
    await readStore.close();
    await eventStore.close();
  }
});
