import { useCaseHandler } from '../../shared/use-case-handler';
import { onAgent } from '../on-agent';
import { SetAgentCapacityCommand } from './set-agent-capacity.command';

export const SetAgentCapacityHandler = useCaseHandler(SetAgentCapacityCommand, (command) => {
  const { agentId, maxConversations, channelLimits } = command.props;
  return onAgent(command, (actor) => ({ type: 'SetAgentCapacity', actor, agentId, maxConversations, channelLimits }));
});
