import { ev, RoutingHarness } from './testing/routing-harness';
import { PAGE_SIZE } from './routing.waiting-list';

const offer = (conversationId: string, agentId: string) => ({ type: 'OfferConversation', payload: expect.objectContaining({ conversationId, agentId }) });

/** `count` conversations waiting in q1, the newest first in the log (each opened a second before the one before it). */
function waitingInOrder(h: RoutingHarness, count: number): RoutingHarness {
  for (let i = count - 1; i >= 0; i--) {
    h.given(ev.opened(`w${String(i).padStart(5, '0')}`));
    h.tick(-1);
  }
  h.tick(count + 60);
  return h;
}

/** What one reaction reads and writes, after `count` conversations wait in the queue. */
function reactionSize(count: number, event: ReturnType<typeof ev.opened>): { keys: number; chars: number } {
  const h = waitingInOrder(new RoutingHarness().given(ev.configured('q1', 'MANUAL', { maxWaitSeconds: 3600 })), count);
  h.given(event);
  return { keys: h.last.read.length, chars: h.last.readChars + h.last.writtenChars };
}

describe('routing state at scale', () => {
  it.each([
    ['an opening', ev.opened('new')],
    ['an assignment of one in the middle of the list', ev.assigned(`w${String(Math.floor(PAGE_SIZE * 2.5)).padStart(5, '0')}`, 'a')],
    ['a closing', ev.closed('w00003')],
  ])('%s reads and writes the same few documents with 10 times as many waiting', (_, event) => {
    const few = reactionSize(PAGE_SIZE * 3, event);
    const many = reactionSize(PAGE_SIZE * 30, event);
    expect(many.keys).toBeLessThanOrEqual(few.keys);
    // The queue's list of pages grows (a few dozen characters a page); no page, nor anything else, does.
    expect(many.chars).toBeLessThan(few.chars + PAGE_SIZE * 30);
  });

  it('offers the oldest waits first across the pages of a long list, skipping those closed, when an agent comes ONLINE', () => {
    const h = waitingInOrder(new RoutingHarness().given(ev.configured('q1', 'AUTO'), ev.registered('a'), ev.capacity('a', 3)), PAGE_SIZE * 3 + 7);
    h.given(ev.closed('w00000'), ev.closed('w00002'));
    h.sent();
    h.given(ev.status('a', 'ONLINE'));
    expect(h.sent()).toEqual([offer('w00001', 'a'), offer('w00003', 'a'), offer('w00004', 'a')]);
    // Closed while its offer was only asked for: the slot it took is free at once.
    h.given(ev.closed('w00001'));
    expect(h.sent()).toEqual([offer('w00005', 'a')]);
    h.given(ev.capacity('a', 4));
    expect(h.sent()).toEqual([offer('w00006', 'a')]);
  });
});
