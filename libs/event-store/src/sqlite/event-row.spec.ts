import { EventRow, toDeliveredEvent, toRecorded } from './event-row';

const metadata = { tenantId: 't1', actor: { id: 'u1', role: 'SUPERVISOR' }, occurredAt: '2026-01-01T00:00:00.000Z', commandId: 'c', correlationId: 'c', causationId: 'c', schemaVersion: 1 };
const row = (overrides: Partial<EventRow> = {}): EventRow => ({
  position: 7, event_id: 'e7', stream: 'conversation-t1.x', version: 2, type: 'ConversationAssigned',
  data: '{"conversationId":"x"}', metadata: JSON.stringify(metadata), ...overrides,
});

describe('SQLite event rows', () => {
  it('decodes a row into the recorded event', () => {
    expect(toRecorded(row())).toEqual({
      eventId: 'e7', stream: 'conversation-t1.x', streamVersion: 2, type: 'ConversationAssigned',
      data: { conversationId: 'x' }, metadata, position: 7n,
    });
  });

  it('delivers a row whose data is not JSON to readers of all events, marked unreadable', () => {
    const event = toDeliveredEvent(row({ data: '{"conversationId":' }));
    expect(event).toMatchObject({ eventId: 'e7', type: 'ConversationAssigned', position: 7n, data: {}, metadata });
    expect(event.unreadable).toBe('the event at position 7 cannot be read: its data is not a JSON object');
  });

  it('says which parts cannot be read', () => {
    expect(toDeliveredEvent(row({ metadata: '[]' })).unreadable).toMatch(/its metadata is not a JSON object$/);
    expect(toDeliveredEvent(row({ data: 'x', metadata: 'y' })).unreadable).toMatch(/its data and metadata are not JSON objects$/);
  });

  it('refuses a stream with an unreadable event to a decision', () => {
    expect(() => toRecorded(row({ data: 'not json' }))).toThrow('stream conversation-t1.x: the event at position 7 cannot be read');
  });
});
