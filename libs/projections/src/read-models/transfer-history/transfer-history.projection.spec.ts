import { sortablePosition } from '@handoff/read-store';
import { project } from '../../testing/memory-documents';
import { EventLog, utc } from '../../testing/recorded';
import { TransferHistoryDocument, transferHistoryProjection } from '../transfer-history/transfer-history.projection';

const conversationId = 'conv-1';

function chainAtoBtoC(log: EventLog) {
  log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'email' });
  log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' });
  const first = log.add(
    'ConversationTransferred',
    { conversationId, fromAgentId: 'a', toAgentId: 'b', reasonId: 'billing', reasonName: 'Billing', note: 'Needs a refund' },
    { at: utc('10:05:00'), actor: { id: 'sup-1', role: 'SUPERVISOR' } },
  );
  log.add('TransferReasonDefined', { reasonId: 'billing', name: 'Payments' });
  const second = log.add(
    'ConversationTransferred',
    { conversationId, fromAgentId: 'b', toAgentId: 'c', reasonId: 'billing', reasonName: 'Payments' },
    { at: utc('10:09:00'), actor: { id: 'b', role: 'AGENT' } },
  );
  return { first, second };
}

describe('transfer history projection', () => {
  it('keeps one row per transfer of a chain a → b → c, with the reason name, note and actor of each', async () => {
    const log = new EventLog();
    const { first, second } = chainAtoBtoC(log);

    const rows = (await project(transferHistoryProjection, log.events)).all() as TransferHistoryDocument[];

    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.id === first.eventId)).toEqual({
      tenantId: 'acme',
      id: first.eventId,
      conversationId,
      fromAgentId: 'a',
      toAgentId: 'b',
      reasonId: 'billing',
      reasonName: 'Billing',
      note: 'Needs a refund',
      actorId: 'sup-1',
      actorRole: 'SUPERVISOR',
      at: utc('10:05:00'),
      position: first.position.toString(),
      sortPosition: sortablePosition(first.position),
    });
    expect(rows.find((row) => row.id === second.eventId)).toMatchObject({
      fromAgentId: 'b', toAgentId: 'c', reasonName: 'Payments', note: null, actorId: 'b', actorRole: 'AGENT',
    });
  });

  it('sorts rows by position as text, also past a change in the number of digits', async () => {
    const log = new EventLog();
    const { first } = chainAtoBtoC(log);
    const tenth = { ...first, eventId: 'later', position: 10n };
    const rows = (await project(transferHistoryProjection, [first, tenth])).all() as TransferHistoryDocument[];

    const [earlier, later] = [...rows].sort((x, y) => (x.sortPosition < y.sortPosition ? -1 : 1));

    expect([earlier.position, later.position]).toEqual([first.position.toString(), '10']);
  });

  it('writes nothing for events that are not transfers', async () => {
    const log = new EventLog();
    log.add('ConversationOpened', { conversationId, queueId: 'sales', channel: 'email' });
    log.add('ConversationAssigned', { conversationId, agentId: 'a', queueId: 'sales' });

    expect((await project(transferHistoryProjection, log.events)).all()).toEqual([]);
  });
});
