import { checkDescription, checkName, checkOptionalId } from '@handoff/domain';
import { randomUUID } from 'node:crypto';

export interface DefineTransferReasonInput {
  id?: string | null;
  name: string;
  description?: string | null;
}

export function parseDefineTransferReason(input: DefineTransferReasonInput): {
  reasonId: string;
  name: string;
  description?: string;
} {
  return {
    reasonId: checkOptionalId('input.id', input.id) ?? randomUUID(),
    name: checkName('input.name', input.name),
    description: checkDescription('input.description', input.description),
  };
}
