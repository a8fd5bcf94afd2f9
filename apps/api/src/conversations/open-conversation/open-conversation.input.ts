import { checkChannel, checkId, checkOptionalId, checkOptionalName } from '@handoff/domain';
import { randomUUID } from 'node:crypto';
import { OpenConversationProps } from './open-conversation.command';

export interface OpenConversationInput {
  conversationId?: string | null;
  queueId: string;
  channel: string;
  contact?: { id: string; name?: string | null } | null;
  commandId?: string | null;
}

export function parseOpenConversation(input: OpenConversationInput): OpenConversationProps {
  const conversationId = checkOptionalId('input.conversationId', input.conversationId) ?? randomUUID();
  const queueId = checkId('input.queueId', input.queueId);
  const channel = checkChannel('input.channel', input.channel);
  if (!input.contact) return { conversationId, queueId, channel };
  const name = checkOptionalName('input.contact.name', input.contact.name);
  const contact = { id: checkId('input.contact.id', input.contact.id), ...(name ? { name } : {}) };
  return { conversationId, queueId, channel, contact };
}
