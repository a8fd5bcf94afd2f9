import { LIMITS } from '@handoff/domain';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { refuseQuery } from '../validation-rules';

/** The most a document may cost (see estimateCost); the costliest request within it is a benchmark row. */
export const MAX_QUERY_COST = 10_000;
/** Selections visited while expanding fragments: stops a document that would take long merely to be costed. */
const MAX_EXPANDED_SELECTIONS = 20_000;
/** Fields answered by reading a stream of the event store, not a read model. */
const EVENT_STORE_READS = new Set(['Conversation.history', 'Query.auditTrail']);
/** A stream read costs this much on top of its events... */
const STREAM_READ_COST = 10;
/** ...of which a conversation is assumed to hold this many (a transfer chain of some twenty hops). */
const EVENTS_PER_STREAM = 50;
/** Lists without a page size (agents, queues, reasons, performance rows) are assumed to hold this many. */
const UNPAGED_LIST_SIZE = 20;

function pageSize(args: Record<string, unknown>): number | null {
  if (!('first' in args)) return null;
  const first = typeof args.first === 'number' ? args.first : LIMITS.pageSize;
  return Math.min(Math.max(first, 1), LIMITS.pageSize);
}

/**
 * Every field costs 1, times how often it is answered: a connection multiplies its selection by its page size
 * (`first`), another list by UNPAGED_LIST_SIZE, and `history` / `auditTrail` by the events they read. Fragments
 * are costed once per spread, so aliases that spread one fragment pay for each copy.
 */
export function estimateCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (EVENT_STORE_READS.has(`${type.name}.${field.name}`)) return STREAM_READ_COST + EVENTS_PER_STREAM * Math.max(childComplexity, 1);
  const page = pageSize(args);
  if (page !== null) return 1 + page * childComplexity;
  // A connection's `nodes` is already counted by the connection's page size.
  if (isListType(getNullableType(field.type)) && field.name !== 'nodes') return 1 + UNPAGED_LIST_SIZE * childComplexity;
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
