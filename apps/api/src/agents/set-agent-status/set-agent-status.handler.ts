import { useCaseHandler } from '../../shared/use-case-handler';
import { onAgent } from '../on-agent';
import { SetAgentStatusCommand } from './set-agent-status.command';

export const SetAgentStatusHandler = useCaseHandler(SetAgentStatusCommand, (command) => {
  const { agentId, status } = command.props;
  return onAgent(command, (actor) => ({ type: 'SetAgentStatus', actor, agentId, status }));
});
