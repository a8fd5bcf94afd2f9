import { RecordedEvent } from '@handoff/event-store';
import { collection } from '@handoff/read-store';
import { appendAll, generateAppends, recordAll, seededRandom } from '../../testing/event-generator';
import { caughtUp, SqliteFiles } from '../../testing/read-model-fixture';
import { toNewEvent } from '../../testing/recorded';
import { routingLog } from '../../testing/routing-log';
import { QUEUES, queuesProjection } from '../queues/queues.projection';
import { queueSummaries } from '../queues/queues.queries';
import { BOARD_CHECKPOINTS, boardCheckpointsProjectionEvery } from './board-checkpoints.projection';
import { boardAt, checkpointAtOrBefore } from './board-checkpoints.queries';
import { BoardState, boardSummaries, foldBoard, isBoardEvent } from './board-state';

const EVERY = 25;

/** The board at `at` the plain way: every board event of the tenant from the start, up to the first one after `at`. */
async function foldedFromZero(log: readonly RecordedEvent[], tenantId: string, at: string): Promise<BoardState> {
  const board = new BoardState();
  for (const event of log) {
    if (event.metadata.tenantId !== tenantId || !isBoardEvent(event)) continue;
    if (event.metadata.occurredAt > at) break;
    await foldBoard(board, event);
  }
  return board;
}

/** Instants across the log: event times, a millisecond either side, and random ones in between. */
function instantsOf(log: readonly RecordedEvent[], count: number): string[] {
  const random = seededRandom(5);
  const times = log.map((event) => Date.parse(event.metadata.occurredAt));
  const instants: number[] = [times[0] - 1000, times[times.length - 1] + 1000];
  for (let i = 0; i < count; i++) {
    const time = times[Math.floor(random() * times.length)];
    instants.push(time, time - 1, time + 1, time + Math.floor(random() * 60_000));
  }
  return instants.map((ms) => new Date(ms).toISOString());
}

const LOGS: Array<[string, RecordedEvent[], string[]]> = [
  ['a generated contact-center log of three tenants', recordAll(generateAppends({ seed: 21, events: 4000 })), ['tenant-1', 'tenant-2', 'tenant-3']],
  ['a routing log (offers, declines, expiries, returns, queue settings)', routingLog({ seed: 9, steps: 1500 }), ['tenant-1', 'tenant-2']],
];

describe.each(LOGS)('board checkpoints over %s', (_, log, tenants) => {
  const files = new SqliteFiles();
  const eventStore = files.eventStore();
  const readStore = files.readStore();
  const checkpoints = collection(readStore, BOARD_CHECKPOINTS);

  beforeAll(async () => {
    // In groups (one commit each), in the log's order.
    await appendAll(eventStore, log.map((event) => ({
      stream: event.stream, events: [toNewEvent(event)], expectedVersion: event.streamVersion === 1 ? 'no_stream' : event.streamVersion - 1,
    })));
    const projector = files.projector(eventStore, readStore, [queuesProjection, boardCheckpointsProjectionEvery(EVERY)]);
    await projector.start();
    await caughtUp(projector, eventStore);
  }, 60_000);
  afterAll(() => files.cleanup());

  it('keeps checkpoints as the log goes on, each tenant its own', async () => {
    for (const tenantId of tenants) {
      const stored = (await checkpoints.list(tenantId, [{ field: 'kind', eq: 'checkpoint' }])).length;
      const boardEvents = log.filter((event) => event.metadata.tenantId === tenantId && isBoardEvent(event)).length;
      expect(stored).toBeGreaterThanOrEqual(Math.floor(boardEvents / (EVERY * 4)));
    }
  });

  it('folds from the nearest checkpoint to the same board as a fold from the start of the log, at every instant', async () => {
    let fromCheckpoints = 0;
    for (const at of instantsOf(log, 15)) {
      for (const tenantId of tenants) {
        const board = await boardAt(eventStore, checkpoints, tenantId, at);
        const plain = await foldedFromZero(log, tenantId, at);
        expect({ at, tenantId, board: boardSummaries(board, new Date(at)) }).toEqual({ at, tenantId, board: boardSummaries(plain, new Date(at)) });
        if (await checkpointAtOrBefore(checkpoints, tenantId, at)) fromCheckpoints += 1;
      }
    }
    expect(fromCheckpoints).toBeGreaterThan(40);
  });

  it('shows at the end of the log what the live queues read model shows', async () => {
    const at = new Date(Date.parse(log[log.length - 1].metadata.occurredAt) + 90_000).toISOString();
    for (const tenantId of tenants) {
      const board = await boardAt(eventStore, checkpoints, tenantId, at);
      expect(boardSummaries(board, new Date(at))).toEqual(await queueSummaries(collection(readStore, QUEUES), tenantId, new Date(at)));
    }
  });

  it('names only the queues asked for', async () => {
    const at = log[log.length - 1].metadata.occurredAt;
    const board = boardSummaries(await boardAt(eventStore, checkpoints, tenants[0], at), new Date(at));
    const [, second] = board;
    expect(boardSummaries(await boardAt(eventStore, checkpoints, tenants[0], at), new Date(at), [second.queueId, 'no-such-queue'])).toEqual([second]);
  });
});
