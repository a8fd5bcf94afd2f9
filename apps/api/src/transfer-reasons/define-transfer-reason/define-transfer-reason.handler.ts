import { useCaseHandler } from '../../shared/use-case-handler';
import { onTransferReason } from '../on-transfer-reason';
import { DefineTransferReasonCommand } from './define-transfer-reason.command';

export const DefineTransferReasonHandler = useCaseHandler(DefineTransferReasonCommand, (command) => {
  const { reasonId, name, description } = command.props;
  return onTransferReason(command, (actor) => ({ type: 'DefineTransferReason', actor, reasonId, name, description }));
});
