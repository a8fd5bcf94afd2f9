import { checkName, checkOptionalId, checkQueueIds } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { RegisterAgentProps } from './register-agent.command';

export interface RegisterAgentInput {
  id?: string | null;
  name: string;
  queueIds: string[];
}

export function parseRegisterAgent(input: RegisterAgentInput): RegisterAgentProps {
  return {
    agentId: checkOptionalId('input.id', input.id) ?? randomUUID(),
    name: checkName('input.name', input.name),
    queueIds: checkQueueIds('input.queueIds', input.queueIds),
  };
}
