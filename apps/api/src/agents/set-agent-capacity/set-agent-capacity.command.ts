import { ChannelLimit } from '@handoff/domain';
import { UseCaseCommand } from '../../shared/use-case-command';

export type SetAgentCapacityProps = { agentId: string; maxConversations: number | null; channelLimits: ChannelLimit[] };

export class SetAgentCapacityCommand extends UseCaseCommand<SetAgentCapacityProps> {}
