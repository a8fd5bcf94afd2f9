import {
  Actor, AgentEvent, agentDecider, authorize, AgentSnapshot, ConversationEvent, conversationDecider, fold, Forbidden, Operation, Role,
  queueDecider, ROLE_MATRIX, ROLES, rolesOf, transferReasonDecider,
} from '@handoff/domain';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { buildSchema, isObjectType } from 'graphql';
import { RESOLVERS, USE_CASES } from '../app.module';
import { TYPE_DEFS } from '../graphql/type-defs';
import { guardedOperation } from './allow.decorator';
import { fieldRolesOf } from './field-roles';
import { RolesGuard } from './roles.guard';

/** Walks every row of the role matrix over the resolvers the app registers and over the deciders. */
const schema = buildSchema(TYPE_DEFS.join('\n'));
const resolvers: Function[] = [...RESOLVERS, ...USE_CASES];
const OPERATIONS = Object.keys(ROLE_MATRIX) as Operation[];
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;
const rootFields = ROOT_TYPES.flatMap((type) => {
  const root = schema.getType(type);
  return isObjectType(root) ? Object.keys(root.getFields()).map((field) => `${type}.${field}`) : [];
});
const coordinateOf = (operation: Operation): string =>
  operation.includes('.') ? operation : rootFields.find((coordinate) => coordinate.endsWith(`.${operation}`)) ?? `?.${operation}`;

/** Every resolver method that names an operation, with its class. */
const guardedMethods = resolvers.flatMap((resolver) =>
  Object.getOwnPropertyNames(resolver.prototype).flatMap((name) => {
    const method = resolver.prototype[name] as Function;
    const operation = name === 'constructor' ? undefined : guardedOperation(method);
    return operation ? [{ resolver, method, operation }] : [];
  }),
);

const actorWith = (role: Role): Actor => ({ id: 'me', tenantId: 'acme', roles: [role] });

function guardLets(role: Role, resolver: Function, method: Function): boolean {
  const context = new ExecutionContextHost([{}, {}, { caller: { actor: actorWith(role), expiresAt: Infinity } }, {}], resolver as never, method as never);
  context.setType('graphql');
  try {
    return new RolesGuard().canActivate(context);
  } catch (error) {
    if (error instanceof Forbidden) return false;
    throw error;
  }
}

type Whose = 'own' | 'others';
const holderOf = (actor: Actor, whose: Whose): string => (whose === 'own' ? actor.id : 'someone-else');
const opened: ConversationEvent = { type: 'ConversationOpened', data: { conversationId: 'c1', queueId: 'q1', channel: 'chat' } };
const conversation = (assignee?: string) =>
  fold(conversationDecider, assignee ? [opened, { type: 'ConversationAssigned', data: { conversationId: 'c1', agentId: assignee, queueId: 'q1' } }] : [opened]);
const registered = (agentId: string) =>
  fold(agentDecider, [{ type: 'AgentRegistered', data: { agentId, name: 'Ana', queueIds: ['q1'] } } satisfies AgentEvent]);
const activeAgent = (id: string): AgentSnapshot => ({ id, registered: true, active: true });
const reason = { id: 'sales', defined: true, active: true, name: 'Sales' };
const offeredTo = (agentId: string) =>
  fold(conversationDecider, [opened, { type: 'ConversationOffered', data: { conversationId: 'c1', agentId, queueId: 'q1', expiresAt: '2026-12-01T10:00:00.000Z' } }]);
const definedReason = fold(transferReasonDecider, [{ type: 'TransferReasonDefined', data: { reasonId: 'sales', name: 'Sales' } }]);

