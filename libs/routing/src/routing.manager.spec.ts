import { ev, RoutingHarness } from './testing/routing-harness';
import { noReplyTimerId, offerTimerId, retryTimerId, waitTimerId } from './routing.timers';

const offer = (conversationId: string, agentId: string) => ({ type: 'OfferConversation', payload: expect.objectContaining({ conversationId, agentId }) });

/** An AUTO queue q1 (offers for 10 s) and ONLINE agents registered one second apart, in the order given. */
function autoQueueWith(...agentIds: string[]): RoutingHarness {
  const h = new RoutingHarness().given(ev.configured('q1', 'AUTO', { offerTimeoutSeconds: 10 }));
  for (const agentId of agentIds) {
    h.given(ev.registered(agentId), ev.status(agentId, 'ONLINE'));
    h.tick(1);
  }
  h.sent();
  return h;
}

describe('routing manager: who gets the offer', () => {
  it('offers a conversation entering an AUTO queue to the longest idle eligible agent, expiring after offerTimeoutSeconds', () => {
    const h = autoQueueWith('b', 'a');
    h.given(ev.opened('c1'));
    expect(h.sent()).toEqual([{ type: 'OfferConversation', payload: { conversationId: 'c1', agentId: 'b', expiresAt: new Date(h.now.getTime() + 10_000).toISOString() } }]);
  });

  it('breaks a tie of idle times by agent id', () => {
    const h = new RoutingHarness().given(ev.configured('q1', 'AUTO'), ev.registered('z'), ev.registered('m'), ev.status('z', 'ONLINE'), ev.status('m', 'ONLINE'));
    h.sent();
    h.given(ev.opened('c1'));
    expect(h.sent()).toEqual([offer('c1', 'm')]);
  });

  it('offers nothing in a MANUAL or never configured queue', () => {
    const h = autoQueueWith('a');
    h.given(ev.opened('c1', 'q2', 'chat'), ev.configured('q3', 'MANUAL'), ev.opened('c3', 'q3'));
    expect(h.sent()).toEqual([]);
  });

  it('skips agents not ONLINE, deactivated, not members of the queue, or without spare capacity for the channel', () => {
    const h = autoQueueWith('away', 'gone', 'other', 'full', 'phoneonly', 'ok');
    h.given(ev.status('away', 'AWAY'), ev.deactivated('gone'), ev.registered('other', ['q9']), ev.capacity('full', 0), ev.capacity('phoneonly', null, [{ channel: 'chat', max: 0 }]));
    h.sent();
    h.given(ev.opened('c1'));
    expect(h.sent()).toEqual([offer('c1', 'ok')]);
  });

  it('offers the oldest wait first when an agent comes ONLINE, one conversation per free slot', () => {
    const h = autoQueueWith();
    h.given(ev.registered('a'), ev.capacity('a', 1), ev.opened('young'));
    h.tick(-5);
    h.given(ev.opened('old'));
    h.tick(10);
    h.sent();
    h.given(ev.status('a', 'ONLINE'));
    expect(h.sent()).toEqual([offer('old', 'a')]);
  });

  it('prefers an idle agent to a busy one, and among busy ones the one holding fewest, then by id', () => {
    const h = autoQueueWith('one', 'two', 'zed');
    h.given(ev.taken('one', 'x1'), ev.taken('two', 'x2'), ev.taken('two', 'x3'), ev.opened('c1'));
    expect(h.sent()).toEqual([offer('c1', 'zed')]);
    h.given(ev.offered('c1', 'zed', 'later'), ev.taken('zed', 'c1'), ev.opened('c2'));
    expect(h.sent()).toEqual([offer('c2', 'one')]);
  });

  it('makes an agent idle again from the release that leaves it holding nothing', () => {
    const h = autoQueueWith('a', 'b');
    h.given(ev.taken('a', 'x1'));
    h.tick(5);
    h.given(ev.released('a', 'x1'));
    h.sent();
    h.given(ev.opened('c1'));
    expect(h.sent()).toEqual([offer('c1', 'b')]);
  });

  it('offers again after a decline or an expiry, to another agent first, and to the one who passed only when nobody else is eligible', () => {
    const h = autoQueueWith('a', 'b');
    h.given(ev.opened('c1'), ev.offered('c1', 'a', 'x'), ev.taken('a', 'c1'));
    h.sent();
    h.given(ev.declined('c1', 'a'), ev.released('a', 'c1'));
    expect(h.sent()).toEqual([offer('c1', 'b')]);
    h.given(ev.offered('c1', 'b', 'x'), ev.taken('b', 'c1'), ev.expired('c1', 'b'), ev.released('b', 'c1'));
    // Both passed: the longest idle of them again.
    expect(h.sent()).toEqual([offer('c1', 'a')]);
  });

  it('does not offer a conversation that has an offer, nor to an agent whose slot an offer asked for already takes', () => {
    const h = autoQueueWith('a');
    h.given(ev.capacity('a', 1));
    h.sent();
    h.given(ev.opened('c1'), ev.opened('c2'));
    expect(h.sent()).toEqual([offer('c1', 'a')]);
    h.given(ev.status('a', 'ONLINE'));
    expect(h.sent()).toEqual([]);
  });

  it('offers when a queue switches to AUTO and when an agent gains capacity', () => {
    const h = new RoutingHarness().given(ev.registered('a'), ev.status('a', 'ONLINE'), ev.capacity('a', 0), ev.opened('c1'), ev.configured('q1', 'AUTO'));
    expect(h.sent()).toEqual([]);
    h.given(ev.capacity('a', 2));
    expect(h.sent()).toEqual([offer('c1', 'a')]);
  });

  it('a returned conversation goes to someone else first', () => {
    const h = autoQueueWith('a', 'b');
    h.given(ev.opened('c1'), ev.offered('c1', 'a', 'x'), ev.taken('a', 'c1'), ev.assigned('c1', 'a'));
    h.sent();
    h.given(ev.returned('c1', 'a'), ev.released('a', 'c1'));
    expect(h.sent()).toEqual([offer('c1', 'b')]);
  });
});

