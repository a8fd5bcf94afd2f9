import { CollectionSpec, DocumentWrite, ReadDocument, ReadStore } from '@handoff/read-store';
import { PmDocument, SystemCommand, Timer } from './process-manager';

/**
 * A process manager's durable state in the read store: one collection `pm_<name>` (a single generation, never
 * rebuilt) whose generation checkpoint is the manager's, and whose lease is the manager's lease. It holds:
 * - state documents, in their tenant, id `s:<key>`;
 * - timers, in the internal tenant `~`, id `t:<tenant>:<timer id>`, indexed by `dueAt` (epoch ms);
 * - the outbox of commands to send, in tenant `~`, id `o:<command id>`, indexed by `seq` (send order).
 * All three and the checkpoint change in one read-store commit.
 */
export const INTERNAL_TENANT = '~';

export const collectionOf = (manager: string): string => `pm_${manager}`;

export function pmCollection(manager: string): CollectionSpec {
  return { name: collectionOf(manager), fields: { kind: 'text', dueAt: 'integer', seq: 'text' }, indexes: [['kind', 'dueAt'], ['kind', 'seq']] };
}

export const timerDocId = (tenantId: string, id: string): string => `t:${tenantId}:${id}`;
export const stateDocId = (key: string): string => `s:${key}`;

export const putState = (tenantId: string, key: string, value: PmDocument | null): DocumentWrite =>
  value === null
    ? { kind: 'delete', tenantId, id: stateDocId(key) }
    : { kind: 'put', document: { tenantId, id: stateDocId(key), kind: 'state', value } };

export const putTimer = (timer: Timer): DocumentWrite => ({
  kind: 'put',
  document: { tenantId: INTERNAL_TENANT, id: timerDocId(timer.tenantId, timer.id), kind: 'timer', dueAt: Date.parse(timer.dueAt), timer },
});

export const deleteTimer = (tenantId: string, id: string): DocumentWrite => ({ kind: 'delete', tenantId: INTERNAL_TENANT, id: timerDocId(tenantId, id) });

export const putOutbox = (command: SystemCommand, seq: string): DocumentWrite => ({
  kind: 'put',
  document: { tenantId: INTERNAL_TENANT, id: `o:${command.commandId}`, kind: 'outbox', seq, command },
});

export const deleteOutbox = (commandId: string): DocumentWrite => ({ kind: 'delete', tenantId: INTERNAL_TENANT, id: `o:${commandId}` });

/** Reads of a manager's collection (its only generation is the active one). */
export class PmStore {
  readonly collection: string;

  constructor(private readonly readStore: ReadStore, manager: string) {
    this.collection = collectionOf(manager);
  }

  async state(tenantId: string, keys: readonly string[]): Promise<Map<string, PmDocument | null>> {
    const found = await this.readStore.getMany(this.collection, tenantId, keys.map(stateDocId));
    const byId = new Map(found.map((d) => [d.id, d.value as PmDocument]));
    return new Map(keys.map((key) => [key, byId.get(stateDocId(key)) ?? null]));
  }

  async dueTimers(now: Date, limit: number): Promise<Timer[]> {
    const page = await this.readStore.find(this.collection, {
      tenantId: INTERNAL_TENANT,
      where: [{ field: 'kind', eq: 'timer' }, { field: 'dueAt', lt: now.getTime() + 1 }],
      orderBy: [{ field: 'dueAt', direction: 'asc' }],
      first: limit,
      withTotalCount: false,
    });
    return page.documents.map((d) => d.timer as Timer);
  }

  /** When the earliest pending timer is due (epoch ms), or null. */
  async nextDueAt(): Promise<number | null> {
    const page = await this.readStore.find(this.collection, {
      tenantId: INTERNAL_TENANT, where: [{ field: 'kind', eq: 'timer' }], orderBy: [{ field: 'dueAt', direction: 'asc' }], first: 1, withTotalCount: false,
    });
    return (page.documents[0]?.dueAt as number | undefined) ?? null;
  }

  async pendingTimers(): Promise<Timer[]> {
    return (await this.readStore.list(this.collection, INTERNAL_TENANT, [{ field: 'kind', eq: 'timer' }], [{ field: 'dueAt', direction: 'asc' }])).map(
      (d) => d.timer as Timer,
    );
  }

  async outbox(limit: number): Promise<SystemCommand[]> {
    const page = await this.readStore.find(this.collection, {
      tenantId: INTERNAL_TENANT, where: [{ field: 'kind', eq: 'outbox' }], orderBy: [{ field: 'seq', direction: 'asc' }], first: limit, withTotalCount: false,
    });
    return page.documents.map((d: ReadDocument) => d.command as SystemCommand);
  }
}
