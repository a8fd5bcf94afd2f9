import { UseCaseCommand } from '../../shared/use-case-command';

export type DefineTransferReasonProps = { reasonId: string; name: string; description?: string };

export class DefineTransferReasonCommand extends UseCaseCommand<DefineTransferReasonProps> {}
