import { LIMITS } from '@handoff/domain';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { refuseQuery } from '../validation-rules';

/** The most a document may cost (see estimateCost); the costliest request within it is a benchmark row. */
export const MAX_QUERY_COST = 20_000;
/** Selections visited while expanding fragments: stops a document that would take long merely to be costed. */
const MAX_EXPANDED_SELECTIONS = 20_000;
/**
 * Weights, in units of one plain field (some 5 µs to resolve and serialise), from `npm run bench`'s
 * "costliest request" candidates. A field answered by reading a stream of the event store: the read, then each
 * event decoded, for as many events as a conversation is assumed to hold (a chain of some twenty transfers).
 */
const EVENT_STORE_READS = new Set(['Conversation.history', 'Query.auditTrail']);
const STREAM_READ_COST = 20;
const EVENT_COST = 5;
const EVENTS_PER_STREAM = 50;
/** verifyIntegrity without a conversation reads the whole log: a few to a document at most. */
const WHOLE_LOG_CHECK_COST = 5_000;
/** Object fields resolved by a lookup of their own (a read-model read, once per request per id, and a resolver). */
const LOOKUPS = new Set([
  'Conversation.assignee', 'Conversation.lastTransfer', 'Transfer.fromAgent', 'Transfer.toAgent', 'Transfer.reason',
  'Transfer.transferredBy', 'AgentPerformance.agent', 'ReasonCount.reason',
]);
const LOOKUP_COST = 8;
/** Root lists without a page size read a whole collection of the tenant (and performance folds its buckets). */
const SCANS: Record<string, number> = { 'Query.agents': 300, 'Query.queues': 300, 'Query.transferReasons': 300, 'Query.agentPerformance': 1500 };
/** Lists without a page size are assumed to hold this many items; a tenant's agents, this many. */
const UNPAGED_LIST_SIZE = 20;
const LIST_SIZES: Record<string, number> = { 'Query.agents': 200 };

function pageSize(args: Record<string, unknown>): number | null {
  if (!('first' in args)) return null;
  const first = typeof args.first === 'number' ? args.first : LIMITS.pageSize;
  return Math.min(Math.max(first, 1), LIMITS.pageSize);
}

/**
 * Every field costs 1, times how often it is answered: a connection multiplies its selection by its page size
 * (`first`), another list by UNPAGED_LIST_SIZE, `history` / `auditTrail` by the events they read. Lookups and
 * scans cost what they read on top. Fragments are costed once per spread, so aliases that spread one fragment
 * pay for each copy.
 */
export function estimateCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const name = `${type.name}.${field.name}`;
  if (EVENT_STORE_READS.has(name)) return STREAM_READ_COST + EVENTS_PER_STREAM * (EVENT_COST + childComplexity);
  if (name === 'Query.verifyIntegrity') return (args.conversationId ? STREAM_READ_COST + EVENTS_PER_STREAM * EVENT_COST : WHOLE_LOG_CHECK_COST) + childComplexity;
  const page = pageSize(args);
  if (page !== null) return 1 + page * childComplexity;
  if (LOOKUPS.has(name)) return LOOKUP_COST + childComplexity;
  // A connection's `nodes` is already counted by the connection's page size.
  if (isListType(getNullableType(field.type)) && field.name !== 'nodes') return (SCANS[name] ?? 1) + (LIST_SIZES[name] ?? UNPAGED_LIST_SIZE) * childComplexity;
  return 1 + childComplexity;
}

/** Refusals of a document whose cost, with these variables, exceeds MAX_QUERY_COST (HTTP and graphql-ws alike). */
export function queryCostErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): GraphQLError[] {
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimateCost], maxQueryNodes: MAX_EXPANDED_SELECTIONS });
  } catch (error) {
    // Bad variables are execution's to report, with their own message; too many selections is ours.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      return [refuseQuery(`the document expands to more than ${MAX_EXPANDED_SELECTIONS} selections`)];
    }
    return [];
  }
  return cost > MAX_QUERY_COST ? [refuseQuery(`the query costs ${cost}, more than the limit of ${MAX_QUERY_COST}`)] : [];
}
