import { ConversationDocument } from '@handoff/projections';

/**
 * Picks, from the conversations that change, those that became OFFERED to `agentId`: each offer once, however
 * often its conversation changes while it is pending (a contact message, say). What it remembers is dropped as
 * soon as the conversation is no longer offered to the agent.
 */
export function offersTo(agentId: string): (conversation: ConversationDocument) => boolean {
  const told = new Map<string, number>();
  return (conversation) => {
    const offer = conversation.status === 'OFFERED' && conversation.offer?.agentId === agentId ? conversation.offer : null;
    if (!offer) {
      told.delete(conversation.id);
      return false;
    }
    if (told.get(conversation.id) === offer.version) return false;
    told.set(conversation.id, offer.version);
    return true;
  };
}
