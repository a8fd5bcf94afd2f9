import { ConversationEvent } from '@handoff/domain';
import { Decoded, TRANSFER_HISTORY, transferHistoryProjection, transferHistoryRow } from '@handoff/projections';
import { SqliteReadStore } from '@handoff/read-store';

type Transferred = Decoded<Extract<ConversationEvent, { type: 'ConversationTransferred' }>>;

const BATCH = 20_000;
const SEEDER = 'transfer-rows-seeder';
const LEASE_MS = 600_000;
const AGENTS = 50;
const REASONS = ['billing', 'sales', 'support', 'retention'];

/** The n-th generated transfer, as the log would hold it: one a second from `start`, notes with commas and quotes now and then. */
export function generatedTransfer(tenantId: string, n: number, start = Date.parse('2026-11-01T00:00:00Z')): Transferred {
  const from = n % AGENTS;
  const reasonId = REASONS[n % REASONS.length];
  return {
    eventId: `transfer-${n}`,
    stream: `conversation-${tenantId}.c-${n % 10_000}`,
    streamVersion: 3 + Math.floor(n / 10_000),
    position: BigInt(n + 1),
    type: 'ConversationTransferred',
    data: {
      conversationId: `c-${n % 10_000}`,
      fromAgentId: `agent-${from}`,
      toAgentId: `agent-${(from + 1) % AGENTS}`,
      reasonId,
      reasonName: reasonId === 'billing' ? 'Facturación' : reasonId,
      ...(n % 3 === 0 ? { note: n % 7 === 0 ? `Pide "factura A", urgente\nllamar #${n}` : `nota ${n}` } : {}),
    },
    metadata: {
      tenantId,
      actor: { id: 'sup-1', role: 'SUPERVISOR' },
      occurredAt: new Date(start + n * 1000).toISOString(),
      commandId: `cmd-${n}`,
      correlationId: `cmd-${n}`,
      causationId: `cmd-${n}`,
      schemaVersion: 1,
    },
  };
}

/**
 * Writes `count` transfer-history rows, exactly as the projection builds them from the generated transfers, into a
 * fresh generation of the real read store (batched commits under the projection's lease) and makes it the serving
 * one: a large history in seconds instead of projecting every conversation event. Run it before the api starts.
 */
export async function seedTransferRows(sqlitePath: string, tenantId: string, count: number): Promise<void> {
  const store = new SqliteReadStore(sqlitePath);
  try {
    await store.init([TRANSFER_HISTORY]);
    if (!(await store.acquireLease(TRANSFER_HISTORY.name, SEEDER, LEASE_MS))) throw new Error('transfer-history is leased by a running projector');
    if ((await store.generations(TRANSFER_HISTORY.name)).length === 0) await store.createGeneration(TRANSFER_HISTORY.name, transferHistoryProjection.version);
    // A generation that is not serving yet: its commits write no change records.
    const { generation } = await store.createGeneration(TRANSFER_HISTORY.name, transferHistoryProjection.version);
    for (let first = 0; first < count; first += BATCH) {
      const writes = [];
      for (let n = first; n < Math.min(count, first + BATCH); n++) writes.push({ kind: 'put' as const, document: transferHistoryRow(generatedTransfer(tenantId, n)) });
      await store.commit({ projection: TRANSFER_HISTORY.name, generation, checkpoint: '0', writes, owner: SEEDER });
    }
    await store.activateGeneration(TRANSFER_HISTORY.name, generation, SEEDER);
    await store.releaseLease(TRANSFER_HISTORY.name, SEEDER);
  } finally {
    await store.close();
  }
}
