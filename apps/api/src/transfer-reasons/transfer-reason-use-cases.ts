import { DefineTransferReasonHandler } from './define-transfer-reason/define-transfer-reason.handler';
import { DefineTransferReasonResolver } from './define-transfer-reason/define-transfer-reason.resolver';
import { RetireTransferReasonHandler } from './retire-transfer-reason/retire-transfer-reason.handler';
import { RetireTransferReasonResolver } from './retire-transfer-reason/retire-transfer-reason.resolver';

/** One resolver and one handler per use case, each in its own folder. */
export const TRANSFER_REASON_USE_CASES = [
  DefineTransferReasonResolver,
  DefineTransferReasonHandler,
  RetireTransferReasonResolver,
  RetireTransferReasonHandler,
];
