import { DomainEvent } from '@handoff/domain';
import { CommandRequest } from '@handoff/process-managers';
import { ev, RoutingHarness } from './testing/routing-harness';
import { SimulatedCommandSide } from './testing/simulated-command-side';

/** A small deterministic generator (mulberry32): the same seed, the same sequence. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENTS = ['a1', 'a2', 'a3', 'a4'];
const STATUSES = ['ONLINE', 'ONLINE', 'AWAY', 'OFFLINE'] as const;

/**
 * People act, and the manager's commands reach the command side late and out of order (so some are refused as
 * stale), over generated sequences; once everything sent is executed and the retry timers fired, no conversation
 * of an AUTO queue waits unoffered while an agent is eligible for it, and none was ever offered to two agents.
 */
function run(seed: number): { truth: SimulatedCommandSide; stuck: string[]; doubleOffers: number } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const h = new RoutingHarness();
  const truth = new SimulatedCommandSide();
  const pending: CommandRequest[] = [];
  let doubleOffers = 0;
  const append = (...events: DomainEvent[]): void => {
    for (const event of events) {
      const data = event.data as { conversationId?: string };
      if (event.type === 'ConversationOffered' && truth.conversations.get(data.conversationId!)?.status !== 'QUEUED') doubleOffers++;
      truth.apply(event);
      h.given(event);
    }
    pending.push(...h.sent());
  };
  const execute = (index: number): void => {
    const [command] = pending.splice(index, 1);
    const events = truth.decide(command);
    if (events) append(...events);
  };

  append(ev.configured('q1', 'AUTO', { offerTimeoutSeconds: 3600 }), ev.configured('q2', 'AUTO', { offerTimeoutSeconds: 3600 }));
  for (const agentId of AGENTS) append(ev.registered(agentId, pick([['q1'], ['q2'], ['q1', 'q2']])), ev.capacity(agentId, pick([1, 2, null])));
  for (let i = 0; i < 300; i++) {
    const roll = next();
    const offered = [...truth.conversations].filter(([, c]) => c.status === 'OFFERED').map(([id]) => id);
    const open = [...truth.conversations].filter(([, c]) => c.status !== 'CLOSED').map(([id]) => id);
    if (roll < 0.2) append(ev.opened(`c${i}`, pick(['q1', 'q2'])));
    else if (roll < 0.35) append(ev.status(pick(AGENTS), pick(STATUSES)));
    else if (roll < 0.4) append(ev.capacity(pick(AGENTS), pick([0, 1, 2, 3, null])));
    else if (roll < 0.55 && offered.length) append(...truth.answer(pick(offered), next() < 0.5));
    else if (roll < 0.65 && open.length) append(...truth.close(pick(open)));
    else if (roll < 0.9 && pending.length) execute(Math.floor(next() * pending.length));
    else {
      h.tick(1);
      h.fireDue();
      pending.push(...h.sent());
    }
  }
  // Everything sent reaches the command side; refused offers are retried by their timers until nothing is left.
  for (let round = 0; round < 50 && (pending.length || [...h.timers.keys()].some((id) => id.startsWith('retry:'))); round++) {
    while (pending.length) execute(0);
    h.tick(3);
    h.fireDue();
    pending.push(...h.sent());
  }
  const stuck = [...truth.conversations]
    .filter(([id, c]) => c.status === 'QUEUED' && truth.auto.has(c.queueId) && AGENTS.some((agentId) => truth.eligible(agentId, id)))
    .map(([id]) => id);
  return { truth, stuck, doubleOffers };
}

describe('routing manager over generated sequences', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('seed %i: no eligible agent is left idle beside a waiting conversation, and no conversation is offered twice at once', (seed) => {
    const { stuck, doubleOffers } = run(seed);
    expect({ stuck, doubleOffers }).toEqual({ stuck: [], doubleOffers: 0 });
  });
});
