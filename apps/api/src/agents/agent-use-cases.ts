import { RegisterAgentHandler } from './register-agent/register-agent.handler';
import { RegisterAgentResolver } from './register-agent/register-agent.resolver';
import { SetAgentStatusHandler } from './set-agent-status/set-agent-status.handler';
import { SetAgentStatusResolver } from './set-agent-status/set-agent-status.resolver';
import { DeactivateAgentHandler } from './deactivate-agent/deactivate-agent.handler';
import { DeactivateAgentResolver } from './deactivate-agent/deactivate-agent.resolver';
import { SetAgentCapacityHandler } from './set-agent-capacity/set-agent-capacity.handler';
import { SetAgentCapacityResolver } from './set-agent-capacity/set-agent-capacity.resolver';

/** One resolver and one handler per use case, each in its own folder. */
export const AGENT_USE_CASES = [
  RegisterAgentResolver,
  RegisterAgentHandler,
  SetAgentStatusResolver,
  SetAgentStatusHandler,
  DeactivateAgentResolver,
  DeactivateAgentHandler,
  SetAgentCapacityResolver,
  SetAgentCapacityHandler,
];
