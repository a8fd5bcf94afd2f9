import { useEffect, useState } from 'react';
import { QUEUE_SETTINGS } from '../api/routing-operations';
import { useApi } from '../auth/session-context';

/**
 * Whether the api serves routing (queueSettings answers): null until known. The console subscribes to
 * conversationOffered only then, because an api that declares the subscription without serving it closes the
 * whole socket (graphql-ws "internal error"), which would take every other live view down with it.
 */
export function useRoutingSupport(): boolean | null {
  const { request } = useApi();
  const [supported, setSupported] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    request(QUEUE_SETTINGS).then(
      () => !cancelled && setSupported(true),
      () => !cancelled && setSupported(false),
    );
    return () => {
      cancelled = true;
    };
  }, [request]);
  return supported;
}
