import { useCaseHandler } from '../../shared/use-case-handler';
import { onAgent } from '../on-agent';
import { RegisterAgentCommand } from './register-agent.command';

export const RegisterAgentHandler = useCaseHandler(RegisterAgentCommand, (command) => {
  const { agentId, name, queueIds } = command.props;
  return onAgent(command, (actor) => ({ type: 'RegisterAgent', actor, agentId, name, queueIds }));
});
