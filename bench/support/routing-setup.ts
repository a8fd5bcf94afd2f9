import { signToken } from '../../apps/api/src/auth/token-signer';
import { TENANT } from './event-log';
import { BENCH_SECRET, GraphQLClient } from './servers';

/** The routing scenario's contact center: AUTO queues, agents in one or two of them, each with capacity 3, all ONLINE. */
export const CAPACITY = 3;
/** Long enough that no offer expires during a run: agents accept at once. */
const OFFER_TIMEOUT_SECONDS = 60;
const PER_REQUEST = 10;

export const routingQueueId = (index: number, queues: number): string => `rq${index % queues}`;
export const routingAgentId = (index: number): string => `ragent-${index}`;

/** Even agents serve one queue, odd agents two. */
export const queuesOf = (agent: number, queues: number): string[] =>
  agent % 2 === 0 ? [routingQueueId(agent, queues)] : [...new Set([routingQueueId(agent, queues), routingQueueId(agent + 1, queues)])];

async function inBatches(graphql: GraphQLClient, count: number, field: (i: number) => string): Promise<void> {
  for (let from = 0; from < count; from += PER_REQUEST) {
    const fields = Array.from({ length: Math.min(PER_REQUEST, count - from) }, (_, k) => `m${k}: ${field(from + k)}`);
    await graphql.request(`mutation { ${fields.join('\n')} }`);
  }
}

export async function setUpContactCenter(graphql: GraphQLClient, agents: number, queues: number): Promise<void> {
  await inBatches(graphql, queues, (q) =>
    `configureQueue(input: { queueId: "${routingQueueId(q, queues)}", routing: AUTO, offerTimeoutSeconds: ${OFFER_TIMEOUT_SECONDS} }) { queueId }`);
  await inBatches(graphql, agents, (a) =>
    `registerAgent(input: { id: "${routingAgentId(a)}", name: "Agent ${a}", queueIds: ${JSON.stringify(queuesOf(a, queues))} }) { id }`);
  await inBatches(graphql, agents, (a) => `setAgentCapacity(input: { agentId: "${routingAgentId(a)}", maxConversations: ${CAPACITY} }) { id }`);
  await inBatches(graphql, agents, (a) => `setAgentStatus(agentId: "${routingAgentId(a)}", status: ONLINE) { id }`);
}

export const agentToken = (agentId: string): Promise<string> => signToken(BENCH_SECRET, { sub: agentId, tenant: TENANT, roles: ['AGENT'] });

export const OFFERED_SUBSCRIPTION = 'subscription($agentId: ID!) { conversationOffered(agentId: $agentId) { id status } }';
export const ACCEPT = 'mutation($id: ID!) { acceptConversation(input: { conversationId: $id }) { id status } }';
export const CLOSE = 'mutation($id: ID!) { closeConversation(input: { conversationId: $id }) { id status } }';
export const OPEN = 'mutation($id: ID!, $queueId: ID!) { openConversation(input: { conversationId: $id, queueId: $queueId, channel: "whatsapp" }) { id } }';
