import { CommandMeta } from '../../shared/command-meta';

export class DefineTransferReasonCommand {
  constructor(readonly meta: CommandMeta, readonly reasonId: string, readonly name: string, readonly description?: string) {}
}
