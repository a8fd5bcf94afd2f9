import { decodeEvent } from './decode-event';
import { SCHEMA_VERSION } from './events';

const opened = { conversationId: 'c1', queueId: 'sales', channel: 'webchat' };

describe('decodeEvent', () => {
  it('passes an event of the current schemaVersion through as it is', () => {
    const data = { ...opened, contact: { id: 'k-7' } };
    expect(decodeEvent({ type: 'ConversationOpened', data, metadata: { schemaVersion: SCHEMA_VERSION } })).toEqual({ type: 'ConversationOpened', data });
  });

  it('upcasts a schemaVersion 0 ConversationOpened: the flat contact fields become `contact`', () => {
    const data = { ...opened, contactId: 'k-7', contactName: 'Kim' };
    expect(decodeEvent({ type: 'ConversationOpened', data, metadata: { schemaVersion: 0 } }).data).toEqual({ ...opened, contact: { id: 'k-7', name: 'Kim' } });
  });

  it('upcasts a schemaVersion 0 ConversationOpened without a contact to one without `contact`', () => {
    expect(decodeEvent({ type: 'ConversationOpened', data: opened, metadata: { schemaVersion: 0 } }).data).toEqual(opened);
  });

  it('leaves the data of a type with no upcaster for its version as it is', () => {
    const data = { agentId: 'a1' };
    expect(decodeEvent({ type: 'AgentDeactivated', data, metadata: { schemaVersion: 0 } })).toEqual({ type: 'AgentDeactivated', data });
  });

  it('refuses an event type the domain does not know', () => {
    expect(() => decodeEvent({ type: 'SomethingElse', data: {}, metadata: { schemaVersion: SCHEMA_VERSION } })).toThrow('unknown event type SomethingElse');
  });
});
