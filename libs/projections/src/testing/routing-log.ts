import { RecordedEvent } from '@handoff/event-store';
import { seededRandom } from './event-generator';
import { EventLog } from './recorded';

/**
 * A reproducible log of routing as the command side writes it: offers and their ends, accepts, assignments of
 * offered conversations, activity, no-reply returns, wait breaches, capacity and queue settings, with the agent's
 * AgentConversationTaken / Released right after the conversation event that changes what it holds. Each step is
 * chosen among those the conversation's status allows, so every event is one the deciders could have made.
 */
type Status = 'QUEUED' | 'OFFERED' | 'ASSIGNED';
interface Open { id: string; queueId: string; status: Status; agentId: string | null }

const SYSTEM = { id: 'system', role: 'SYSTEM' as const };
const SUPERVISOR = { id: 'sup-1', role: 'SUPERVISOR' as const };

export function routingLog(options: { seed: number; steps: number; tenants?: number }): RecordedEvent[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const log = new EventLog();
  const agents = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const queues = ['q1', 'q2'];
  const tenants = Array.from({ length: options.tenants ?? 2 }, (_, t) => `tenant-${t + 1}`);
  const open = new Map<string, Open[]>(tenants.map((tenant) => [tenant, []]));
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  let opened = 0;
  const at = (): string => new Date(clock).toISOString();

  for (const tenantId of tenants) {
    for (const agentId of agents) log.add('AgentRegistered', { agentId, name: agentId, queueIds: queues }, { tenantId, at: at() });
    log.add('QueueConfigured', { queueId: 'q1', routing: 'AUTO', offerTimeoutSeconds: 30, maxWaitSeconds: 120, serviceLevelSeconds: 60 }, { tenantId, at: at() });
  }

  for (let step = 0; step < options.steps; step++) {
    clock += 1000 + Math.floor(random() * 30_000);
    const tenantId = pick(tenants);
    const conversations = open.get(tenantId) as Open[];
    const o = { tenantId, at: at() };
    const sys = { ...o, actor: SYSTEM };
    const take = (c: Open, agentId: string) => log.add('AgentConversationTaken', { agentId, conversationId: c.id, channel: 'webchat' }, sys);
    const release = (agentId: string, c: Open) => log.add('AgentConversationReleased', { agentId, conversationId: c.id }, sys);
    const roll = random();
    if (roll < 0.04) {
      log.add('AgentCapacitySet', { agentId: pick(agents), maxConversations: random() < 0.2 ? null : 1 + Math.floor(random() * 4), channelLimits: [] }, o);
      continue;
    }
    if (roll < 0.06) {
      log.add('QueueConfigured', { queueId: pick(queues), routing: pick(['AUTO', 'MANUAL'] as const), offerTimeoutSeconds: 30, maxWaitSeconds: 60 + Math.floor(random() * 600), serviceLevelSeconds: 60 }, o);
      continue;
    }
    if (conversations.length < 12 && (conversations.length === 0 || roll < 0.3)) {
      opened += 1;
      const c: Open = { id: `conv-${opened}`, queueId: pick(queues), status: 'QUEUED', agentId: null };
      conversations.push(c);
      log.add('ConversationOpened', { conversationId: c.id, queueId: c.queueId, channel: 'webchat' }, o);
      continue;
    }
    const c = pick(conversations);
    const ref = { conversationId: c.id, queueId: c.queueId };
    const move = random();
    const close = () => {
      log.add('ConversationClosed', { conversationId: c.id, ...(c.agentId ? { agentId: c.agentId } : {}) }, o);
      if (c.agentId) release(c.agentId, c);
      conversations.splice(conversations.indexOf(c), 1);
    };
    const assignTo = (agentId: string) => {
      log.add('ConversationAssigned', { ...ref, agentId }, o);
      take(c, agentId);
      Object.assign(c, { status: 'ASSIGNED', agentId });
    };
    if (c.status === 'QUEUED') {
      if (move < 0.5) {
        const agentId = pick(agents);
        log.add('ConversationOffered', { ...ref, agentId, expiresAt: new Date(clock + 30_000).toISOString() }, sys);
        take(c, agentId);
        Object.assign(c, { status: 'OFFERED', agentId });
      } else if (move < 0.7) assignTo(pick(agents));
      else if (move < 0.85) log.add('SlaBreached', { ...ref, kind: 'QUEUE_WAIT' }, sys);
      else if (move < 0.9) log.add('ConversationActivityRecorded', { conversationId: c.id, kind: 'CONTACT_MESSAGED' }, o);
      else close();
    } else if (c.status === 'OFFERED') {
      const agentId = c.agentId as string;
      if (move < 0.35) {
        log.add('ConversationAssigned', { ...ref, agentId }, { ...o, actor: { id: agentId, role: 'AGENT' } });
        c.status = 'ASSIGNED';
        continue;
      }
      if (move < 0.55) log.add('ConversationOfferDeclined', { ...ref, agentId, note: 'busy' }, { ...o, actor: { id: agentId, role: 'AGENT' } });
      else if (move < 0.75) log.add('ConversationOfferExpired', { ...ref, agentId }, sys);
      else if (move < 0.85) log.add('ConversationOfferWithdrawn', { ...ref, agentId, cause: 'AGENT_UNAVAILABLE' }, sys);
      else if (move < 0.95) log.add('ConversationOfferWithdrawn', { ...ref, agentId, cause: 'ASSIGNED' }, { ...o, actor: SUPERVISOR });
      else {
        close();
        continue;
      }
      release(agentId, c);
      Object.assign(c, { status: 'QUEUED', agentId: null });
      if (move >= 0.85) assignTo(pick(agents.filter((other) => other !== agentId)));
    } else {
      const agentId = c.agentId as string;
      if (move < 0.3) log.add('ConversationActivityRecorded', { conversationId: c.id, kind: pick(['AGENT_REPLIED', 'CONTACT_MESSAGED'] as const), agentId }, o);
      else if (move < 0.45) {
        const toAgentId = pick(agents.filter((other) => other !== agentId));
        log.add('ConversationTransferred', { conversationId: c.id, fromAgentId: agentId, toAgentId, reasonId: 'r', reasonName: 'R' }, o);
        release(agentId, c);
        take(c, toAgentId);
        c.agentId = toAgentId;
      } else if (move < 0.75) {
        if (move < 0.6) log.add('ConversationUnassigned', { ...ref, agentId }, o);
        else {
          log.add('SlaBreached', { ...ref, kind: 'NO_REPLY', agentId }, sys);
          log.add('ConversationReturnedToQueue', { ...ref, agentId, cause: 'NO_REPLY' }, sys);
        }
        release(agentId, c);
        Object.assign(c, { status: 'QUEUED', agentId: null });
      } else close();
    }
  }
  return log.events;
}
