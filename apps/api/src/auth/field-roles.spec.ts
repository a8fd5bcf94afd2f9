import { OpenConversationResolver } from '../conversations/open-conversation/open-conversation.resolver';
import { ConversationResolver } from '../conversations/conversation.resolver';
import { TransferResolver } from '../transfers/transfer.resolver';
import { EVERY_NOTE_READERS } from '@handoff/domain';
import { AuditResolver } from '../audit/audit.resolver';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { fieldRolesOf } from './field-roles';

describe('fieldRolesOf', () => {
  const roles = fieldRolesOf([ConversationResolver, OpenConversationResolver, TransferResolver]);

  it("reads a field resolver's @Allow under its type's name", () => {
    expect(roles.get('Conversation.history')).toEqual(['SUPERVISOR', 'AUDITOR', 'ADMIN']);
  });

  it('reads root fields under Query and Mutation by their schema names, not their method names', () => {
    expect(roles.get('Query.transferHistory')).toEqual(['SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN']);
    expect(roles.get('Mutation.openConversation')).toEqual(['SUPERVISOR', 'ADMIN', 'INTEGRATION']);
    expect(roles.has('Mutation.open')).toBe(false);
  });

  it('leaves out fields without @Allow, and classes that are not resolvers', () => {
    expect(roles.has('Conversation.lastTransfer')).toBe(false);
    expect(fieldRolesOf([class Plain {}, () => undefined]).size).toBe(0);
  });
});

describe('where notes are read whole', () => {
  // auditTrail and history show events as stored, notes included, without mayReadNote: only for roles that read every note.
  it.each(['Query.auditTrail', 'Conversation.history', 'Query.transferHistory', 'Query.auditLog', 'Query.verifyIntegrity'])('%s is open only to roles that read every note', (field) => {
    const roles = fieldRolesOf([ConversationResolver, AuditResolver, TransferResolver, AuditLogResolver]).get(field);
    expect(roles?.length).toBeGreaterThan(0);
    expect(roles?.filter((role) => !EVERY_NOTE_READERS.includes(role))).toEqual([]);
  });
});
