import {
  Actor, Agent, agentDecider, agentsConcerned, AgentSnapshot, agentSnapshot, agentStream, Conversation, ConversationCommand, conversationDecider,
  ConversationEvent, conversationStream, decideWithHoldings, OfferableAgent, offerableAgent,
} from '@handoff/domain';
import { ConversationDocument } from '@handoff/projections';
import { CommandAnswers } from '../read-models/command-answers.service';
import { CommandOutcome, Execution } from '../shared/command-executor';
import { Sender } from '../shared/command-mutation';
import { OtherStreams } from '../shared/other-streams';
import { UseCaseCommand } from '../shared/use-case-command';

/** The agents a conversation decision reads, as their own streams say on this attempt. */
export interface AgentsRead {
  snapshot(agentId: string): AgentSnapshot;
  offerable(agentId: string): OfferableAgent;
}

export type ConversationCommandOf = (actor: Actor, agents: AgentsRead) => ConversationCommand | Promise<ConversationCommand>;

/**
 * A conversation use case: decided by the conversation decider on its conversation's stream, with the agents it
 * names (and the conversation's assignee or offered agent) read from their streams. What the decision makes those
 * agents take or release goes to their streams in the same atomic append, each at the version read.
 */
export function onConversation(
  command: UseCaseCommand<{ conversationId: string }>,
  otherStreams: OtherStreams,
  domainCommand: ConversationCommandOf,
  namedAgents: readonly string[] = [],
): Execution<Conversation, ConversationEvent> {
  const { tenantId } = command.meta.actor;
  return {
    stream: conversationStream(tenantId, command.props.conversationId),
    decider: conversationDecider,
    command,
    // The agents it names and the ones holding it now (a release): the latter as this process last saw it.
    exclusive: async () => {
      const current = await otherStreams.conversation(tenantId, command.props.conversationId);
      return agentsConcerned(current, namedAgents).map((agentId) => agentStream(tenantId, agentId));
    },
    decide: async (state) => {
      const read = await otherStreams.agentStates(tenantId, agentsConcerned(state, namedAgents));
      const states = new Map([...read].map(([id, { state: agent }]) => [id, agent]));
      const agentOf = (id: string): Agent => states.get(id) ?? agentDecider.initialState;
      const agents: AgentsRead = { snapshot: (id) => agentSnapshot(id, agentOf(id)), offerable: (id) => offerableAgent(id, agentOf(id)) };
      const decision = decideWithHoldings(await domainCommand(command.meta.actor, agents), state, states);
      const others = decision.agents.map(({ agentId, events }) => ({ stream: agentStream(tenantId, agentId), version: read.get(agentId)?.version ?? 0, events }));
      return { events: decision.events, others };
    },
  };
}

/** A conversation use case answers with the conversation it changed. */
export const answerConversation = (answers: CommandAnswers, { context, actor }: Sender, props: { conversationId: string }, outcome: CommandOutcome): Promise<ConversationDocument> =>
  answers.conversation(context, actor.tenantId, props.conversationId, outcome);
