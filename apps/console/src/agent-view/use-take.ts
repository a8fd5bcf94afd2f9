import { useRef, useState } from 'react';
import { newCommandId } from '../api/command-id';
import { ASSIGN } from '../api/operations';
import { Conversation } from '../api/types';
import { useApi } from '../auth/session-context';

/**
 * "Take" assigns a waiting conversation to me. Its command id is tied to the conversation's version, so clicking
 * twice on the same row sends the same command and the api acts once.
 */
export function useTake(onTaken: (conversation: Conversation) => void) {
  const { request, session } = useApi();
  const commandIds = useRef(new Map<string, string>());
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const take = async (conversation: Conversation) => {
    const key = `${conversation.id}@${conversation.version}`;
    if (!commandIds.current.has(key)) commandIds.current.set(key, newCommandId());
    setBusyId(conversation.id);
    setError(null);
    try {
      const input = { conversationId: conversation.id, agentId: session.userId, expectedVersion: conversation.version, commandId: commandIds.current.get(key) };
      const { assignConversation } = await request(ASSIGN, { input });
      onTaken(assignConversation);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusyId(null);
    }
  };
  return { take, busyId, error };
}
