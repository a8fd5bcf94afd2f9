import { checkId } from '@handoff/domain';
import { RetireTransferReasonProps } from './retire-transfer-reason.command';

export function parseRetireTransferReason(id: string): RetireTransferReasonProps {
  return { reasonId: checkId('id', id) };
}