/** Each command operation decided for the actor on what is its own, or on what is someone else's. */
const DECISIONS: Partial<Record<Operation, (actor: Actor, whose: Whose) => unknown>> = {
  openConversation: (actor) =>
    conversationDecider.decide({ type: 'OpenConversation', actor, conversationId: 'c1', queueId: 'q1', channel: 'chat' }, conversationDecider.initialState),
  assignConversation: (actor, whose) =>
    conversationDecider.decide({ type: 'AssignConversation', actor, conversationId: 'c1', agent: activeAgent(holderOf(actor, whose)) }, conversation()),
  unassignConversation: (actor, whose) =>
    conversationDecider.decide({ type: 'UnassignConversation', actor, conversationId: 'c1' }, conversation(holderOf(actor, whose))),
  transferConversation: (actor, whose) =>
    conversationDecider.decide(
      { type: 'TransferConversation', actor, conversationId: 'c1', toAgent: activeAgent('target'), reason },
      conversation(holderOf(actor, whose)),
    ),
  closeConversation: (actor, whose) =>
    conversationDecider.decide({ type: 'CloseConversation', actor, conversationId: 'c1' }, conversation(holderOf(actor, whose))),
  registerAgent: (actor, whose) =>
    agentDecider.decide({ type: 'RegisterAgent', actor, agentId: holderOf(actor, whose), name: 'Ana', queueIds: ['q1'] }, agentDecider.initialState),
  setAgentStatus: (actor, whose) =>
    agentDecider.decide({ type: 'SetAgentStatus', actor, agentId: holderOf(actor, whose), status: 'AWAY' }, registered(holderOf(actor, whose))),
  deactivateAgent: (actor, whose) =>
    agentDecider.decide({ type: 'DeactivateAgent', actor, agentId: holderOf(actor, whose) }, registered(holderOf(actor, whose))),
  defineTransferReason: (actor) =>
    transferReasonDecider.decide({ type: 'DefineTransferReason', actor, reasonId: 'sales', name: 'Sales' }, transferReasonDecider.initialState),
  retireTransferReason: (actor) => transferReasonDecider.decide({ type: 'RetireTransferReason', actor, reasonId: 'sales' }, definedReason),
  configureQueue: (actor) => queueDecider.decide({ type: 'ConfigureQueue', actor, queueId: 'q1', routing: 'AUTO' }, queueDecider.initialState),
  setAgentCapacity: (actor, whose) =>
    agentDecider.decide({ type: 'SetAgentCapacity', actor, agentId: holderOf(actor, whose), maxConversations: 3, channelLimits: [] }, registered(holderOf(actor, whose))),
  acceptConversation: (actor, whose) =>
    conversationDecider.decide({ type: 'AcceptConversation', actor, conversationId: 'c1', agent: activeAgent(actor.id) }, offeredTo(holderOf(actor, whose))),
  declineConversation: (actor, whose) =>
    conversationDecider.decide({ type: 'DeclineConversation', actor, conversationId: 'c1' }, offeredTo(holderOf(actor, whose))),
  recordActivity: (actor, whose) =>
    conversationDecider.decide({ type: 'RecordActivity', actor, conversationId: 'c1', kind: 'AGENT_REPLIED' }, conversation(holderOf(actor, whose))),
  // No aggregate decides an erasure: the erasure service asks the matrix itself.
  forgetContact: (actor) => authorize(actor, 'forgetContact'),
};

function decision(operation: Operation, role: Role, whose: Whose): 'allowed' | 'refused' {
  try {
    DECISIONS[operation]!(actorWith(role), whose);
    return 'allowed';
  } catch (error) {
    if (error instanceof Forbidden) return 'refused';
    throw error;
  }
}

describe('the role matrix', () => {
  it('has a row for every root field of the schema, and for Conversation.history', () => {
    expect(OPERATIONS.map(coordinateOf).sort()).toEqual([...rootFields, 'Conversation.history'].sort());
  });

  it('walks the decider for every mutation', () => {
    expect(Object.keys(DECISIONS).map((operation) => `Mutation.${operation}`).sort()).toEqual(rootFields.filter((c) => c.startsWith('Mutation.')).sort());
  });

  describe.each(OPERATIONS)('%s', (operation) => {
    const row: { any: readonly Role[]; own?: readonly Role[] } = ROLE_MATRIX[operation];

    it('is named by the @Allow of exactly one resolver field, the field of that name, whose roles are the row', () => {
      expect(guardedMethods.filter((guarded) => guarded.operation === operation)).toHaveLength(1);
      expect(fieldRolesOf(resolvers).get(coordinateOf(operation))).toEqual([...row.any, ...(row.own ?? [])]);
    });

    it.each(ROLES)('the guard lets %s through exactly when the row names it', (role) => {
      const { resolver, method } = guardedMethods.find((guarded) => guarded.operation === operation)!;
      expect(guardLets(role, resolver, method)).toBe(rolesOf(operation).includes(role));
    });

    if (!DECISIONS[operation]) return;
    it.each(ROLES)('the decider lets %s act on anything, on its own only, or not at all, as the row says', (role) => {
      const expected = row.any.includes(role) ? ['allowed', 'allowed'] : row.own?.includes(role) ? ['allowed', 'refused'] : ['refused', 'refused'];
      expect([decision(operation, role, 'own'), decision(operation, role, 'others')]).toEqual(expected);
    });
  });
});
