import { useCaseHandler } from '../../shared/use-case-handler';
import { onTransferReason } from '../on-transfer-reason';
import { RetireTransferReasonCommand } from './retire-transfer-reason.command';

export const RetireTransferReasonHandler = useCaseHandler(RetireTransferReasonCommand, (command) => {
  const { reasonId } = command.props;
  return onTransferReason(command, (actor) => ({ type: 'RetireTransferReason', actor, reasonId }));
});
