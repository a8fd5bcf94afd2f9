import { AGENT_STATUSES, AgentStatus, BadInput, checkId } from '@handoff/domain';
import { SetAgentStatusProps } from './set-agent-status.command';

export function parseSetAgentStatus(agentId: string, status: string): SetAgentStatusProps {
  if (!AGENT_STATUSES.includes(status as AgentStatus)) throw new BadInput('status', 'is not an agent status');
  return { agentId: checkId('agentId', agentId), status: status as AgentStatus };
}
