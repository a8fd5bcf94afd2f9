import {
  Agent, agentDecider, AgentSnapshot, agentStream, Conversation, conversationDecider, conversationStream, ReasonSnapshot, transferReasonDecider, transferReasonStream,
} from '@handoff/domain';
import { Injectable } from '@nestjs/common';
import { CommandExecutor } from './command-executor';

/** Reads, from their own streams, what a decision on one stream needs to know of others (the agent, the reason). */
@Injectable()
export class OtherStreams {
  constructor(private readonly executor: CommandExecutor) {}

  async agent(tenantId: string, agentId: string): Promise<AgentSnapshot> {
    const { state } = await this.executor.readState(agentStream(tenantId, agentId), agentDecider);
    return { id: agentId, registered: state.exists, active: state.exists && state.active };
  }

  /** Each agent folded from its stream, with the version read: a decision appends to it at that version. */
  async agentStates(tenantId: string, agentIds: readonly string[]): Promise<Map<string, { state: Agent; version: number }>> {
    const read = await Promise.all(agentIds.map(async (id) => [id, await this.executor.readState(agentStream(tenantId, id), agentDecider)] as const));
    return new Map(read);
  }

  async conversation(tenantId: string, conversationId: string): Promise<Conversation> {
    return (await this.executor.readState(conversationStream(tenantId, conversationId), conversationDecider)).state;
  }

  async reason(tenantId: string, reasonId: string): Promise<ReasonSnapshot> {
    const { state } = await this.executor.readState(transferReasonStream(tenantId, reasonId), transferReasonDecider);
    return state.exists
      ? { id: reasonId, defined: true, active: state.active, name: state.name }
      : { id: reasonId, defined: false, active: false, name: '' };
  }
}
