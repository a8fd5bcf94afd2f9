import { commandMutation } from '../../shared/command-mutation';
import { answerAgent } from '../on-agent';
import { SetAgentStatusCommand } from './set-agent-status.command';
import { parseSetAgentStatus } from './set-agent-status.input';

export const SetAgentStatusResolver = commandMutation('setAgentStatus', {
  parse: ({ agentId, status }: { agentId: string; status: string }) => parseSetAgentStatus(agentId, status),
  command: SetAgentStatusCommand,
  answer: answerAgent,
});
