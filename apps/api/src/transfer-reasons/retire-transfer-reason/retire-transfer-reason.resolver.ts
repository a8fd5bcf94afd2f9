import { commandMutation } from '../../shared/command-mutation';
import { answerTransferReason } from '../on-transfer-reason';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';
import { parseRetireTransferReason } from './retire-transfer-reason.input';

export const RetireTransferReasonResolver = commandMutation('retireTransferReason', {
  parse: ({ id }: { id: string }) => parseRetireTransferReason(id),
  command: RetireTransferReasonCommand,
  answer: answerTransferReason,
});
