import { AgentCommand, agentDecider, agentStream } from '@handoff/domain';
import { decision, DomainCommandOf } from '../shared/decision';
import { UseCaseCommand } from '../shared/use-case-command';

/** An agent use case: decided by the agent decider on the agent's stream. */
export const onAgent = (command: UseCaseCommand<{ agentId: string }>, domainCommand: DomainCommandOf<AgentCommand>) =>
  decision(agentDecider, agentStream(command.meta.actor.tenantId, command.props.agentId), command, domainCommand);
