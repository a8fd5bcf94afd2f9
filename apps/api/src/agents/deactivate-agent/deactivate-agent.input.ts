import { checkId } from '@handoff/domain';
import { DeactivateAgentProps } from './deactivate-agent.command';

export function parseDeactivateAgent(agentId: string): DeactivateAgentProps {
  return { agentId: checkId('agentId', agentId) };
}
