import { EVENT_STORE, EventStore, RecordedEvent } from '@handoff/event-store';
import { BoardState, ChangeFollower, foldBoard, isBoardEvent, queueDocumentId } from '@handoff/projections';
import { Client } from 'graphql-ws';
import { CHANGE_FOLLOWER } from '../../apps/api/src/infrastructure/tokens';
import { ok } from './fixtures';
import { TestServer } from './test-server';

export const SUMMARY = 'queueId queued assigned offered oldestWaitingSince agentsOnline routing overdue';
export const CONVERSATION = `id queueId status version transferCount waitingSince assignedAt closedAt openedAt
  assignee { id name status queueIds } lastTransfer { id reasonName fromAgent { id name } toAgent { id name status } reason { id name active } at }
  offer { agent { id name status } expiresAt } slaBreaches { kind at agent { id name } } history { type at streamVersion actor { id role } }`;

export interface Summary { queueId: string; overdue: number; [field: string]: unknown }
export interface Push { at: string; summary: Summary }

/** What the live board and the conversations showed at one instant: the `queues` query, each queue's latest push, `conversation` queries. */
export interface Recording {
  step: string;
  /** The log's head, reached by the read models before the queries were made. */
  head: bigint;
  /** Just before and just after the queries: the server's clock read between the two. */
  t0: string;
  t1: string;
  board: Summary[];
  pushes: Map<string, Push>;
  conversations: Record<string, unknown>;
}

export const withoutOverdue = ({ overdue: _, ...rest }: Summary): Omit<Summary, 'overdue'> => rest;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Records the live board (query and `queueUpdated` subscription) and conversations at the instants a scenario picks. */
export class BoardRecorder {
  readonly recordings: Recording[] = [];
  private readonly pushes: Push[] = [];
  private wake: Array<() => void> = [];

  constructor(private readonly server: TestServer, private readonly token: string, private readonly conversationIds: readonly string[]) {}

  listen(client: Client): void {
    client.subscribe<{ queueUpdated: Summary }>({ query: `subscription { queueUpdated { ${SUMMARY} } }` }, {
      next: (message) => {
        if (message.data) this.pushes.push({ at: new Date().toISOString(), summary: message.data.queueUpdated });
        this.wake.splice(0).forEach((wake) => wake());
      },
      error: (error) => { throw error; },
      complete: () => undefined,
    });
  }

  /** Once the read models show the whole log, the queries, then the subscription's pushes catching up with them. */
  async record(step: string): Promise<void> {
    const store = this.server.app.get<EventStore>(EVENT_STORE);
    const follower = this.server.app.get<ChangeFollower>(CHANGE_FOLLOWER);
    const head = await store.headPosition();
    for (const projection of ['queues', 'conversations', 'agents']) {
      if (!(await follower.waitForPosition(projection, head, 10_000))) throw new Error(`${projection} did not reach ${head}`);
    }
    const t0 = new Date().toISOString();
    const aliases = this.conversationIds.map((id) => `${id}: conversation(id: "${id}") { ${CONVERSATION} }`).join('\n');
    const answer = ok<Record<string, unknown> & { queues: Summary[] }>(await this.server.request(`{ queues { ${SUMMARY} } ${aliases} }`, {}, this.token));
    const t1 = new Date().toISOString();
    const { queues: board, ...conversations } = answer;
    await this.until(`the pushes of ${step} caught up`, () => board.every((queue) => same(withoutOverdue(this.latest(queue.queueId)?.summary ?? queue), withoutOverdue(queue)) && this.latest(queue.queueId)));
    const pushes = new Map(board.map((queue) => [queue.queueId, this.latest(queue.queueId) as Push]));
    this.recordings.push({ step, head, t0, t1, board, pushes, conversations });
  }

  private latest(queueId: string): Push | undefined {
    for (let i = this.pushes.length - 1; i >= 0; i--) if (this.pushes[i].summary.queueId === queueId) return this.pushes[i];
    return undefined;
  }

  private async until(what: string, condition: () => unknown, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.wake.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }
}

/** A recording is exact when no event the log holds after its head occurred by the time it was made (nothing was in flight). */
export function isExact(recording: Recording, log: readonly RecordedEvent[]): boolean {
  const until = [recording.t1, ...[...recording.pushes.values()].map((push) => push.at)].sort().pop() as string;
  return !log.some((event) => event.position > recording.head && event.metadata.occurredAt <= until);
}

/**
 * Since when the queue's summary (all but overdue) had been what a recording shows: its latest push was made at some
 * instant between then and its arrival. Folded here with the board's own fold, over the log up to the recording's head.
 */
export async function unchangedSince(log: readonly RecordedEvent[], recording: Recording, tenantId: string, queueId: string): Promise<string> {
  const board = new BoardState();
  let since = log[0].metadata.occurredAt;
  let before = '';
  for (const event of log) {
    if (event.position > recording.head || event.metadata.tenantId !== tenantId || !isBoardEvent(event)) continue;
    await foldBoard(board, event);
    const queue = await board.get(tenantId, queueDocumentId(queueId));
    const now = JSON.stringify(queue && { ...queue, maxWaitSeconds: undefined });
    if (now !== before) since = event.metadata.occurredAt;
    before = now;
  }
  return since;
}
