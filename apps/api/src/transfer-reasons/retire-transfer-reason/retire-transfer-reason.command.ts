import { UseCaseCommand } from '../../shared/use-case-command';

export type RetireTransferReasonProps = { reasonId: string };

export class RetireTransferReasonCommand extends UseCaseCommand<RetireTransferReasonProps> {}
