import { checkDescription, checkName, checkOptionalId } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { DefineTransferReasonProps } from './define-transfer-reason.command';

export interface DefineTransferReasonInput {
  id?: string | null;
  name: string;
  description?: string | null;
}

export function parseDefineTransferReason(input: DefineTransferReasonInput): DefineTransferReasonProps {
  return {
    reasonId: checkOptionalId('input.id', input.id) ?? randomUUID(),
    name: checkName('input.name', input.name),
    description: checkDescription('input.description', input.description),
  };
}
