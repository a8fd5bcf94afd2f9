import { Actor, Role } from '@handoff/domain';
import { buildSchema, parse, validate } from 'graphql';
import { fieldRolesOf } from '../auth/field-roles';
import { CONVERSATION_USE_CASES } from '../conversations/conversation-use-cases';
import { ConversationResolver } from '../conversations/conversation.resolver';
import { TYPE_DEFS } from './type-defs';
import { readableMutationRule } from './readable-mutation.rule';

const schema = buildSchema(TYPE_DEFS.join('\n'));
const fieldRoles = fieldRolesOf([ConversationResolver, ...CONVERSATION_USE_CASES]);
const caller = (...roles: Role[]): Actor => ({ id: 'x', tenantId: 't', roles });
const OPEN = 'openConversation(input: { queueId: "q", channel: "c" })';

function refusals(actor: Actor, document: string): Array<{ message: string; code: unknown }> {
  return validate(schema, parse(document), [readableMutationRule(fieldRoles, actor)]).map((e) => ({ message: e.message, code: e.extensions.code }));
}

describe('readableMutationRule', () => {
  it("refuses a mutation whose answer asks for a field the caller's roles may not read", () => {
    expect(refusals(caller('INTEGRATION'), `mutation { ${OPEN} { id history { type } } }`)).toEqual([
      { message: 'Conversation.history needs one of SUPERVISOR, AUDITOR, ADMIN', code: 'FORBIDDEN' },
    ]);
  });

  it('finds the field through named and inline fragments', () => {
    const named = `mutation { ${OPEN} { ...Answer } } fragment Answer on Conversation { id ... on Conversation { history { type } } }`;
    expect(refusals(caller('INTEGRATION'), named)).toHaveLength(1);
  });

  it('lets a role that may read every field through', () => {
    expect(refusals(caller('SUPERVISOR'), `mutation { ${OPEN} { id history { type } } }`)).toEqual([]);
    expect(refusals(caller('INTEGRATION'), `mutation { ${OPEN} { id lastTransfer { note } } }`)).toEqual([]);
  });

  it('refuses the whole document when one of its mutations is not the caller\'s to send', () => {
    const document = `mutation { closeConversation(input: { conversationId: "c" }) { id } ${OPEN} { id } }`;
    expect(refusals(caller('AGENT'), document)).toEqual([{ message: 'Mutation.openConversation needs one of SUPERVISOR, ADMIN, INTEGRATION', code: 'FORBIDDEN' }]);
  });

  it('leaves queries to their per-field answers', () => {
    expect(refusals(caller('AGENT'), '{ conversation(id: "c") { id history { type } } }')).toEqual([]);
  });
});
