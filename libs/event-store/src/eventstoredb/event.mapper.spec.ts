import { ResolvedEvent } from '@kurrent/kurrentdb-client';
import { newEvents } from '../testing/event-store.contract';
import { encodePosition } from './position';
import { isEventMetadata, METADATA_PROPERTY, toEventData, toPropertyEventData, toRecordedEvent, UnreadableEvent } from './event.mapper';

const metadata = {
  tenantId: 't1',
  actor: { id: 'u1', role: 'SUPERVISOR' },
  occurredAt: '2026-01-01T00:00:00.000Z',
  commandId: 'c1',
  correlationId: 'corr-1',
  causationId: 'c1',
  schemaVersion: 1,
};

function resolved(overrides: Record<string, unknown> = {}): ResolvedEvent {
  return {
    event: {
      streamId: 'conversation-t1.x',
      id: '3f7e2b4a-1c2d-5e6f-8a9b-0c1d2e3f4a5b',
      isJson: true,
      revision: 4n,
      type: 'ConversationAssigned',
      created: new Date(0),
      data: { conversationId: 'x', agentId: 'a' },
      metadata,
      position: { commit: 900n, prepare: 900n },
      ...overrides,
    },
  } as ResolvedEvent;
}

describe('NewEvent to EventStoreDB event data', () => {
  it('keeps the caller\'s event id, type, data and metadata as JSON', () => {
    const [event] = newEvents('cmd-1', 1);
    expect(toEventData(event)).toEqual({
      id: event.eventId,
      contentType: 'application/json',
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    });
  });
});

describe('EventStoreDB resolved event to RecordedEvent', () => {
  it('maps stream, 1-based version, encoded position, data and metadata', () => {
    expect(toRecordedEvent(resolved())).toEqual({
      eventId: '3f7e2b4a-1c2d-5e6f-8a9b-0c1d2e3f4a5b',
      type: 'ConversationAssigned',
      data: { conversationId: 'x', agentId: 'a' },
      metadata,
      stream: 'conversation-t1.x',
      streamVersion: 5,
      position: encodePosition({ commit: 900n, prepare: 900n }),
    });
  });

  it('refuses an event without a known $all position', () => {
    expect(() => toRecordedEvent(resolved({ position: undefined }))).toThrow(UnreadableEvent);
    const none = 2n ** 64n - 1n;
    expect(() => toRecordedEvent(resolved({ position: { commit: none, prepare: none } }))).toThrow(/22\.6/);
  });

  it('refuses binary events, non-object data and foreign metadata', () => {
    expect(() => toRecordedEvent(resolved({ isJson: false, data: new Uint8Array() }))).toThrow(/not JSON/);
    expect(() => toRecordedEvent(resolved({ data: ['a'] }))).toThrow(/data/);
    expect(() => toRecordedEvent(resolved({ metadata: { $correlationId: 'x' } }))).toThrow(/metadata/);
  });

  it('refuses a resolved link whose event is gone', () => {
    expect(() => toRecordedEvent({})).toThrow(UnreadableEvent);
  });
});

describe('isEventMetadata', () => {
  it('accepts handoff metadata', () => {
    expect(isEventMetadata(metadata)).toBe(true);
  });

  it('refuses an unknown role or a missing field', () => {
    expect(isEventMetadata({ ...metadata, actor: { id: 'u1', role: 'ROOT' } })).toBe(false);
    const { commandId: _dropped, ...withoutCommandId } = metadata;
    expect(isEventMetadata(withoutCommandId)).toBe(false);
    expect(isEventMetadata(new Uint8Array())).toBe(false);
  });
});

describe('metadata of a multi-stream append', () => {
  it('travels as one string property and reads back as the metadata it was', () => {
    const [event] = newEvents('cmd-1', 1, { commandHash: 'h' });
    const data = toPropertyEventData(event);
    expect(data.metadata).toEqual({ [METADATA_PROPERTY]: JSON.stringify(event.metadata) });
    const stored = { ...(data.metadata as Record<string, string>), $schemaName: 'added by a server' };
    expect(toRecordedEvent(resolved({ metadata: stored })).metadata).toEqual(event.metadata);
  });

  it('marks an event whose metadata property is not our metadata as unreadable', () => {
    expect(() => toRecordedEvent(resolved({ metadata: { [METADATA_PROPERTY]: '{"tenantId":1}' } }))).toThrow(UnreadableEvent);
    expect(() => toRecordedEvent(resolved({ metadata: { [METADATA_PROPERTY]: 'not json' } }))).toThrow(UnreadableEvent);
  });
});
