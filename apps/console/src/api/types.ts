/**
 * The shapes the console reads, named after the fragments in operations.ts. They are generated from schema.gql
 * (src/gql), never written by hand; the lists below are the schema's enums at run time, checked complete by tsc.
 */
import type {
  AgentFieldsFragment,
  AgentPerformanceFieldsFragment,
  AgentStatus,
  AuditEntryFieldsFragment,
  ConversationFieldsFragment,
  QueueSummaryFieldsFragment,
  ReasonFieldsFragment,
  Role,
  TransferFieldsFragment,
} from '../gql/graphql';

export type { AgentStatus, ConversationStatus, Role } from '../gql/graphql';

export const ROLES = ['AGENT', 'SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN', 'INTEGRATION'] as const satisfies readonly Role[];
export const AGENT_STATUSES = ['ONLINE', 'AWAY', 'OFFLINE'] as const satisfies readonly AgentStatus[];

/** Compiles only while its argument is never: here, while each list above holds every value of its enum. */
type Complete<Missing extends never> = Missing;
/** SYSTEM is handoff itself (routing, timers): the actor of events it causes, never in a token nor a sign-in choice. */
export type RolesComplete = Complete<Exclude<Role, (typeof ROLES)[number] | 'SYSTEM'>>;
export type AgentStatusesComplete = Complete<Exclude<AgentStatus, (typeof AGENT_STATUSES)[number]>>;

export type Agent = AgentFieldsFragment;
export type TransferReason = ReasonFieldsFragment;
export type Conversation = ConversationFieldsFragment;
export type Transfer = TransferFieldsFragment;
export type QueueSummary = QueueSummaryFieldsFragment;
export type AuditEntry = AuditEntryFieldsFragment;
export type AgentPerformance = AgentPerformanceFieldsFragment;
