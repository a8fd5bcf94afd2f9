import { CommandMeta } from '../../shared/command-meta';

export class RetireTransferReasonCommand {
  constructor(readonly meta: CommandMeta, readonly reasonId: string) {}
}
