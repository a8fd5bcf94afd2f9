import { CommandBus } from '@nestjs/cqrs';
import { RegisterAgentCommand } from '../../apps/api/src/agents/register-agent/register-agent.command';
import { AssignConversationCommand } from '../../apps/api/src/conversations/assign-conversation/assign-conversation.command';
import { OpenConversationCommand } from '../../apps/api/src/conversations/open-conversation/open-conversation.command';
import { TransferConversationCommand } from '../../apps/api/src/conversations/transfer-conversation/transfer-conversation.command';
import { UnassignConversationCommand } from '../../apps/api/src/conversations/unassign-conversation/unassign-conversation.command';
import { CommandOutcome } from '../../apps/api/src/shared/command-executor';
import { commandMeta } from '../../apps/api/src/shared/command-meta';
import { DefineTransferReasonCommand } from '../../apps/api/src/transfer-reasons/define-transfer-reason/define-transfer-reason.command';
import { SUPERVISOR } from './servers';

/**
 * The command cycle of the command-path, HTTP and lag figures: over N open conversations, the i-th command
 * assigns, transfers (with a reason and a note) or unassigns conversation i mod N, so concurrent commands
 * touch different conversations and each one finds its conversation in the state the command needs.
 */
export const BENCH_QUEUE = 'q1';
export const NOTE = 'Customer asks about an invoice; please check the last payment';

export type CycleStep = { kind: 'assign'; conversationId: string } | { kind: 'transfer'; conversationId: string } | { kind: 'unassign'; conversationId: string };

export function cycleStep(index: number, conversations: number): CycleStep {
  const conversationId = `conv-${index % conversations}`;
  const kinds = ['assign', 'transfer', 'unassign'] as const;
  return { kind: kinds[Math.floor(index / conversations) % kinds.length], conversationId };
}

export const conversationIds = (count: number): string[] => Array.from({ length: count }, (_, i) => `conv-${i}`);

/** Through the CommandBus, as a resolver sends them. */
export class BusCommands {
  constructor(private readonly bus: CommandBus) {}

  async seed(conversations: number): Promise<void> {
    const meta = () => commandMeta(SUPERVISOR);
    for (const agentId of ['agent-1', 'agent-2']) {
      await this.bus.execute(new RegisterAgentCommand(meta(), { agentId, name: agentId, queueIds: [BENCH_QUEUE] }));
    }
    await this.bus.execute(new DefineTransferReasonCommand(meta(), { reasonId: 'billing', name: 'Billing' }));
    for (const conversationId of conversationIds(conversations)) {
      await this.bus.execute(new OpenConversationCommand(meta(), { conversationId, queueId: BENCH_QUEUE, channel: 'whatsapp' }));
    }
  }

  step(index: number, conversations: number): Promise<CommandOutcome> {
    const { kind, conversationId } = cycleStep(index, conversations);
    const meta = commandMeta(SUPERVISOR);
    switch (kind) {
      case 'assign':
        return this.bus.execute(new AssignConversationCommand(meta, { conversationId, agentId: 'agent-1' }));
      case 'transfer':
        return this.bus.execute(new TransferConversationCommand(meta, { conversationId, toAgentId: 'agent-2', reasonId: 'billing', note: NOTE }));
      case 'unassign':
        return this.bus.execute(new UnassignConversationCommand(meta, { conversationId }));
    }
  }
}

/** The same cycle as GraphQL mutations. */
export function cycleMutation(index: number, conversations: number): { query: string; variables: Record<string, unknown> } {
  const { kind, conversationId } = cycleStep(index, conversations);
  switch (kind) {
    case 'assign':
      return {
        query: 'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id status version } }',
        variables: { input: { conversationId, agentId: 'agent-1' } },
      };
    case 'transfer':
      return {
        query: 'mutation($input: TransferConversationInput!) { transferConversation(input: $input) { id status version } }',
        variables: { input: { conversationId, toAgentId: 'agent-2', reasonId: 'billing', note: NOTE } },
      };
    case 'unassign':
      return {
        query: 'mutation($input: UnassignConversationInput!) { unassignConversation(input: $input) { id status version } }',
        variables: { input: { conversationId } },
      };
  }
}

export const SEED_MUTATION = `mutation {
  a1: registerAgent(input: { id: "agent-1", name: "Ana", queueIds: ["${BENCH_QUEUE}"] }) { id }
  a2: registerAgent(input: { id: "agent-2", name: "Bruno", queueIds: ["${BENCH_QUEUE}"] }) { id }
  r: defineTransferReason(input: { id: "billing", name: "Billing" }) { id }
}`;

export const openMutation = (conversationId: string) => ({
  query: 'mutation($input: OpenConversationInput!) { openConversation(input: $input) { id } }',
  variables: { input: { conversationId, queueId: BENCH_QUEUE, channel: 'whatsapp' } },
});
