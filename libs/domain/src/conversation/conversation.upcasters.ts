import type { UpcasterRegistry } from '../shared/decode-event';

/**
 * ConversationOpened at schemaVersion 0 (before 1.0) named its contact in two flat fields, `contactId` and
 * `contactName`; from 1 on it is `contact: { id, name? }`, absent when there is none. The first upcaster, and the
 * example for the next: a pure function of the old data, registered under the type and the version it reads.
 */
export function upcastConversationOpenedV0(data: Record<string, unknown>): Record<string, unknown> {
  const { contactId, contactName, ...rest } = data;
  if (typeof contactId !== 'string') return rest;
  return { ...rest, contact: typeof contactName === 'string' ? { id: contactId, name: contactName } : { id: contactId } };
}

export const CONVERSATION_UPCASTERS: UpcasterRegistry = {
  ConversationOpened: { 0: upcastConversationOpenedV0 },
};
