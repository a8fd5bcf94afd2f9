import { collection, Collection, CollectionDefinition, DocumentWrite, ReadStore } from '@handoff/read-store';
import { PmDocument, SystemCommand, Timer } from './process-manager';

/**
 * A process manager's durable state in the read store: one collection `pm_<name>` (a single generation, replaced
 * only when a new version cannot read it: see pm-checkpoint.ts) whose generation checkpoint is the manager's, and
 * whose lease is the manager's lease. It holds:
 * - state documents, in their tenant, id `s:<key>`;
 * - timers, in the internal tenant `~`, id `t:<tenant>:<timer id>`, indexed by `dueAt` (epoch ms);
 * - the outbox of commands to send, in tenant `~`, id `o:<command id>`, indexed by `seq` (send order).
 * All three and the checkpoint change in one read-store commit.
 */
export const INTERNAL_TENANT = '~';

export const collectionOf = (manager: string): string => `pm_${manager}`;

interface Stored {
  tenantId: string;
  id: string;
}
type StateDocument = Stored & { kind: 'state'; value: PmDocument };
type TimerDocument = Stored & { kind: 'timer'; dueAt: number; timer: Timer };
type OutboxDocument = Stored & { kind: 'outbox'; seq: string; command: SystemCommand };
type PmStoredDocument = StateDocument | TimerDocument | OutboxDocument;

export function pmCollection(manager: string): CollectionDefinition<PmStoredDocument> {
  return { name: collectionOf(manager), fields: { kind: 'text', dueAt: 'integer', seq: 'text' }, indexes: [['kind', 'dueAt'], ['kind', 'seq']] };
}

const put = (document: PmStoredDocument): DocumentWrite => ({ kind: 'put', document });
const isState = (d: PmStoredDocument): d is StateDocument => d.kind === 'state';
const isTimer = (d: PmStoredDocument): d is TimerDocument => d.kind === 'timer';
const isOutbox = (d: PmStoredDocument): d is OutboxDocument => d.kind === 'outbox';

export const timerDocId = (tenantId: string, id: string): string => `t:${tenantId}:${id}`;
export const stateDocId = (key: string): string => `s:${key}`;

export const putState = (tenantId: string, key: string, value: PmDocument | null): DocumentWrite =>
  value === null
    ? { kind: 'delete', tenantId, id: stateDocId(key) }
    : put({ tenantId, id: stateDocId(key), kind: 'state', value });

export const putTimer = (timer: Timer): DocumentWrite =>
  put({ tenantId: INTERNAL_TENANT, id: timerDocId(timer.tenantId, timer.id), kind: 'timer', dueAt: Date.parse(timer.dueAt), timer });

export const deleteTimer = (tenantId: string, id: string): DocumentWrite => ({ kind: 'delete', tenantId: INTERNAL_TENANT, id: timerDocId(tenantId, id) });

export const putOutbox = (command: SystemCommand, seq: string): DocumentWrite =>
  put({ tenantId: INTERNAL_TENANT, id: `o:${command.commandId}`, kind: 'outbox', seq, command });

export const deleteOutbox = (commandId: string): DocumentWrite => ({ kind: 'delete', tenantId: INTERNAL_TENANT, id: `o:${commandId}` });

/** Reads of a manager's collection (its only generation is the active one). */
export class PmStore {
  private readonly documents: Collection<PmStoredDocument>;

  constructor(readStore: ReadStore, manager: string) {
    this.documents = collection(readStore, pmCollection(manager));
  }

  get collection(): string {
    return this.documents.name;
  }

  async state(tenantId: string, keys: readonly string[]): Promise<Map<string, PmDocument | null>> {
    const found = (await this.documents.getMany(tenantId, keys.map(stateDocId))).filter(isState);
    const byId = new Map(found.map((d) => [d.id, d.value]));
    return new Map(keys.map((key) => [key, byId.get(stateDocId(key)) ?? null]));
  }

  async dueTimers(now: Date, limit: number): Promise<Timer[]> {
    const page = await this.documents.find({
      tenantId: INTERNAL_TENANT,
      where: [{ field: 'kind', eq: 'timer' }, { field: 'dueAt', lt: now.getTime() + 1 }],
      orderBy: [{ field: 'dueAt', direction: 'asc' }],
      first: limit,
      withTotalCount: false,
    });
    return page.documents.filter(isTimer).map((d) => d.timer);
  }

  /** When the earliest pending timer is due (epoch ms), or null. */
  async nextDueAt(): Promise<number | null> {
    const page = await this.documents.find({
      tenantId: INTERNAL_TENANT, where: [{ field: 'kind', eq: 'timer' }], orderBy: [{ field: 'dueAt', direction: 'asc' }], first: 1, withTotalCount: false,
    });
    const [first] = page.documents.filter(isTimer);
    return first?.dueAt ?? null;
  }

  async pendingTimers(): Promise<Timer[]> {
    const timers = await this.documents.list(INTERNAL_TENANT, [{ field: 'kind', eq: 'timer' }], [{ field: 'dueAt', direction: 'asc' }]);
    return timers.filter(isTimer).map((d) => d.timer);
  }

  async outbox(limit: number): Promise<SystemCommand[]> {
    const page = await this.documents.find({
      tenantId: INTERNAL_TENANT, where: [{ field: 'kind', eq: 'outbox' }], orderBy: [{ field: 'seq', direction: 'asc' }], first: limit, withTotalCount: false,
    });
    return page.documents.filter(isOutbox).map((d) => d.command);
  }
}
