import { auditVariables, conversationOfStream, EMPTY_AUDIT_FORM, shortHash } from '../apps/console/src/audit/audit-filter';

/** The audit screen's logic (pure): the search form as auditLog's variables, hashes and streams as shown. */
describe('console audit: search form → auditLog variables', () => {
  it('leaves blank fields out and trims the others', () => {
    expect(auditVariables(EMPTY_AUDIT_FORM)).toEqual({ ok: true, variables: { filter: {}, first: 50 } });
    expect(auditVariables({ ...EMPTY_AUDIT_FORM, actorId: ' sup-1 ', agentId: 'ana', conversationId: '  ', correlationId: 'corr-9' }, 20)).toEqual({
      ok: true,
      variables: { filter: { actorId: 'sup-1', agentId: 'ana', correlationId: 'corr-9' }, first: 20 },
    });
  });

  it('takes event types from the boxes and the comma-separated field, each once', () => {
    const result = auditVariables({ ...EMPTY_AUDIT_FORM, types: ['ConversationTransferred'], otherTypes: 'ConversationOffered, , ConversationTransferred,QueueConfigured' });
    expect(result.ok && result.variables.filter.types).toEqual(['ConversationTransferred', 'ConversationOffered', 'QueueConfigured']);
  });

  it('sends the local time range as instants', () => {
    const result = auditVariables({ ...EMPTY_AUDIT_FORM, from: '2026-12-01T09:00', to: '2026-12-01T17:30:15' });
    expect(result.ok && result.variables.filter).toEqual({ from: new Date(2026, 11, 1, 9).toISOString(), to: new Date(2026, 11, 1, 17, 30, 15).toISOString() });
  });

  it('refuses an unreadable time or an end before the start, naming the field', () => {
    expect(auditVariables({ ...EMPTY_AUDIT_FORM, from: 'yesterday' })).toEqual({ ok: false, field: 'from', problem: 'invalid' });
    expect(auditVariables({ ...EMPTY_AUDIT_FORM, from: '2026-12-01T10:00', to: '2026-12-01T10:00' })).toEqual({ ok: false, field: 'to', problem: 'order' });
  });

  it('shortens a hash for the table and finds the conversation of a stream', () => {
    const hash = 'a'.repeat(64);
    expect(shortHash(hash)).toBe('aaaaaaaaaaaa…');
    expect(shortHash('abc')).toBe('abc');
    expect(conversationOfStream('conversation-acme.c-1.x')).toBe('c-1.x');
    expect(conversationOfStream('agent-acme.ana')).toBeNull();
  });
});
