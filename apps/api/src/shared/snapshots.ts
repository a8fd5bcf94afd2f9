import { agentDecider, AgentSnapshot, agentStream, ReasonSnapshot, transferReasonDecider, transferReasonStream } from '@handoff/domain';
import { Injectable } from '@nestjs/common';
import { CommandExecutor } from './command-executor';

/** What a conversation decision needs to know of agents and reasons, read from their own streams. */
@Injectable()
export class Snapshots {
  constructor(private readonly executor: CommandExecutor) {}

  async agent(tenantId: string, agentId: string): Promise<AgentSnapshot> {
    const { state } = await this.executor.readState(agentStream(tenantId, agentId), agentDecider);
    return { id: agentId, registered: state.exists, active: state.exists && state.active };
  }

  async reason(tenantId: string, reasonId: string): Promise<ReasonSnapshot> {
    const { state } = await this.executor.readState(transferReasonStream(tenantId, reasonId), transferReasonDecider);
    return state.exists
      ? { id: reasonId, defined: true, active: state.active, name: state.name }
      : { id: reasonId, defined: false, active: false, name: '' };
  }
}
