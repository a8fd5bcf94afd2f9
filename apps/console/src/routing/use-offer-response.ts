import { useRef, useState } from 'react';
import { newCommandId } from '../api/command-id';
import { ACCEPT, DECLINE } from '../api/routing-operations';
import { useApi } from '../auth/session-context';
import { OfferedConversation } from './types';

/**
 * Accept or decline an offer. The command id is tied to the offer (conversation and its version when offered),
 * so a double press or a retry after a lost answer acts once.
 */
export function useOfferResponse(onDone: (conversation: OfferedConversation, accepted: boolean) => void) {
  const { request } = useApi();
  const commandIds = useRef(new Map<string, string>());
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const commandId = (offer: OfferedConversation, kind: string) => {
    const key = `${kind}:${offer.id}@${offer.version}`;
    if (!commandIds.current.has(key)) commandIds.current.set(key, newCommandId());
    return commandIds.current.get(key)!;
  };
  const run = async (offer: OfferedConversation, send: () => Promise<OfferedConversation>, accepted: boolean): Promise<boolean> => {
    if (busyId) return false;
    setBusyId(offer.id);
    setError(null);
    try {
      onDone(await send(), accepted);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusyId(null);
    }
  };
  const accept = (offer: OfferedConversation) =>
    run(offer, async () => (await request(ACCEPT, { input: { conversationId: offer.id, commandId: commandId(offer, 'accept') } })).acceptConversation, true);
  const decline = (offer: OfferedConversation, note: string) =>
    run(offer, async () => (await request(DECLINE, { input: { conversationId: offer.id, note: note.trim() ? note : undefined, commandId: commandId(offer, 'decline') } })).declineConversation, false);
  return { accept, decline, busyId, error };
}
