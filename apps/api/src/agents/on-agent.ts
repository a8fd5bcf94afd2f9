import { AgentCommand, agentDecider, agentStream } from '@handoff/domain';
import { AgentDocument } from '@handoff/projections';
import { CommandAnswers } from '../read-models/command-answers.service';
import { CommandOutcome } from '../shared/command-executor';
import { Sender } from '../shared/command-mutation';
import { UseCaseCommand } from '../shared/use-case-command';
import { decision, DomainCommandOf } from '../shared/use-case-handler';

/** An agent use case: decided by the agent decider on the agent's stream. */
export const onAgent = (command: UseCaseCommand<{ agentId: string }>, domainCommand: DomainCommandOf<AgentCommand>) =>
  decision(agentDecider, agentStream(command.meta.actor.tenantId, command.props.agentId), command, domainCommand);

/** An agent use case answers with the agent it changed. */
export const answerAgent = (answers: CommandAnswers, { context, actor }: Sender, props: { agentId: string }, outcome: CommandOutcome): Promise<AgentDocument> =>
  answers.agent(context, actor.tenantId, props.agentId, outcome);
