import { applyChange, appendPage, ConversationList, ListFilter } from '../apps/console/src/queues/conversation-list';
import { Conversation } from '../apps/console/src/api/types';

/** The console's live list logic (pure): how a pushed change lands in a partly loaded, ordered page. */
const WAITING: ListFilter = { status: 'QUEUED', queueId: 'sales' };

function conversation(id: string, waitingSince: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    queueId: 'sales',
    channel: 'web',
    contact: null,
    status: 'QUEUED',
    assignee: null,
    openedAt: waitingSince,
    waitingSince,
    assignedAt: null,
    closedAt: null,
    transferCount: 0,
    lastTransfer: null,
    version: 1,
    ...overrides,
  };
}

const a = conversation('a', '2026-01-01T10:00:00Z');
const b = conversation('b', '2026-01-01T10:05:00Z');
const c = conversation('c', '2026-01-01T10:10:00Z');
const list = (items: Conversation[], hasNextPage = false): ConversationList => ({ items, hasNextPage, endCursor: hasNextPage ? 'cursor' : null });

describe('console conversation list', () => {
  it('inserts a newcomer in waiting order', () => {
    expect(applyChange(WAITING, list([a, c]), b).items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves a newcomer past the loaded page to "load more"', () => {
    expect(applyChange(WAITING, list([a, b], true), c).items.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('removes a conversation that no longer belongs', () => {
    const assigned = { ...b, status: 'ASSIGNED' as const, waitingSince: null, version: 2 };
    expect(applyChange(WAITING, list([a, b, c]), assigned).items.map((item) => item.id)).toEqual(['a', 'c']);
  });

  it('ignores a push older than what it shows', () => {
    const newer = { ...b, version: 3, transferCount: 1 };
    const older = { ...b, version: 2 };
    expect(applyChange(WAITING, list([a, newer]), older).items[1]).toBe(newer);
  });

  it('ignores conversations of other queues', () => {
    expect(applyChange(WAITING, list([a]), { ...b, queueId: 'support' }).items).toHaveLength(1);
  });

  it('appends a page without repeating rows a push already added', () => {
    const page = appendPage(list([a, b], true), list([b, c]));
    expect(page.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(page.hasNextPage).toBe(false);
  });
});
