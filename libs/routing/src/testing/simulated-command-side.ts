import { DomainEvent } from '@handoff/domain';
import { CommandRequest } from '@handoff/process-managers';
import { ev } from './routing-harness';

interface SimConversation { status: 'QUEUED' | 'OFFERED' | 'ASSIGNED' | 'CLOSED'; queueId: string; channel: string; agentId?: string; replied?: boolean }
interface SimAgent { status: string; active: boolean; queueIds: string[]; max: number | null; holdings: Set<string> }

/**
 * The routing vocabulary's command side in miniature, for generated sequences: it keeps the truth and decides the
 * system commands as the contract says (refusing stale ones), so the manager's state can be checked against it.
 */
export class SimulatedCommandSide {
  readonly conversations = new Map<string, SimConversation>();
  readonly agents = new Map<string, SimAgent>();
  readonly auto = new Set<string>();

  /** Folds a person's or the system's events into the truth. */
  apply(event: DomainEvent): void {
    const data = event.data as Record<string, any>;
    const conversation = this.conversations.get(data.conversationId);
    const agent = this.agents.get(data.agentId);
    switch (event.type) {
      case 'QueueConfigured': if (data.routing === 'AUTO') this.auto.add(data.queueId); else this.auto.delete(data.queueId); break;
      case 'AgentRegistered': this.agents.set(data.agentId, { status: 'OFFLINE', active: true, queueIds: data.queueIds, max: null, holdings: new Set() }); break;
      case 'AgentStatusChanged': agent!.status = data.status; break;
      case 'AgentCapacitySet': agent!.max = data.maxConversations; break;
      case 'AgentConversationTaken': agent!.holdings.add(data.conversationId); break;
      case 'AgentConversationReleased': agent!.holdings.delete(data.conversationId); break;
      case 'ConversationOpened': this.conversations.set(data.conversationId, { status: 'QUEUED', queueId: data.queueId, channel: data.channel }); break;
      case 'ConversationOffered': Object.assign(conversation!, { status: 'OFFERED', agentId: data.agentId }); break;
      case 'ConversationOfferDeclined': case 'ConversationOfferExpired': case 'ConversationOfferWithdrawn':
        Object.assign(conversation!, { status: 'QUEUED', agentId: undefined }); break;
      case 'ConversationAssigned': Object.assign(conversation!, { status: 'ASSIGNED', agentId: data.agentId, replied: false }); break;
      case 'ConversationActivityRecorded': if (data.kind === 'AGENT_REPLIED') conversation!.replied = true; break;
      case 'ConversationReturnedToQueue': Object.assign(conversation!, { status: 'QUEUED', agentId: undefined }); break;
      case 'ConversationClosed': Object.assign(conversation!, { status: 'CLOSED' }); break;
      default: break;
    }
  }

  eligible(agentId: string, conversationId: string): boolean {
    const agent = this.agents.get(agentId)!;
    const conversation = this.conversations.get(conversationId)!;
    return agent.active && agent.status === 'ONLINE' && agent.queueIds.includes(conversation.queueId) && (agent.max === null || agent.holdings.size < agent.max);
  }

  /** The events a system command appends, or null when the command path refuses it. */
  decide(command: CommandRequest): DomainEvent[] | null {
    const { conversationId, agentId } = command.payload as Record<string, string>;
    const conversation = this.conversations.get(conversationId)!;
    switch (command.type) {
      case 'OfferConversation':
        if (conversation.status !== 'QUEUED' || !this.eligible(agentId, conversationId)) return null;
        return [ev.offered(conversationId, agentId, String(command.payload.expiresAt), conversation.queueId), ev.taken(agentId, conversationId, conversation.channel)];
      case 'WithdrawOffer':
      case 'ExpireOffer':
        if (conversation.status !== 'OFFERED' || conversation.agentId !== agentId) return null;
        return [command.type === 'WithdrawOffer' ? ev.withdrawn(conversationId, agentId, 'AGENT_UNAVAILABLE', conversation.queueId) : ev.expired(conversationId, agentId, conversation.queueId), ev.released(agentId, conversationId)];
      case 'ReturnConversationToQueue':
        if (conversation.status !== 'ASSIGNED' || conversation.agentId !== agentId || conversation.replied) return null;
        return [
          { type: 'SlaBreached', data: { conversationId, queueId: conversation.queueId, kind: 'NO_REPLY', agentId } },
          ev.returned(conversationId, agentId, conversation.queueId), ev.released(agentId, conversationId),
        ];
      default:
        return null;
    }
  }

  /** A person's move on an offered conversation: accept or decline. */
  answer(conversationId: string, accept: boolean): DomainEvent[] {
    const { agentId, queueId } = this.conversations.get(conversationId)!;
    return accept ? [ev.assigned(conversationId, agentId!, queueId)] : [ev.declined(conversationId, agentId!, queueId), ev.released(agentId!, conversationId)];
  }

  close(conversationId: string): DomainEvent[] {
    const { agentId } = this.conversations.get(conversationId)!;
    const held = agentId !== undefined && this.agents.get(agentId)!.holdings.has(conversationId);
    return held ? [ev.closed(conversationId), ev.released(agentId, conversationId)] : [ev.closed(conversationId)];
  }
}
