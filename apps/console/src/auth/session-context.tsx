import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, graphqlRequest, Operation, VariablesArg } from '../api/graphql-client';
import { LiveClient, LiveState } from '../api/live-client';
import { clearSession, devToken, loadSession, saveSession, Session } from './session';
import { renewedSession } from './token-renewal';

interface Api {
  session: Session;
  request: <Result, Variables>(operation: Operation<Result, Variables>, ...variables: VariablesArg<Variables>) => Promise<Result>;
  live: LiveClient;
  liveState: LiveState;
  signOut: () => void;
}

interface SessionControl {
  session: Session | null;
  ended: boolean;
  signIn: (session: Session) => void;
  signOut: (ended?: boolean) => void;
}

const SessionContext = createContext<SessionControl | null>(null);
const ApiContext = createContext<Api | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [ended, setEnded] = useState(false);
  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setEnded(false);
    setSession(next);
  }, []);
  const signOut = useCallback((sessionEnded = false) => {
    clearSession();
    setEnded(sessionEnded);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, ended, signIn, signOut }), [session, ended, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionControl(): SessionControl {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionControl outside SessionProvider');
  return context;
}

/** The signed-in user's api: requests with its token, one live connection, sign-out when the api refuses the token. */
export function ApiProvider({ session, children }: { session: Session; children: ReactNode }) {
  const { signIn, signOut } = useSessionControl();
  const [live, setLive] = useState<LiveClient | null>(null);
  const [liveState, setLiveState] = useState<LiveState>('connecting');

  useEffect(() => {
    // The api closes the socket when the token expires: dev sign-in fetches a fresh one, a pasted token signs out.
    const renewOrEnd = (): void => void renewedSession(session, devToken).then((next) => (next ? signIn(next) : signOut(true)));
    const client = new LiveClient(session.token, renewOrEnd);
    const stop = client.onState(setLiveState);
    setLive(client);
    return () => {
      stop();
      client.dispose();
    };
  }, [session, signIn, signOut]);

  const request = useCallback(
    async <Result, Variables>(operation: Operation<Result, Variables>, ...variables: VariablesArg<Variables>): Promise<Result> => {
      try {
        return await graphqlRequest(session.token, operation, ...variables);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') signOut(true);
        throw error;
      }
    },
    [session.token, signOut],
  );

  const value = useMemo(() => (live ? { session, request, live, liveState, signOut: () => signOut(false) } : null), [session, request, live, liveState, signOut]);
  if (!value) return null;
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const context = useContext(ApiContext);
  if (!context) throw new Error('useApi outside ApiProvider');
  return context;
}
