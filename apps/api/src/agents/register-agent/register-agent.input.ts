import { checkName, checkOptionalId, checkQueueIds } from '@handoff/domain';
import { randomUUID } from 'node:crypto';

export interface RegisterAgentInput {
  id?: string | null;
  name: string;
  queueIds: string[];
}

export function parseRegisterAgent(input: RegisterAgentInput): { agentId: string; name: string; queueIds: string[] } {
  return {
    agentId: checkOptionalId('input.id', input.id) ?? randomUUID(),
    name: checkName('input.name', input.name),
    queueIds: checkQueueIds('input.queueIds', input.queueIds),
  };
}
