import { createContext, ReactNode, useContext, useEffect, useState } from 'react';

const TICK_MS = 1000;
const NowContext = createContext<number>(Date.now());

/** One clock for every ticking wait time on the page. */
export function NowProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}

export function useNow(): number {
  return useContext(NowContext);
}

/** Wait times beneath it count to `at`, not to now: a replayed board shows the waits as they were then. */
export function FrozenNow({ at, children }: { at: number; children: ReactNode }) {
  return <NowContext.Provider value={at}>{children}</NowContext.Provider>;
}
