import { useCaseHandler } from '../../shared/use-case-handler';
import { onAgent } from '../on-agent';
import { DeactivateAgentCommand } from './deactivate-agent.command';

export const DeactivateAgentHandler = useCaseHandler(DeactivateAgentCommand, (command) => {
  const { agentId } = command.props;
  return onAgent(command, (actor) => ({ type: 'DeactivateAgent', actor, agentId }));
});
