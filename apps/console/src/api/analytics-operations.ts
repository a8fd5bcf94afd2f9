/**
 * The console's analyst documents (replay, queue performance, transfer analytics), apart from operations.ts like
 * the routing ones: an api without them still serves every other screen.
 */
import { graphql } from '../gql';

graphql(`fragment QueuePerformanceFields on QueuePerformance {
  queueId from to entered answered answeredInTime abandoned serviceLevel avgWaitSeconds maxWaitSeconds
  offers offersDeclined offersExpired waitBreaches }`);

graphql(`fragment TransferAnalyticsFields on TransferAnalytics {
  from to transfers conversations retransfers returnsToPreviousHolder avgFirstReplyAfterTransferSeconds
  byReason { reason { id name } count }
  flows { reason { id name } fromAgent { id name } toAgent { id name } count } }`);

/** The board as it was: the live board's fields and its routing figures, in one read. */
export const QUEUE_BOARD_AT = graphql(`query QueueBoardAt($at: DateTime!, $queueIds: [ID!]) {
  queueBoardAt(at: $at, queueIds: $queueIds) { ...QueueSummaryFields ...QueueRoutingFields } }`);

export const QUEUE_PERFORMANCE = graphql(`query QueuePerformance($from: DateTime!, $to: DateTime!, $queueIds: [ID!]) {
  queuePerformance(from: $from, to: $to, queueIds: $queueIds) { ...QueuePerformanceFields } }`);

export const TRANSFER_ANALYTICS = graphql(`query TransferAnalytics($from: DateTime!, $to: DateTime!, $queueId: ID) {
  transferAnalytics(from: $from, to: $to, queueId: $queueId) { ...TransferAnalyticsFields } }`);
