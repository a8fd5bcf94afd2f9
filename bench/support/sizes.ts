/** Benchmark sizes, each settable by an environment variable; the defaults run in under ten minutes on two cores. */
function size(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export const SIZES = {
  /** Repetitions of every measurement; figures are their medians. */
  runs: size('BENCH_RUNS', 3),
  /** Events written one durable transaction each by the raw baseline. */
  baselineEvents: size('BENCH_BASELINE_EVENTS', 3000),
  /** Events of the raw batched insert and read-all. */
  rawBulkEvents: size('BENCH_RAW_BULK_EVENTS', 200_000),
  /** Conversations the command path and the HTTP mutations cycle over (assign, transfer, unassign). */
  conversations: size('BENCH_CONVERSATIONS', 1000),
  /** Commands per in-process run. */
  commands: size('BENCH_COMMANDS', 6000),
  /** Mutations per HTTP run. */
  httpRequests: size('BENCH_HTTP_REQUESTS', 6000),
  httpClients: size('BENCH_HTTP_CLIENTS', 8),
  /** How long the projection-lag load runs, per run. */
  lagSeconds: size('BENCH_LAG_SECONDS', 5),
  rebuildEvents: size('BENCH_REBUILD_EVENTS', 1_000_000),
  boardConversations: size('BENCH_BOARD_CONVERSATIONS', 100_000),
  boardQueries: size('BENCH_BOARD_QUERIES', 500),
  /** The log `queueBoardAt` replays, and the instants asked per run. */
  boardAtEvents: size('BENCH_BOARD_AT_EVENTS', 1_000_000),
  boardAtQueries: size('BENCH_BOARD_AT_QUERIES', 200),
  subscribers: size('BENCH_SUBSCRIBERS', 1000),
  /** Changes whose delivery to every subscriber is timed, per run. */
  fanOutChanges: size('BENCH_FANOUT_CHANGES', 10),
  /** The routing scenario: agents (capacity 3 each) over AUTO queues, conversations opened at a steady rate per second. */
  routingAgents: size('BENCH_ROUTING_AGENTS', 200),
  routingQueues: size('BENCH_ROUTING_QUEUES', 20),
  routingConversations: size('BENCH_ROUTING_CONVERSATIONS', 1000),
  routingRate: size('BENCH_ROUTING_RATE', 100),
  /** transferAnalytics: transfers spread over that many days, queried whole. */
  analyticsTransfers: size('BENCH_ANALYTICS_TRANSFERS', 300_000),
  analyticsDays: size('BENCH_ANALYTICS_DAYS', 30),
  analyticsQueries: size('BENCH_ANALYTICS_QUERIES', 10),
  /** Transfers in the history the export scenario streams as CSV. */
  exportRows: size('BENCH_EXPORT_ROWS', 1_000_000),
  /** The audit scenario: events of the hash-chained log searched and verified, and auditLog pages timed per filter. */
  auditEvents: size('BENCH_AUDIT_EVENTS', 1_000_000),
  auditPages: size('BENCH_AUDIT_PAGES', 200),
  /** The stream-length scenario: events on the long stream, commands timed on each stream per run. */
  longStreamEvents: size('BENCH_LONG_STREAM_EVENTS', 5000),
  streamCommands: size('BENCH_STREAM_COMMANDS', 300),
  /** The live-subscribers scenario: graphql-ws subscribers on one api process, changes timed to all of them. */
  liveSubscribers: size('BENCH_LIVE_SUBSCRIBERS', 10_000),
  liveChanges: size('BENCH_LIVE_CHANGES', 5),
};
