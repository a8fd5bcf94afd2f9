import { useCallback, useEffect, useState } from 'react';
import { CONVERSATION_TRANSFERRED } from '../api/operations';
import { Transfer } from '../api/types';
import { useApi } from '../auth/session-context';

const KEEP = 20;

/** Transfers to this agent as they happen (conversationTransferred(toAgentId: me)), newest first. */
export function useTransferNotifications(agentId: string): { transfers: Transfer[]; dismiss: (id: string) => void } {
  const { live } = useApi();
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  useEffect(
    () =>
      live.subscribe(CONVERSATION_TRANSFERRED, { toAgentId: agentId }, ({ conversationTransferred }) =>
        setTransfers((current) => [conversationTransferred, ...current.filter((transfer) => transfer.id !== conversationTransferred.id)].slice(0, KEEP)),
      ),
    [live, agentId],
  );
  const dismiss = useCallback((id: string) => setTransfers((current) => current.filter((transfer) => transfer.id !== id)), []);
  return { transfers, dismiss };
}
