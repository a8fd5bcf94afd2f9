import { canTake, holds } from '../agent/agent-capacity';
import { AgentEvent } from '../agent/agent.events';
import { Agent, evolve as evolveAgent } from '../agent/agent.state';
import { ConversationCommand } from '../conversation/conversation.commands';
import { conversationDecider } from '../conversation/conversation.decider';
import { ConversationEvent } from '../conversation/conversation.events';
import { Conversation, evolve as evolveConversation, OpenConversationState } from '../conversation/conversation.state';
import { InvalidState } from '../shared/errors';

/** The agents a decision may change, folded from their own streams, by agent id. */
export type AgentStates = ReadonlyMap<string, Agent>;

export interface AgentEvents {
  agentId: string;
  events: AgentEvent[];
}

/** A conversation command's events, and what they make each agent take or release (appended in one atomic write). */
export interface ConversationDecision {
  events: ConversationEvent[];
  agents: AgentEvents[];
}

type HoldingChange = { agentId: string; taken: boolean };

const take = (agentId: string): HoldingChange => ({ agentId, taken: true });
const release = (agentId: string | null | undefined): HoldingChange[] => (agentId ? [{ agentId, taken: false }] : []);

/** Whose holdings a conversation event changes, given the conversation before it. OFFERED and ASSIGNED both hold. */
function holdingChanges(before: OpenConversationState, event: ConversationEvent): HoldingChange[] {
  switch (event.type) {
    case 'ConversationOffered':
      return [take(event.data.agentId)];
    // Accepting keeps the slot the offer took.
    case 'ConversationAssigned':
      return before.status === 'OFFERED' && before.offer?.agentId === event.data.agentId ? [] : [take(event.data.agentId)];
    case 'ConversationTransferred':
      return [...release(event.data.fromAgentId), take(event.data.toAgentId)];
    case 'ConversationClosed':
      return release(before.assigneeId ?? before.offer?.agentId);
    case 'ConversationUnassigned':
    case 'ConversationOfferDeclined':
    case 'ConversationOfferExpired':
    case 'ConversationOfferWithdrawn':
    case 'ConversationReturnedToQueue':
      return release(event.data.agentId);
    default:
      return [];
  }
}

/** The agents a command on this conversation may change: those it names, the assignee, the agent it is offered to. */
export function agentsConcerned(state: Conversation, named: readonly string[]): string[] {
  const current = state.exists ? [state.assigneeId, state.offer?.agentId] : [];
  return [...new Set([...named, ...current].filter((id): id is string => !!id))];
}

/**
 * The Taken and Released events the conversation's new events mean, per agent, in order. A take past the agent's
 * limits (total or for the conversation's channel) is refused: AGENT_AT_CAPACITY. A release of what the agent does
 * not hold (assigned before capacity was recorded) appends nothing.
 */
export function decideHoldings(state: Conversation, events: readonly ConversationEvent[], agents: AgentStates): AgentEvents[] {
  const decided = new Map<string, AgentEvent[]>();
  const current = new Map(agents);
  let conversation = state;
  for (const event of events) {
    if (conversation.exists) {
      const { conversationId, channel } = conversation;
      for (const { agentId, taken } of holdingChanges(conversation, event)) {
        const agent = current.get(agentId);
        if (!agent) throw new Error(`agent ${agentId} was not read for the decision on ${conversationId}`);
        if (taken && !canTake(agent, channel)) throw new InvalidState('AGENT_AT_CAPACITY');
        if (!taken && !holds(agent, conversationId)) continue;
        const agentEvent: AgentEvent = taken
          ? { type: 'AgentConversationTaken', data: { agentId, conversationId, channel } }
          : { type: 'AgentConversationReleased', data: { agentId, conversationId } };
        current.set(agentId, evolveAgent(agent, agentEvent));
        decided.set(agentId, [...(decided.get(agentId) ?? []), agentEvent]);
      }
    }
    conversation = evolveConversation(conversation, event);
  }
  return [...decided].map(([agentId, agentEvents]) => ({ agentId, events: agentEvents }));
}

/** The conversation decider's decision, with what it makes the agents concerned take and release. */
export function decideWithHoldings(command: ConversationCommand, state: Conversation, agents: AgentStates): ConversationDecision {
  const events = conversationDecider.decide(command, state);
  return { events, agents: decideHoldings(state, events, agents) };
}
