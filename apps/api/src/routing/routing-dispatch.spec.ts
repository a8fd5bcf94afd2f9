import { SystemCommand } from '@handoff/process-managers';
import { systemMeta } from './routing-dispatch';

describe('systemMeta', () => {
  it('sends a process manager command as handoff itself in its tenant, with the ids the runner derived and its cause', () => {
    const command: SystemCommand = {
      commandId: 'cmd-1', tenantId: 'acme', type: 'OfferConversation', payload: {}, causationId: 'event-1', correlationId: 'corr-1', processManager: 'routing',
    };
    expect(systemMeta(command)).toEqual({
      actor: { id: 'system', tenantId: 'acme', roles: ['SYSTEM'] }, commandId: 'cmd-1', correlationId: 'corr-1', causationId: 'event-1',
    });
  });
});
