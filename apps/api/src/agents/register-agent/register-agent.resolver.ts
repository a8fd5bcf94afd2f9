import { commandMutation } from '../../shared/command-mutation';
import { answerAgent } from '../on-agent';
import { RegisterAgentCommand } from './register-agent.command';
import { RegisterAgentInput, parseRegisterAgent } from './register-agent.input';

export const RegisterAgentResolver = commandMutation('registerAgent', {
  parse: ({ input }: { input: RegisterAgentInput }) => parseRegisterAgent(input),
  command: RegisterAgentCommand,
  answer: answerAgent,
});
