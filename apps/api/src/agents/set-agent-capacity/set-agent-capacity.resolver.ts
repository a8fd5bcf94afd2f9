import { commandMutation } from '../../shared/command-mutation';
import { answerAgent } from '../on-agent';
import { SetAgentCapacityCommand } from './set-agent-capacity.command';
import { parseSetAgentCapacity, SetAgentCapacityInput } from './set-agent-capacity.input';

export const SetAgentCapacityResolver = commandMutation('setAgentCapacity', {
  parse: ({ input }: { input: SetAgentCapacityInput }) => parseSetAgentCapacity(input),
  commandId: ({ input }) => input.commandId,
  command: SetAgentCapacityCommand,
  answer: answerAgent,
});