describe('routing manager: unavailable agents and refused offers', () => {
  it('withdraws the pending offers of an agent going AWAY, OFFLINE or deactivated', () => {
    for (const leaving of [ev.status('a', 'AWAY'), ev.status('a', 'OFFLINE'), ev.deactivated('a')]) {
      const h = autoQueueWith('a');
      h.given(ev.opened('c1'), ev.offered('c1', 'a', 'x'), ev.taken('a', 'c1'));
      h.sent();
      h.given(leaving);
      expect(h.sent()).toEqual([{ type: 'WithdrawOffer', payload: { conversationId: 'c1', agentId: 'a' } }]);
    }
  });

  it('routes a withdrawn offer to another agent, but not one withdrawn for a supervisor assignment', () => {
    const h = autoQueueWith('a', 'b');
    h.given(ev.opened('c1'), ev.offered('c1', 'a', 'x'), ev.status('a', 'AWAY'));
    h.sent();
    h.given(ev.withdrawn('c1', 'a', 'AGENT_UNAVAILABLE'));
    expect(h.sent()).toEqual([offer('c1', 'b')]);
    h.given(ev.opened('c2'), ev.offered('c2', 'b', 'x'));
    h.sent();
    h.given(ev.withdrawn('c2', 'b', 'ASSIGNED'), ev.assigned('c2', 'x'));
    expect(h.sent()).toEqual([]);
  });

  it('routes again when an offer it asked for never reaches the log (refused), to another agent first', () => {
    const h = autoQueueWith('a', 'b');
    h.given(ev.opened('c1'));
    expect(h.sent()).toEqual([offer('c1', 'a')]);
    expect(h.timer(retryTimerId('c1'))).toBeDefined();
    h.tick(2);
    h.fireDue();
    expect(h.sent()).toEqual([offer('c1', 'b')]);
  });

  it('forgets the retry once the offer is in the log', () => {
    const h = autoQueueWith('a');
    h.given(ev.opened('c1'), ev.offered('c1', 'a', new Date(h.now.getTime() + 10_000).toISOString()));
    expect(h.timer(retryTimerId('c1'))).toBeUndefined();
  });
});

