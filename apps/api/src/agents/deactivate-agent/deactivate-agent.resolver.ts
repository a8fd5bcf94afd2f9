import { commandMutation } from '../../shared/command-mutation';
import { answerAgent } from '../on-agent';
import { DeactivateAgentCommand } from './deactivate-agent.command';
import { parseDeactivateAgent } from './deactivate-agent.input';

export const DeactivateAgentResolver = commandMutation('deactivateAgent', {
  parse: ({ agentId }: { agentId: string }) => parseDeactivateAgent(agentId),
  command: DeactivateAgentCommand,
  answer: answerAgent,
});
