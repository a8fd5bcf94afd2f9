import { AgentDocument, findAgent } from '@handoff/projections';
import { GraphQLResolveInfo } from 'graphql';
import { unknownAgent } from '../graphql/fallbacks';
import { oncePerExecution } from '../graphql/per-execution';
import { ReadModelCollections } from '../read-models/read-model-collections';

/** An agent an event names (an offer's, a breach's), read once per execution; one the read model lacks yet is named by its id. */
export function referencedAgent(readModels: ReadModelCollections, info: GraphQLResolveInfo, tenantId: string, agentId: string): Promise<AgentDocument> {
  return oncePerExecution(info, `agent-reference:${tenantId}:${agentId}`, async () =>
    (await findAgent(readModels.agents, tenantId, agentId)) ?? unknownAgent(tenantId, agentId));
}
