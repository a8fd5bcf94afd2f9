import { Actor, hasAnyRole, Role, SYSTEM_ROLE } from './actor';
import { Forbidden } from './errors';

/**
 * Who may call an operation: `any` roles act on anything in their tenant, `own` roles only on what is their own
 * (what "own" means, e.g. "assign: to itself", is the decider's rule for that operation).
 */
export interface OperationRoles {
  readonly any: readonly Role[];
  readonly own?: readonly Role[];
}

const MANAGERS = ['SUPERVISOR', 'ADMIN'] as const satisfies readonly Role[];
const HANDLERS = { any: MANAGERS, own: ['AGENT'] } as const satisfies OperationRoles;
const READERS = { any: ['AGENT', 'SUPERVISOR', 'ADMIN'] } as const satisfies OperationRoles;

/**
 * DESIGN.md's role matrix ("Security"), one row per operation that exists, named as the GraphQL field it guards
 * (`Type.field` for a field of an object type). The GraphQL guard and the deciders both read it; a new operation
 * is a new row.
 */
export const ROLE_MATRIX = {
  openConversation: { any: [...MANAGERS, 'INTEGRATION'] },
  assignConversation: HANDLERS,
  unassignConversation: HANDLERS,
  transferConversation: HANDLERS,
  closeConversation: { any: [...MANAGERS, 'INTEGRATION'], own: ['AGENT'] },
  defineTransferReason: { any: MANAGERS },
  retireTransferReason: { any: MANAGERS },
  registerAgent: { any: MANAGERS },
  // Not in DESIGN.md's table: deactivating is managed like registering.
  deactivateAgent: { any: MANAGERS },
  setAgentStatus: { any: MANAGERS, own: ['AGENT'] },
  conversation: READERS,
  conversations: READERS,
  agent: READERS,
  agents: READERS,
  queues: READERS,
  transferReasons: READERS,
  conversationUpdated: READERS,
  queueUpdated: READERS,
  conversationTransferred: READERS,
  agentUpdated: READERS,
  agentPerformance: { any: ['SUPERVISOR', 'ANALYST', 'ADMIN'] },
  queuePerformance: { any: ['SUPERVISOR', 'ANALYST', 'ADMIN'] },
  transferAnalytics: { any: ['SUPERVISOR', 'ANALYST', 'ADMIN'] },
  transferHistory: { any: ['SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN'] },
  auditTrail: { any: ['SUPERVISOR', 'AUDITOR', 'ADMIN'] },
  'Conversation.history': { any: ['SUPERVISOR', 'AUDITOR', 'ADMIN'] },
  auditLog: { any: ['AUDITOR', 'ADMIN'] },
  verifyIntegrity: { any: ['AUDITOR', 'ADMIN'] },
  queueSettings: { any: ['AGENT', 'SUPERVISOR', 'ANALYST', 'ADMIN'] },
  // An AGENT hears only of offers made to itself.
  conversationOffered: { any: MANAGERS, own: ['AGENT'] },
  configureQueue: { any: MANAGERS },
  setAgentCapacity: { any: MANAGERS },
  // Only the agent the conversation is offered to (the decider's "own").
  acceptConversation: { any: [], own: ['AGENT'] },
  declineConversation: { any: [], own: ['AGENT'] },
  // AGENT: on its own assigned conversation, AGENT_REPLIED only.
  recordActivity: { any: ['INTEGRATION', 'ADMIN'], own: ['AGENT'] },
  queueBoardAt: { any: ['SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN'] },
  conversationAt: { any: ['SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN'] },
  forgetContact: { any: ['ADMIN'] },
} as const satisfies Record<string, OperationRoles>;

export type Operation = keyof typeof ROLE_MATRIX;

/** Every role that may call the operation at all: unrestricted first, then those restricted to their own. */
export function rolesOf(operation: Operation): readonly Role[] {
  const row: OperationRoles = ROLE_MATRIX[operation];
  return [...row.any, ...(row.own ?? [])];
}

/** How far the actor may act: on anything (`any`) or only on its own (`own`); refused when it has none of the roles. */
export type Reach = 'any' | 'own';

export function authorize(actor: Actor, operation: Operation): Reach {
  const roles = rolesOf(operation);
  if (!hasAnyRole(actor, roles)) throw new Forbidden(`${operation} needs one of ${roles.join(', ')}`);
  return hasAnyRole(actor, ROLE_MATRIX[operation].any) ? 'any' : 'own';
}

/** handoff's own commands (routing and its timers): sent by its process managers as SYSTEM, never by a token. */
export type SystemOperation = 'offerConversation' | 'expireOffer' | 'withdrawOffer' | 'returnConversationToQueue' | 'recordQueueWaitBreach';

export function authorizeSystem(actor: Actor, operation: SystemOperation): void {
  if (!hasAnyRole(actor, [SYSTEM_ROLE])) throw new Forbidden(`${operation} is handoff's own command (SYSTEM only)`);
}
