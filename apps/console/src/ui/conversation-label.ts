import { Conversation } from '../api/types';

const SHORT_ID = 8;

/** How people recognise a conversation: the contact's name, else the contact id, else the start of its id. */
export function conversationLabel(conversation: Pick<Conversation, 'id' | 'contact'>): string {
  return conversation.contact?.name || conversation.contact?.id || `#${conversation.id.slice(0, SHORT_ID)}`;
}
