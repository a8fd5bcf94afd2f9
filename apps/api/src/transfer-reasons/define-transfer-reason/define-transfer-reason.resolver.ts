import { commandMutation } from '../../shared/command-mutation';
import { answerTransferReason } from '../on-transfer-reason';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';
import { DefineTransferReasonInput, parseDefineTransferReason } from './define-transfer-reason.input';

export const DefineTransferReasonResolver = commandMutation('defineTransferReason', {
  parse: ({ input }: { input: DefineTransferReasonInput }) => parseDefineTransferReason(input),
  command: DefineTransferReasonCommand,
  answer: answerTransferReason,
});