describe('routing manager: timers', () => {
  it('expires an offer at expiresAt with the version it was made at, unless accepted, declined, withdrawn or closed first', () => {
    const h = autoQueueWith('a');
    const expiresAt = new Date(h.now.getTime() + 10_000).toISOString();
    h.given(ev.opened('c1'), ev.offered('c1', 'a', expiresAt));
    h.sent();
    expect(h.timer(offerTimerId('c1'))?.dueAt.toISOString()).toBe(expiresAt);
    h.tick(10);
    h.fireDue();
    expect(h.sent()).toEqual([{ type: 'ExpireOffer', payload: { conversationId: 'c1', agentId: 'a', offeredVersion: 2 } }]);

    for (const ending of [ev.assigned('c2', 'a'), ev.declined('c2', 'a'), ev.withdrawn('c2', 'a', 'AGENT_UNAVAILABLE'), ev.closed('c2')]) {
      h.given(ev.opened('c2'), ev.offered('c2', 'a', h.now.toISOString()), ending);
      expect(h.timer(offerTimerId('c2'))).toBeUndefined();
      h.given(ev.closed('c2'));
    }
  });

  it('returns an assigned conversation with no reply within returnAfterSeconds of the assignment or transfer', () => {
    const h = new RoutingHarness().given(ev.configured('q1', 'MANUAL', { returnAfterSeconds: 60 }), ev.opened('c1'), ev.assigned('c1', 'a'));
    h.tick(30);
    h.given(ev.transferred('c1', 'a', 'b'));
    h.tick(59);
    h.fireDue();
    expect(h.sent()).toEqual([]);
    h.tick(1);
    h.fireDue();
    expect(h.sent()).toEqual([{ type: 'ReturnConversationToQueue', payload: { conversationId: 'c1', agentId: 'b', assignedVersion: 3 } }]);
  });

  it('does not return a conversation whose agent replied, nor one unassigned or closed', () => {
    const h = new RoutingHarness().given(ev.configured('q1', 'MANUAL', { returnAfterSeconds: 60 }));
    h.given(ev.opened('c1'), ev.assigned('c1', 'a'), ev.replied('c1', 'a'));
    h.given(ev.opened('c2'), ev.assigned('c2', 'a'), ev.unassigned('c2', 'a'));
    h.given(ev.opened('c3'), ev.assigned('c3', 'a'), ev.closed('c3'));
    expect(['c1', 'c2', 'c3'].map((c) => h.timer(noReplyTimerId(c)))).toEqual([undefined, undefined, undefined]);
  });

  it('records a wait breach maxWaitSeconds after the wait began, with its version; the wait goes on through offers', () => {
    const h = autoQueueWith('a');
    h.given(ev.configured('q1', 'AUTO', { offerTimeoutSeconds: 10, maxWaitSeconds: 60 }), ev.opened('c1'));
    h.tick(5);
    h.given(ev.offered('c1', 'a', 'x'), ev.declined('c1', 'a'));
    h.sent();
    expect(h.timer(waitTimerId('c1'))?.dueAt).toEqual(new Date(h.now.getTime() + 55_000));
    h.tick(55);
    h.fireDue();
    expect(h.sent()).toContainEqual({ type: 'RecordQueueWaitBreach', payload: { conversationId: 'c1', waitVersion: 1 } });
  });

  it('starts a new wait target after an unassignment and drops it once assigned', () => {
    const h = new RoutingHarness().given(ev.configured('q1', 'MANUAL', { maxWaitSeconds: 60 }), ev.opened('c1'), ev.assigned('c1', 'a'));
    expect(h.timer(waitTimerId('c1'))).toBeUndefined();
    h.given(ev.unassigned('c1', 'a'));
    expect(h.timer(waitTimerId('c1'))?.payload).toEqual({ kind: 'wait', conversationId: 'c1', waitVersion: 3 });
  });

  it('follows a changed wait target for conversations already waiting', () => {
    const h = new RoutingHarness().given(ev.opened('c1'));
    h.tick(10);
    h.given(ev.configured('q1', 'MANUAL', { maxWaitSeconds: 30 }));
    expect(h.timer(waitTimerId('c1'))?.dueAt).toEqual(new Date(h.now.getTime() + 20_000));
    h.given(ev.configured('q1', 'MANUAL'));
    expect(h.timer(waitTimerId('c1'))).toBeUndefined();
  });
});
